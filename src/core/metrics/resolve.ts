/**
 * Names typed in report and plan rows, resolved once per distinct text: a DailyReport of 400,000 rows
 * holds a few hundred distinct salespeople, customers and products, so each is looked up once.
 */
import type { DailyReportRow, SalesBook } from "../model";
import type { MasterIndex } from "../lists/types";
import type { ListSource } from "../schema/types";
import { matchKey } from "../text/fold";

export interface NameResolver {
  /** Canonical salesperson name (an ID typed instead counts as that person), else null. */
  salesperson(text: string | null): string | null;
  /** Canonical region name, else null. */
  region(text: string | null): string | null;
  /**
   * A key that identifies a customer: its canonical name, or for a customer not in the list the text
   * folded (width, case, spaces), so two spellings of one unknown customer still count once.
   */
  customer(text: string | null): string | null;
  /** Region of a (canonical) salesperson from the Salespeople list, else null. */
  regionOf(salesperson: string): string | null;
  /** Whether a (canonical) salesperson is marked active (blank counts as active). */
  isActive(salesperson: string): boolean;
  /** 1 − Unit cost / Unit price of a product, or null when the product, its price or its cost is unknown. */
  marginRate(product: string | null): number | null;
}

function cached(index: MasterIndex, list: ListSource): (text: string | null) => string | null {
  const memo = new Map<string, string | null>();
  return (text) => {
    if (text === null) return null;
    let name = memo.get(text);
    if (name === undefined) {
      name = index.canonical(list, text);
      memo.set(text, name);
    }
    return name;
  };
}

/**
 * Builds the resolver for one book.
 *
 * @example createResolver(book, index).salesperson("S001") // "王伟" when 王伟's ID is S001
 */
export function createResolver(book: SalesBook, index: MasterIndex): NameResolver {
  const salesperson = cached(index, "salespeople");
  const region = cached(index, "regions");
  const product = cached(index, "products");
  const customerName = cached(index, "customers");

  const people = new Map<string, { region: string | null; active: boolean }>();
  for (const row of book.salespeople) {
    const name = row.name === null ? null : salesperson(row.name);
    if (name === null || people.has(name)) continue;
    people.set(name, {
      region: row.region === null ? null : (region(row.region) ?? row.region),
      active: row.active !== false,
    });
  }

  const rates = new Map<string, number | null>();
  for (const row of book.products) {
    const name = row.name === null ? null : product(row.name);
    if (name === null || rates.has(name)) continue;
    const known = row.unitPrice !== null && row.unitPrice !== 0 && row.unitCost !== null;
    // A price of a few denormals (5e-324) would make the rate ±Infinity: no usable rate then.
    const rate = known ? 1 - row.unitCost! / row.unitPrice! : null;
    rates.set(name, rate !== null && Number.isFinite(rate) ? rate : null);
  }

  const customerKeys = new Map<string, string>();
  return {
    salesperson,
    region,
    customer(text) {
      if (text === null) return null;
      let key = customerKeys.get(text);
      if (key === undefined) {
        key = customerName(text) ?? matchKey(text);
        customerKeys.set(text, key);
      }
      return key;
    },
    regionOf: (name) => people.get(name)?.region ?? null,
    isActive: (name) => people.get(name)?.active ?? false,
    marginRate(text) {
      const name = product(text);
      return name === null ? null : (rates.get(name) ?? null);
    },
  };
}

/**
 * A report row's gross margin (SPEC §1.4): the typed margin, or when blank Order amount ×
 * (1 − Unit cost / Unit price) of the row's product; 0 when that cannot be known.
 *
 * @example marginOf(row({ orderAmount: 1000, product: "A" }), resolver) // 250 when A costs 75 and sells at 100
 */
export function marginOf(row: DailyReportRow, resolver: NameResolver): number {
  if (row.grossMargin !== null) return row.grossMargin;
  if (row.orderAmount === null) return 0;
  const rate = resolver.marginRate(row.product);
  return rate === null ? 0 : row.orderAmount * rate;
}
