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
import { periodOf, ymdOfDay } from "../periods";
import type { Day } from "../periods/day";
import { METRIC_KEYS, METRICS } from "../schema/enums";
import { rect } from "./a1";
import { dailyTargetShares } from "./factTargets";
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

interface Bucket {
  readonly year: number;
  readonly quarter: string;
  readonly month: string;
  readonly week: string;
}

interface Fact {
  readonly bucket: Bucket;
  readonly region: string;
  readonly salesperson: string;
  readonly product: string;
  readonly metric: MetricKey;
  target: number | null;
  actual: number | null;
  customers?: Set<string>;
}

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
  const buckets = new Map<Day, Bucket>();
  const bucketOf = (day: Day): Bucket => {
    let bucket = buckets.get(day);
    if (!bucket) {
      bucket = {
        year: ymdOfDay(day).year,
        quarter: periodOf("quarter", day).text,
        month: periodOf("month", day).text,
        week: periodOf("week", day).text,
      };
      buckets.set(day, bucket);
    }
    return bucket;
  };
  const resolver = createResolver(book, index);

  const facts = new Map<string, Fact>();
  const factFor = (
    day: Day,
    region: string,
    salesperson: string,
    product: string,
    metric: MetricKey,
  ): Fact => {
    const bucket = bucketOf(day);
    const key = `${bucket.month}|${bucket.week}|${region}|${salesperson}|${product}|${metric}`;
    let fact = facts.get(key);
    if (!fact) {
      fact = { bucket, region, salesperson, product, metric, target: null, actual: null };
      facts.set(key, fact);
    }
    return fact;
  };
  const add = (fact: Fact, field: "target" | "actual", value: number): void => {
    fact[field] = (fact[field] ?? 0) + value;
  };

  for (const share of dailyTargetShares(book, index, calendar, resolver, from, to)) {
    add(
      factFor(share.day, share.region, share.salesperson, share.product, share.metric),
      "target",
      share.value,
    );
  }

  const productOf = memo((text: string) => index.canonical("products", text) ?? text);
  for (const r of book.dailyReport) {
    if (r.date === null || r.date < from || r.date > to) continue;
    const person = resolver.salesperson(r.salesperson);
    if (person === null) continue;
    const region = resolver.regionOf(person) ?? "";
    const product = r.product === null ? "" : productOf(r.product);
    const at = (metric: MetricKey, withProduct: boolean): Fact =>
      factFor(r.date as Day, region, person, withProduct ? product : "", metric);
    if (r.orderAmount !== null) add(at("sales", true), "actual", r.orderAmount);
    if (r.orderAmount !== null || r.grossMargin !== null)
      add(at("grossMargin", true), "actual", marginOf(r, resolver));
    if (r.collection !== null) add(at("collections", false), "actual", r.collection);
    const customer = resolver.customer(r.customer);
    if (customer === null) continue;
    add(at("visits", false), "actual", 1);
    if (r.newOutlet === true) {
      const fact = at("newOutlets", false);
      fact.customers ??= new Set();
      fact.customers.add(customer);
      fact.actual = fact.customers.size;
    }
  }

  const label = new Map(METRICS.map((m) => [m.key, m.label[lang]]));
  const order = new Map(METRIC_KEYS.map((m, i) => [m, i]));
  const sorted = [...facts.values()].sort(
    (a, b) =>
      compare(a.bucket.month, b.bucket.month) ||
      compare(a.bucket.week, b.bucket.week) ||
      compare(a.region, b.region) ||
      compare(a.salesperson, b.salesperson) ||
      compare(a.product, b.product) ||
      (order.get(a.metric) ?? 0) - (order.get(b.metric) ?? 0),
  );
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
