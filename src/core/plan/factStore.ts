/**
 * Accumulates facts (target and actual per month-week bucket, holder, product and metric) under
 * numeric keys: at 400,000 report rows a string key per row and metric is what costs the time.
 */
import type { MetricKey } from "../model";
import { periodOf, ymdOfDay } from "../periods";
import type { Day } from "../periods/day";
import { METRIC_KEYS } from "../schema/enums";

export interface Bucket {
  readonly year: number;
  readonly quarter: string;
  readonly month: string;
  readonly week: string;
}

export interface Fact {
  readonly bucket: Bucket;
  readonly region: string;
  readonly salesperson: string;
  readonly product: string;
  readonly metric: MetricKey;
  target: number | null;
  actual: number | null;
  customers?: Set<string>;
}

const METRIC_INDEX = new Map(METRIC_KEYS.map((m, i) => [m, i]));
// Within one holder, key = (bucket · 2^16 + product) · 8 + metric: below 2^28 (at most 2^9 month-week
// buckets, 2^16 products), so keys stay small integers, which V8 hashes and stores fastest.
const PRODUCT_BITS = 16;
const MAX_BUCKETS = 512;

/** Interns texts to small integers, first come first numbered. */
class Interned<T> {
  private readonly ids = new Map<string, number>();
  readonly items: T[] = [];
  find(key: string): number | undefined {
    return this.ids.get(key);
  }
  add(key: string, item: T): number {
    const id = this.items.length;
    this.items.push(item);
    this.ids.set(key, id);
    return id;
  }
}

export class FactStore {
  private readonly days = new Map<Day, number>();
  private readonly buckets = new Interned<Bucket>();
  private readonly holders = new Interned<{ region: string; salesperson: string }>();
  private readonly products = new Interned<string>();
  /** Per holder id: key (bucket, product, metric) → fact. */
  private readonly facts: Map<number, Fact>[] = [];

  /** The fact for a day, holder and product; `salesperson` "" means the region's own. */
  at(day: Day, region: string, salesperson: string, product: string, metric: MetricKey): Fact {
    let bucketId = this.days.get(day);
    if (bucketId === undefined) bucketId = this.addDay(day);
    // A salesperson's region is fixed by the list, so the name alone identifies the holder.
    const holderKey = salesperson === "" ? `\u0001${region}` : salesperson;
    let holderId = this.holders.find(holderKey);
    if (holderId === undefined) {
      holderId = this.holders.add(holderKey, { region, salesperson });
      this.facts.push(new Map());
    }
    const productId = this.products.find(product) ?? this.products.add(product, product);
    if (productId >= 1 << PRODUCT_BITS) throw new Error("Too many products for the facts table");
    const key = (((bucketId << PRODUCT_BITS) | productId) << 3) | (METRIC_INDEX.get(metric) ?? 0);
    const facts = this.facts[holderId];
    let fact = facts.get(key);
    if (fact === undefined) {
      const holder = this.holders.items[holderId];
      fact = { bucket: this.buckets.items[bucketId], ...holder, product, metric, target: null, actual: null };
      facts.set(key, fact);
    }
    return fact;
  }

  private addDay(day: Day): number {
    const month = periodOf("month", day).text;
    const week = periodOf("week", day).text;
    const key = `${month}|${week}`;
    const bucket = { year: ymdOfDay(day).year, quarter: periodOf("quarter", day).text, month, week };
    const id = this.buckets.find(key) ?? this.buckets.add(key, bucket);
    if (id >= MAX_BUCKETS) throw new Error("Too many months and weeks for the facts table");
    this.days.set(day, id);
    return id;
  }

  /**
   * Facts in order of month, week, region, salesperson, product, metric: grouped by (bucket, holder)
   * in display order, each small group sorted by product and metric — no global comparison sort.
   */
  sorted(): Fact[] {
    const rankOf = <T>(items: readonly T[], text: (item: T) => string): Int32Array => {
      const ids = items.map((_, i) => i).sort((x, y) => compare(text(items[x]), text(items[y])));
      const ranks = new Int32Array(items.length);
      ids.forEach((id, rank) => (ranks[id] = rank));
      return ranks;
    };
    const bucketRank = rankOf(this.buckets.items, (b) => `${b.month}|${b.week}`);
    const holderRank = rankOf(this.holders.items, (h) => `${h.region}\u0000${h.salesperson}`);
    const productRank = rankOf(this.products.items, (p) => p);
    const holderCount = this.holders.items.length;
    const groups = new Map<number, { order: number; fact: Fact }[]>();
    this.facts.forEach((facts, holderId) => {
      for (const [key, fact] of facts) {
        const bucketId = key >>> (PRODUCT_BITS + 3);
        const productId = (key >>> 3) & ((1 << PRODUCT_BITS) - 1);
        const group = bucketRank[bucketId] * holderCount + holderRank[holderId];
        const list = groups.get(group) ?? [];
        if (list.length === 0) groups.set(group, list);
        list.push({ order: productRank[productId] * 8 + (key & 7), fact });
      }
    });
    const result: Fact[] = [];
    for (const group of [...groups.keys()].sort((a, b) => a - b)) {
      for (const { fact } of groups.get(group)!.sort((a, b) => a.order - b.order)) result.push(fact);
    }
    return result;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
