/**
 * The Facts sheet: one Excel table, SP_Facts, that the PivotTables read (SPEC §4). Long format, one row
 * per (month, ISO week, region, salesperson, product, metric) with Target and Actual, plus Year /
 * Quarter / Month / Week helper columns because PivotTables cannot group dates through the API.
 * Sales and Gross margin keep their product; Collections, Visits and New outlets are per visit, not
 * per product, so they carry a blank product — that keeps the table a few rows per person and week.
 */
import { translate } from "../i18n";
import type { MetricKey } from "../model";
import { createResolver, marginOf } from "../metrics/resolve";
import { periodOf } from "../periods";
import type { Day } from "../periods/day";
import { METRICS } from "../schema/enums";
import { rect } from "./a1";
import { dailyTargetFacts } from "../targets/facts";
import { type Fact, FactStore } from "./factStore";
import { ownedSheet } from "./ownedSheet";
import type { RollupInput } from "./rollupInput";
import type { CellValue, OwnedSheetPlan, OwnedTablePlan } from "./types";

export const FACTS_TABLE = "SP_Facts";

const HEADER_KEYS = [
  "facts.year",
  "facts.quarter",
  "facts.month",
  "facts.week",
  "facts.region",
  "facts.salesperson",
  "facts.product",
  "facts.metric",
  "facts.target",
  "facts.actual",
] as const;

/** Region, Salesperson and Product came from people: they stay text. */
export const FACTS_TEXT_COLUMNS = [4, 5, 6];

/** The facts header texts in `lang` (the pivots name their fields by these). */
export function factsHeaders(lang: RollupInput["lang"]): string[] {
  return HEADER_KEYS.map((key) => translate(lang, key));
}

/**
 * The facts sheet for the calendar year(s) of the rollup period.
 *
 * @example buildFactsSheet(input).tables[0].name === "SP_Facts"
 */
export function buildFactsSheet(input: RollupInput): OwnedSheetPlan {
  const { lang, book, index, calendar, period } = input;
  const from = periodOf("year", period.start).start;
  const to = periodOf("year", period.end).end;
  const resolver = createResolver(book, index);
  const store = new FactStore();
  const factFor = (day: Day, region: string, salesperson: string, product: string, metric: MetricKey): Fact =>
    store.at(day, region, salesperson, product, metric);
  const add = (fact: Fact, field: "target" | "actual", value: number): void => {
    fact[field] = (fact[field] ?? 0) + value;
  };

  const productOf = memo((text: string) => index.canonical("products", text) ?? text);
  dailyTargetFacts(book, resolver, productOf, calendar, from, to, (share) =>
    add(
      factFor(share.day, share.region, share.salesperson, share.product, share.metric),
      "target",
      share.value,
    ),
  );

  for (const r of book.dailyReport) {
    if (r.date === null || r.date < from || r.date > to) continue;
    const person = resolver.salesperson(r.salesperson);
    if (person === null) continue;
    const region = resolver.regionOf(person) ?? "";
    const product = r.product === null ? "" : productOf(r.product);
    const day = r.date;
    // Zero amounts add nothing to a sum; skipping them keeps visits without an order from making rows.
    if (r.orderAmount) add(factFor(day, region, person, product, "sales"), "actual", r.orderAmount);
    const margin = marginOf(r, resolver);
    if (margin !== 0) add(factFor(day, region, person, product, "grossMargin"), "actual", margin);
    if (r.collection) add(factFor(day, region, person, "", "collections"), "actual", r.collection);
    const customer = resolver.customer(r.customer);
    if (customer === null) continue;
    add(factFor(day, region, person, "", "visits"), "actual", 1);
    if (r.newOutlet === true) {
      const fact = factFor(day, region, person, "", "newOutlets");
      fact.customers ??= new Set();
      fact.customers.add(customer);
      fact.actual = fact.customers.size;
    }
  }

  const label = new Map(METRICS.map((m) => [m.key, m.label[lang]]));
  const sorted = store.sorted();
  const rows: CellValue[][] = sorted.map((f) => [
    f.bucket.year,
    f.bucket.quarter,
    f.bucket.month,
    f.bucket.week,
    f.region,
    f.salesperson,
    f.product,
    label.get(f.metric) ?? f.metric,
    f.target,
    f.actual,
  ]);
  const headers = factsHeaders(lang);
  const table: OwnedTablePlan = {
    name: FACTS_TABLE,
    headerAddress: rect(1, 0, 1, headers.length),
    headers,
    rows,
    textColumns: FACTS_TEXT_COLUMNS,
    numberFormats: ["0", "@", "@", "@", "@", "@", "@", "@", "#,##0.00", "#,##0.00"],
    style: "TableStyleLight9",
  };
  return ownedSheet("facts", lang, {
    columnWidths: [8, 10, 10, 11, 12, 14, 16, 12, 14, 14],
    freeze: { rows: 1, columns: 0 },
    tables: [table],
  });
}

/** Remembers a lookup per distinct text: 400,000 rows repeat a few hundred names. */
function memo(lookup: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = lookup(text);
      cache.set(text, value);
    }
    return value;
  };
}
