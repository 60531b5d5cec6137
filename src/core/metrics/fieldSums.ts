/** Adding up records whose every field is a count or an amount (actuals, visit tallies, a view's sums). */

/**
 * `into` and `more` added field by field; a field `more` lacks counts as zero.
 *
 * @example addFields({ visits: 2, sales: 10 }, { visits: 1, sales: 5 }) // { visits: 3, sales: 15 }
 */
export function addFields<T extends { readonly [K in keyof T]: number }>(into: T, more: T): T {
  const sum: Record<string, number> = { ...into };
  for (const key of Object.keys(more) as (keyof T & string)[]) sum[key] = (sum[key] ?? 0) + more[key];
  return sum as T;
}
