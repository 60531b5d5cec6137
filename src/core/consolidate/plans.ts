/**
 * The sheets of the company workbook (SPEC §9): a Scorecard of values (its data is in other files,
 * and the sheet says so), the PivotTables' note over the aggregated facts, the facts table itself,
 * Efficiency, the Weekly report and Customers (values too), in the order a single workbook's rollups have.
 */
import { translate } from "../i18n";
import { periodOf, ymdOfDay } from "../periods";
import { buildCustomersSheet } from "../plan/customers";
import { buildEfficiencySheet } from "../plan/efficiency";
import { FACTS_TABLE } from "../plan/facts";
import { cellWrite, ownedSheet } from "../plan/ownedSheet";
import { templateHeaders } from "../read/columnHeaders";
import type { RollupInput } from "../plan/rollupInput";
import { headerWrites, type LineCells, lineWrites, titleWrites, trafficLights } from "../plan/scorecard";
import { NAME_COLUMNS, SCORECARD_FIGURES, SCORECARD_ROWS, SCORECARD_WIDTH } from "../plan/scorecardLayout";
import type { CellValue, OwnedSheetPlan, PivotPlan } from "../plan/types";
import { buildWeeklySheet } from "../plan/weekly";
import { METRIC_KEYS, METRICS } from "../schema/enums";
import type { Lang } from "../schema/types";
import type { CompanyFactRow } from "./facts";
import type { CompanyModels } from "./types";

/** Excel's last row, less the note row and the header row above the facts. */
export const MAX_FACT_ROWS = 1_048_576 - 2;

/** The facts headers in `lang`: when, who, where, what, the actuals, then a target per metric. */
export function companyFactsHeaders(lang: Lang): string[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const metric = new Map(METRICS.map((m) => [m.key, m.label[lang]]));
  return [
    t("company.date"),
    t("facts.year"),
    t("facts.quarter"),
    t("facts.month"),
    t("facts.week"),
    t("facts.region"),
    t("facts.salesperson"),
    t("company.customer"),
    t("facts.product"),
    metric.get("sales")!,
    metric.get("grossMargin")!,
    metric.get("collections")!,
    metric.get("newOutlets")!,
    metric.get("visits")!,
    t("company.expense"),
    ...METRIC_KEYS.map((m) => translate(lang, "company.targetOf", { metric: metric.get(m)! })),
  ];
}

function factCells(row: CompanyFactRow, buckets: Map<number, readonly CellValue[]>): CellValue[] {
  let bucket = buckets.get(row.date);
  if (bucket === undefined) {
    bucket = [
      ymdOfDay(row.date).year,
      periodOf("quarter", row.date).text,
      periodOf("month", row.date).text,
      periodOf("week", row.date).text,
    ];
    buckets.set(row.date, bucket);
  }
  return [
    row.date,
    ...bucket,
    row.region,
    row.salesperson,
    row.customer,
    row.product,
    row.sales,
    row.grossMargin,
    row.collections,
    row.newOutlets,
    row.visits,
    row.expense,
    ...METRIC_KEYS.map((m) => row.targets[m]),
  ];
}

function factsSheet(models: CompanyModels): OwnedSheetPlan {
  const { lang, facts, books } = models;
  const headers = companyFactsHeaders(lang);
  const buckets = new Map<number, readonly CellValue[]>();
  const money = "#,##0.00";
  return ownedSheet("facts", lang, {
    columnWidths: [11, 6, 9, 9, 10, 10, 12, 22, 16, ...headers.slice(9).map(() => 12)],
    freeze: { rows: 2, columns: 0 },
    writes: [cellWrite("A1", translate(lang, "company.factsNote", { count: books.length }), "note")],
    tables: [
      {
        name: FACTS_TABLE,
        headerAddress: `A2:${String.fromCharCode(64 + headers.length)}2`,
        headers,
        rows: facts.map((row) => factCells(row, buckets)),
        textColumns: [2, 3, 4, 5, 6, 7, 8],
        numberFormats: [
          "yyyy-mm-dd",
          "0",
          "@",
          "@",
          "@",
          "@",
          "@",
          "@",
          "@",
          money,
          money,
          money,
          "0",
          "0",
          money,
          ...METRIC_KEYS.map(() => money),
        ],
        style: "TableStyleLight9",
      },
    ],
  });
}

