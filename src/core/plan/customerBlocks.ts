/**
 * The blocks beside the customer lines (SPEC §8.5): the ABC summary with the churn rate, customer
 * development by salesperson, satisfaction by salesperson and region with the complaint figures,
 * the lost-customer reasons with their improvements (and a Pareto chart), and the silent customers
 * to call, A class first. All values: they summarise what the core classed and counted.
 */
import { type MessageArgs, type MessageKey, translate } from "../i18n";
import type { CustomersModel } from "../metrics/customers";
import { isoOfDay } from "../periods";
import { LOST_REASONS } from "../schema/enums";
import type { Lang } from "../schema/types";
import { columnLetter, rect } from "./a1";
import { blockWrite, cellWrite } from "./ownedSheet";
import type { CellValue, ChartPlan, RangeWrite } from "./types";

/** 0-based column where the blocks start (one empty column after the lines). */
export const CUSTOMER_BLOCKS_COLUMN = 22;
const WIDEST = 8;
const PERCENT = "0.0%";
const MONEY = "#,##0.00";

const percentText = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
const numberText = (x: number | null, digits = 1) => (x === null ? "—" : x.toFixed(digits));

export interface CustomerBlocks {
  readonly writes: RangeWrite[];
  readonly charts: ChartPlan[];
  /** Widths of the block columns. */
  readonly widths: number[];
}

