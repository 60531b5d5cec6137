/**
 * The Customers sheet (客户分析, SPEC §8.5): one row per customer of the Customers list, with live
 * SUMIFS/COUNTIFS/MAXIFS formulas over DailyReport and Complaints where a portable formula exists
 * (cached with the core's values) and the core's values for the rest; the blocks beside it.
 */
import { translate } from "../i18n";
import type { CustomerLine, CustomersModel } from "../metrics/customers";
import type { MasterIndex } from "../lists/types";
import type { SalesBook } from "../model";
import { isoOfDay } from "../periods";
import type { Day } from "../periods/day";
import { CUSTOMER_STATUSES, CUSTOMER_TYPES } from "../schema/enums";
import type { ColumnHeaders } from "../read/columnHeaders";
import type { ColumnKey, Lang } from "../schema/types";
import { columnLetter, rect } from "./a1";
import { dateBounds, dateFormula, exactCriterion, ifsCall, stringLiteral } from "./criteria";
import { customerBlocks } from "./customerBlocks";
import { blockWrite, cellWrite, ownedSheet } from "./ownedSheet";
import { spellingsOf } from "./spellings";
import { columnRef } from "./tableRefs";
import type { CellValue, ConditionalFormatPlan, OwnedSheetPlan, RangeWrite } from "./types";

/** The header row of the customer lines; lines start below it. */
export const CUSTOMER_HEADER_ROW = 4;

const TEXT_COLUMNS = ["id", "name", "type", "region", "owner", "status"] as const;
/** Figure columns (after the text ones), each with its number format. */
const FIGURES = [
  ["class", "@"],
  ["firstOrder", "yyyy-mm-dd"],
  ["lastOrder", "yyyy-mm-dd"],
  ["lastVisit", "yyyy-mm-dd"],
  ["daysSinceVisit", "0"],
  ["visits", "#,##0"],
  ["sales", "#,##0.00"],
  ["margin", "#,##0.00"],
  ["collections", "#,##0.00"],
  ["trailingSales", "#,##0.00"],
  ["trailingMargin", "#,##0.00"],
  ["openComplaints", "0"],
  ["latestOverall", "0"],
  ["lifetimeValue", "#,##0.00"],
] as const satisfies readonly (readonly [keyof CustomerLine, string])[];

const FIRST_FIGURE = TEXT_COLUMNS.length;
/** 0-based column of a figure on the sheet. */
export const customerColumn = (key: (typeof FIGURES)[number][0]): number =>
  FIRST_FIGURE + FIGURES.findIndex(([k]) => k === key);
const FLAGS_COLUMN = FIRST_FIGURE + FIGURES.length;

export interface CustomerSheetInput {
  readonly lang: Lang;
  readonly book: SalesBook;
  readonly index: MasterIndex;
  readonly period: { readonly text: string; readonly start: Day; readonly end: Day };
  readonly asOf: Day;
  readonly customers: CustomersModel;
  /** The headers each template column has in this workbook: every reference is spelled with them. */
  readonly headers: ColumnHeaders;
  /** W10's visit threshold: the days-since-visit light turns red above it for an A customer. */
  readonly silentVisitDays: number;
  /**
   * Write values only, with this note instead of the live-formula one: a company workbook's rows are
   * in other files (SPEC §9), so no formula could reach them.
   */
  readonly valuesNote?: string;
}

/** Formula builders for one line: each spelling of the customer (its name cell first) is matched. */
function lineFormulas(
  criteria: readonly string[],
  complaintCriteria: readonly string[],
  input: CustomerSheetInput,
  row: number,
) {
  const dr = (key: ColumnKey<"DailyReport">) => columnRef(input.headers, "DailyReport", key);
  const cp = (key: ColumnKey<"Complaints">) => columnRef(input.headers, "Complaints", key);
  const to = Math.min(input.period.end, input.asOf);
  const upTo = `"<="&${dateFormula(input.asOf)}`;
  const sum = (column: ColumnKey<"DailyReport"> | null, from: Day) =>
    `=${criteria.map((c) => ifsCall(column === null ? null : dr(column), [dr("customer"), c, ...dateBounds(dr("date"), from, to)])).join("+")}`;
  const latest = (ordered: boolean) => {
    const pairs = (c: string) => [
      dr("customer"),
      c,
      ...(ordered ? [dr("orderAmount"), '">0"'] : []),
      dr("date"),
      upTo,
    ];
    const count = criteria.map((c) => ifsCall(null, pairs(c))).join("+");
    const max = criteria.map((c) => `MAXIFS(${dr("date")},${pairs(c).join(",")})`);
    return `=IF(${count}=0,"",${max.length === 1 ? max[0] : `MAX(${max.join(",")})`})`;
  };
  const trailingFrom = input.asOf - 364;
  const open = complaintCriteria.flatMap((c) => [
    ifsCall(null, [cp("customer"), c, cp("received"), upTo, cp("closedOn"), '"="']),
    ifsCall(null, [
      cp("customer"),
      c,
      cp("received"),
      upTo,
      cp("closedOn"),
      `">"&${dateFormula(input.asOf)}`,
    ]),
  ]);
  const lastVisit = `$${columnLetter(customerColumn("lastVisit"))}${row}`;
  return {
    lastOrder: latest(true),
    lastVisit: latest(false),
    daysSinceVisit: `=IF(${lastVisit}="","",${dateFormula(input.asOf)}-${lastVisit})`,
    visits: sum(null, input.period.start),
    sales: sum("orderAmount", input.period.start),
    collections: sum("collection", input.period.start),
    trailingSales: `=${criteria.map((c) => ifsCall(dr("orderAmount"), [dr("customer"), c, ...dateBounds(dr("date"), trailingFrom, input.asOf)])).join("+")}`,
    openComplaints: `=${open.join("+")}`,
  } as Partial<Record<(typeof FIGURES)[number][0], string>>;
}