function pivotsSheet(models: CompanyModels): OwnedSheetPlan {
  const { lang } = models;
  const h = companyFactsHeaders(lang);
  const [month, region, salesperson, product, sales, salesTarget] = [h[3], h[5], h[6], h[8], h[9], h[15]];
  const data: PivotPlan["data"] = [salesTarget, sales].map((field) => ({
    field,
    name: translate(lang, "company.sumOf", { field }),
    summarizeBy: "Sum",
    numberFormat: "#,##0",
  }));
  const common = { sourceTable: FACTS_TABLE, filters: [], data };
  return ownedSheet("pivots", lang, {
    columnWidths: [22, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 4, 22],
    writes: [
      cellWrite("A1", translate(lang, "pivots.title", { year: models.period.text }), "title"),
      cellWrite("A2", translate(lang, "pivots.note"), "note"),
    ],
    pivots: [
      { name: "SP_PivotByPerson", destination: "A4", rows: [region, salesperson], columns: [], ...common },
      { name: "SP_PivotByProduct", destination: "P4", rows: [product], columns: [month], ...common },
    ],
  });
}

function scorecardSheet(models: CompanyModels): OwnedSheetPlan {
  const { lang, scorecard, books } = models;
  const lines = scorecard.lines;
  const cells: LineCells[] = lines.map((line) => {
    const values = METRIC_KEYS.flatMap((m) => SCORECARD_FIGURES.map((f) => line.metrics[m][f]));
    return { values, formulas: values.map(() => null) };
  });
  return ownedSheet("scorecard", lang, {
    columnWidths: [14, 14, ...Array<number>(SCORECARD_WIDTH - NAME_COLUMNS).fill(12)],
    freeze: { rows: SCORECARD_ROWS.header, columns: NAME_COLUMNS },
    writes: [
      ...titleWrites(lang, scorecard),
      cellWrite(
        "A3",
        translate(lang, "company.scorecardNote", {
          count: books.length,
          books: books.map((b) => b.label).join(lang === "zh" ? "、" : ", "),
        }),
        "note",
        true,
      ),
      ...headerWrites(lang),
      ...lineWrites(lang, lines, cells),
    ],
    conditionalFormats: trafficLights(lines.length),
  });
}

/** The Customers sheet of values, saying where they come from and that they are values. */
function customersSheet(models: CompanyModels, input: RollupInput): OwnedSheetPlan {
  const { lang, books, customers } = models;
  return buildCustomersSheet({
    ...input,
    customers,
    silentVisitDays: models.customerThresholds.silentVisitDays,
    valuesNote: translate(lang, "company.customersNote", {
      count: books.length,
      books: books.map((b) => b.label).join(lang === "zh" ? "、" : ", "),
    }),
  });
}

/**
 * Every sheet of the company workbook: scorecard, pivots, facts, efficiency, weekly report, customers.
 * @throws Error when the facts would not fit one sheet (the caller checks `facts.length` first).
 *
 * @example buildCompanyPlans(models).map((p) => p.kind) // ["scorecard", "pivots", "facts", "efficiency", "weekly", "customers"]
 */
export function buildCompanyPlans(models: CompanyModels): OwnedSheetPlan[] {
  if (models.facts.length > MAX_FACT_ROWS) throw new Error("Too many facts rows for one sheet");
  // No locations: the items' rows are in other files, so their row numbers stay and no link is made.
  const input: RollupInput = { ...models, locations: new Map(), headers: templateHeaders(models.lang) };
  return [
    scorecardSheet(models),
    pivotsSheet(models),
    factsSheet(models),
    buildEfficiencySheet(input),
    buildWeeklySheet(input),
    customersSheet(models, input),
  ];
}
