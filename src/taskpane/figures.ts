/** Numbers as the pane shows them (the sheets carry their own Excel number formats). */

/** 0.4567 → "45.7%"; null → "—". */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${(ratio * 100).toFixed(1)}%`;
}

/** 1234567.5 → "1,234,567.5" (at most two decimals). */
export function formatAmount(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
