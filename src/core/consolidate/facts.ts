/**
 * The company workbook's facts (SPEC §9): report rows summed by salesperson × customer × product ×
 * day, never the rows themselves, plus each target's share of each working day (customer blank), so
 * the PivotTables read one table of targets and actuals at any company size.
 */
import type { MetricKey } from "../model";
import type { Day } from "../periods/day";
import { METRIC_KEYS } from "../schema/enums";

export interface CompanyFactRow {
  readonly date: Day;
  readonly region: string;
  readonly salesperson: string;
  /** "" on target rows. */
  readonly customer: string;
  readonly product: string;
  readonly sales: number;
  readonly grossMargin: number;
  readonly collections: number;
  /** 1 on the first row of a customer a salesperson marked as a new outlet in the period. */
  readonly newOutlets: number;
  readonly visits: number;
  readonly expense: number;
  /** Target share per metric (0 where none). */
  readonly targets: Readonly<Record<MetricKey, number>>;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Row extends Mutable<Omit<CompanyFactRow, "targets">> {
  targets: Record<MetricKey, number>;
}

/** What one report row adds. */
export interface ReportAmounts {
  readonly sales: number;
  readonly grossMargin: number;
  readonly collections: number;
  readonly expense: number;
  /** A row with a customer is a visit. */
  readonly visit: boolean;
  readonly newOutlet: boolean;
}

const noTargets = (): Record<MetricKey, number> =>
  Object.fromEntries(METRIC_KEYS.map((m) => [m, 0])) as Record<MetricKey, number>;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Accumulates the facts book by book; `rows()` hands them over sorted. */
export class CompanyFacts {
  private readonly byKey = new Map<string, Row>();
  private readonly newOutlets = new Set<string>();

  private row(day: Day, region: string, person: string, customer: string, product: string, key: string): Row {
    let row = this.byKey.get(key);
    if (row === undefined) {
      row = {
        date: day,
        region,
        salesperson: person,
        customer,
        product,
        sales: 0,
        grossMargin: 0,
        collections: 0,
        newOutlets: 0,
        visits: 0,
        expense: 0,
        targets: noTargets(),
      };
      this.byKey.set(key, row);
    }
    return row;
  }

  /** Adds one report row (`region` as its book has the salesperson; the company list may override it). */
  addReport(
    day: Day,
    region: string,
    person: string,
    customer: string,
    product: string,
    amounts: ReportAmounts,
  ): void {
    const row = this.row(
      day,
      region,
      person,
      customer,
      product,
      `${day}\u0000${person}\u0000${customer}\u0000${product}`,
    );
    row.sales += amounts.sales;
    row.grossMargin += amounts.grossMargin;
    row.collections += amounts.collections;
    row.expense += amounts.expense;
    if (!amounts.visit) return;
    row.visits += 1;
    const outlet = `${person}\u0000${customer}`;
    if (amounts.newOutlet && !this.newOutlets.has(outlet)) {
      this.newOutlets.add(outlet);
      row.newOutlets = 1;
    }
  }

  /** Adds a target's share of one working day ("" salesperson: the region's own target). */
  addTarget(
    day: Day,
    region: string,
    person: string,
    product: string,
    metric: MetricKey,
    value: number,
  ): void {
    const key = `${day}\u0000${person}\u0000\u0001${region}\u0000${product}`;
    this.row(day, region, person, "", product, key).targets[metric] += value;
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * The rows by date, region, salesperson, customer and product, each salesperson named and placed
   * in a region as the company list has them.
   */
  rows(
    personOf: (salesperson: string) => string,
    regionOf: (salesperson: string) => string | null,
  ): CompanyFactRow[] {
    const rows = [...this.byKey.values()];
    for (const row of rows) {
      if (row.salesperson === "") continue;
      row.salesperson = personOf(row.salesperson);
      row.region = regionOf(row.salesperson) ?? row.region;
    }
    return rows.sort(
      (a, b) =>
        a.date - b.date ||
        compare(a.region, b.region) ||
        compare(a.salesperson, b.salesperson) ||
        compare(a.customer, b.customer) ||
        compare(a.product, b.product),
    );
  }
}