/** The blocks, stacked from `top` down, each a title, a header and its rows. */
export function customerBlocks(lang: Lang, model: CustomersModel, top: number): CustomerBlocks {
  const c0 = CUSTOMER_BLOCKS_COLUMN;
  const t = (key: MessageKey, args?: MessageArgs) => translate(lang, key, args);
  const writes: RangeWrite[] = [];
  const charts: ChartPlan[] = [];
  let row = top;
  const block = (
    title: string,
    header: string[],
    rows: CellValue[][],
    formats: string[],
    textColumns = 1,
  ) => {
    writes.push(cellWrite(`${columnLetter(c0)}${row}`, title, "subtitle"));
    writes.push(blockWrite(row + 1, c0, [header], { style: "header", text: true }));
    const start = row + 2;
    const data = rows.length > 0 ? rows : [[t("customers.none"), ...header.slice(1).map(() => null)]];
    writes.push(
      blockWrite(
        start,
        c0,
        data.map((r) => r.slice(0, textColumns)),
        { text: true, style: "body" },
      ),
    );
    if (header.length > textColumns && rows.length > 0)
      writes.push(
        blockWrite(
          start,
          c0 + textColumns,
          rows.map((r) => r.slice(textColumns)),
          { numberFormat: rows.map(() => formats.slice(textColumns)), style: "body" },
        ),
      );
    const headerRow = row + 1;
    row = start + data.length;
    return { headerRow, rows: rows.length };
  };
  const note = (text: string) => {
    writes.push(cellWrite(`${columnLetter(c0)}${row}`, text, "note"));
    row += 2;
  };

  block(
    t("customers.abc"),
    (["class", "customers", "trailingSales", "share", "ltvMean", "ltvTotal"] as const).map((k) =>
      t(`customers.${k}`),
    ),
    model.classes.map((c) => [
      c.class,
      c.customers,
      c.sales,
      c.share,
      c.lifetimeValueMean,
      c.lifetimeValueTotal,
    ]),
    ["@", "#,##0", MONEY, PERCENT, MONEY, MONEY],
  );
  const churn = model.churn;
  note(
    t("customers.churnLine", {
      rate: percentText(churn.rate),
      lost: churn.lostInWindow,
      active: churn.activeAtStart,
      years: numberText(churn.expectedLifetimeYears),
    }),
  );

  block(
    t("customers.development"),
    (
      [
        "salesperson",
        "region",
        "prospectsAtStart",
        "prospectsAdded",
        "won",
        "conversion",
        "daysToFirstOrder",
        "visitsPerWin",
      ] as const
    ).map((k) => t(`customers.${k}`)),
    model.development.map((d) => [
      d.salesperson ?? t("customers.regionTotal"),
      d.region,
      d.prospectsAtStart,
      d.prospectsAdded,
      d.won,
      d.conversion,
      d.daysToFirstOrder,
      d.newCustomerVisitsPerWin,
    ]),
    ["@", "@", "0", "0", "0", PERCENT, "0.0", "0.0"],
    2,
  );
  row++;

  block(
    t("customers.satisfaction"),
    (["level", "name", "surveys", "csat", "satisfiedShare", "nps"] as const).map((k) => t(`customers.${k}`)),
    model.satisfaction.map((s) => [
      t(`customers.level.${s.level}`),
      s.level === "company" ? null : s.name,
      s.surveys,
      s.csat,
      s.satisfiedShare,
      s.nps,
    ]),
    ["@", "@", "0", "0.00", PERCENT, "0"],
    2,
  );
  const complaints = model.complaints;
  note(
    t("customers.complaintsLine", {
      received: complaints.received,
      closed: percentText(complaints.closedShare),
      median: numberText(complaints.medianDaysToClose),
      satisfied: percentText(complaints.satisfiedShare),
    }),
  );

  const reasonLabel = new Map(LOST_REASONS.map((r) => [r.key, r.label[lang]]));
  let running = 0;
  const reasons = model.churn.reasons.map((r): CellValue[] => {
    running += r.lostSales;
    return [
      reasonLabel.get(r.reason) ?? r.reason,
      r.lostSales,
      r.customers,
      churn.lostSales > 0 ? running / churn.lostSales : null,
      r.improvements.join("；"),
    ];
  });
  // Reason first and improvements last are text; the figures between them are numbers.
  const reasonTitle = t("customers.reasons");
  writes.push(cellWrite(`${columnLetter(c0)}${row}`, reasonTitle, "subtitle"));
  const reasonHeader = (["reason", "lostSales", "customers", "cumulativeShare", "improvements"] as const).map(
    (k) => t(`customers.${k}`),
  );
  writes.push(blockWrite(row + 1, c0, [reasonHeader], { style: "header", text: true }));
  const reasonStart = row + 2;
  if (reasons.length > 0) {
    writes.push(
      blockWrite(
        reasonStart,
        c0,
        reasons.map((r) => [r[0]]),
        { text: true, style: "body" },
      ),
      blockWrite(
        reasonStart,
        c0 + 1,
        reasons.map((r) => r.slice(1, 4)),
        {
          numberFormat: reasons.map(() => [MONEY, "0", PERCENT]),
          style: "body",
        },
      ),
      blockWrite(
        reasonStart,
        c0 + 4,
        reasons.map((r) => [r[4] || null]),
        { text: true, style: "body" },
      ),
    );
    charts.push({
      name: "SP_LostReasons",
      type: "ColumnClustered",
      title: t("customers.reasonsChart"),
      sourceAddress: rect(row + 1, c0, reasons.length + 1, 2),
      seriesBy: "Columns",
      topLeft: `${columnLetter(c0 + WIDEST + 1)}${row}`,
      bottomRight: `${columnLetter(c0 + WIDEST + 8)}${row + 16}`,
    });
  } else writes.push(cellWrite(`${columnLetter(c0)}${reasonStart}`, t("customers.none"), "body", true));
  row = reasonStart + Math.max(1, reasons.length);
  note(
    t("customers.churnViewLine", {
      lost: churn.lost,
      interviewed: percentText(churn.interviewedShare),
      wonBack: churn.wonBack,
    }),
  );

  block(
    t("customers.silent"),
    (["name", "class", "owner", "lastVisit", "daysSinceVisit", "trailingSales"] as const).map((k) =>
      t(`customers.${k}`),
    ),
    model.silent.map((s) => [
      s.name,
      s.class,
      s.owner,
      s.lastVisit === null ? null : isoOfDay(s.lastVisit),
      s.daysSinceVisit,
      s.trailingSales,
    ]),
    ["@", "@", "@", "@", "0", MONEY],
    4,
  );

  return { writes, charts, widths: [16, 12, 12, 12, 12, 12, 12, 12] };
}