/**
 * The Customers sheet plan for a view and as-of date.
 *
 * @example buildCustomersSheet(input).name === "客户分析" // in a Chinese workbook
 */
export function buildCustomersSheet(input: CustomerSheetInput): OwnedSheetPlan {
  const { lang, customers } = input;
  const lines = customers.lines;
  const reportSpellings = spellingsOf(input.index, "customers", input.book.dailyReport, (r) => r.customer);
  const complaintSpellings = spellingsOf(input.index, "customers", input.book.complaints, (r) => r.customer);
  const typeLabel = new Map(CUSTOMER_TYPES.map((t) => [t.key, t.label[lang]]));
  const statusLabel = new Map(CUSTOMER_STATUSES.map((s) => [s.key, s.label[lang]]));
  const first = CUSTOMER_HEADER_ROW + 1;

  const header: CellValue[] = [
    ...TEXT_COLUMNS.map((k) => translate(lang, `customers.${k}`)),
    ...FIGURES.map(([k]) => translate(lang, `customers.${k}`)),
    translate(lang, "customers.flags"),
  ];
  const texts = lines.map((l): CellValue[] => [
    l.id,
    l.name,
    l.type === null ? null : (typeLabel.get(l.type) ?? l.type),
    l.region,
    l.owner,
    l.status === null ? null : (statusLabel.get(l.status) ?? l.status),
  ]);
  const values = lines.map((l) => FIGURES.map(([k]) => l[k] as CellValue));
  const formulas = lines.map((l, i) => {
    if (input.valuesNote !== undefined) return FIGURES.map(() => null);
    const row = first + i;
    const name = `$B${row}`;
    const criteria = [name, ...(reportSpellings.get(l.name) ?? []).map(exactCriterion)];
    const complaintCriteria = [name, ...(complaintSpellings.get(l.name) ?? []).map(exactCriterion)];
    const live = lineFormulas(criteria, complaintCriteria, input, row);
    return FIGURES.map(([k]) => live[k] ?? null);
  });
  const flags = lines.map((l) => [
    l.flags.map((f) => translate(lang, `customers.flag.${f}`)).join(" · ") || null,
  ]);

  const writes: RangeWrite[] = [
    cellWrite(
      "A1",
      translate(lang, "customers.title", { period: input.period.text, asOf: isoOfDay(input.asOf) }),
      "title",
    ),
    cellWrite("A2", input.valuesNote ?? translate(lang, "customers.note"), "note"),
    blockWrite(CUSTOMER_HEADER_ROW, 0, [header], { style: "header", text: true }),
  ];
  if (lines.length > 0) {
    writes.push(
      blockWrite(first, 0, texts, { text: true, style: "body" }),
      blockWrite(first, FIRST_FIGURE, values, {
        formulas,
        numberFormat: lines.map(() => FIGURES.map(([, f]) => f)),
        style: "body",
      }),
      blockWrite(first, FLAGS_COLUMN, flags, { text: true, style: "body" }),
    );
  }
  const blocks = customerBlocks(lang, customers, CUSTOMER_HEADER_ROW);
  writes.push(...blocks.writes);
  return ownedSheet("customers", lang, {
    columnWidths: [
      10,
      20,
      10,
      10,
      10,
      8,
      6,
      11,
      11,
      11,
      8,
      8,
      12,
      12,
      12,
      13,
      13,
      8,
      8,
      13,
      16,
      2,
      ...blocks.widths,
    ],
    freeze: { rows: CUSTOMER_HEADER_ROW, columns: 2 },
    writes,
    conditionalFormats: silentLights(lang, lines.length, input.silentVisitDays),
    charts: blocks.charts,
  });
}

/**
 * Traffic lights on the lines: a silent A customer's name and days since visit are red, any other
 * silent customer amber; an A customer's days since visit turns red live once it passes the W10 days.
 */
function silentLights(lang: Lang, count: number, visitDays: number): ConditionalFormatPlan[] {
  if (count === 0) return [];
  const first = CUSTOMER_HEADER_ROW + 1;
  const cls = `$${columnLetter(customerColumn("class"))}${first}`;
  const days = `$${columnLetter(customerColumn("daysSinceVisit"))}${first}`;
  const flags = `$${columnLetter(FLAGS_COLUMN)}${first}`;
  const silent = `ISNUMBER(SEARCH(${stringLiteral(translate(lang, "customers.flag.silent"))},${flags}))`;
  const red = { fill: "#FFC7CE", fontColor: "#9C0006" };
  const amber = { fill: "#FFEB9C", fontColor: "#9C5700" };
  const nameAndDays = [rect(first, 1, count, 1), rect(first, customerColumn("daysSinceVisit"), count, 1)];
  return [
    ...nameAndDays.map((address) => ({ address, formula: `=AND(${cls}="A",${silent})`, ...red })),
    { address: nameAndDays[1], formula: `=AND(${cls}="A",ISNUMBER(${days}),${days}>${visitDays})`, ...red },
    ...nameAndDays.map((address) => ({ address, formula: `=${silent}`, ...amber })),
  ];
}
