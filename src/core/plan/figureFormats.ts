/**
 * Number formats of the figures on the rollup sheets, per metric: amounts with two decimals; counts
 * (visits, new outlets) as whole numbers, a prorated count target with at most one decimal; a required
 * daily rate of 0 — the target is reached — shown as the word (SPEC §3), live as the formula changes.
 */
import { translate } from "../i18n";
import type { MetricKey } from "../model";
import type { Lang } from "../schema/types";
import type { CellValue } from "./types";

export const MONEY_FORMAT = "#,##0.00";
export const COUNT_FORMAT = "#,##0";
export const PERCENT_FORMAT = "0.0%";

const COUNT_METRICS: ReadonlySet<MetricKey> = new Set(["visits", "newOutlets"]);

/** True for metrics that count things (visits, new outlets) rather than amounts of money. */
export function isCountMetric(metric: MetricKey): boolean {
  return COUNT_METRICS.has(metric);
}

/** An actual: counts whole, amounts with two decimals. */
export function actualFormat(metric: MetricKey): string {
  return isCountMetric(metric) ? COUNT_FORMAT : MONEY_FORMAT;
}

/** A target: a count target prorated to a fraction gets one decimal, a whole one none. */
export function targetFormat(metric: MetricKey, value: CellValue): string {
  if (!isCountMetric(metric)) return MONEY_FORMAT;
  return typeof value === "number" && !Number.isInteger(value) ? "#,##0.0" : COUNT_FORMAT;
}

/** A required daily rate: 0 reads as "reached" (达成) in the workbook language. */
export function requiredRateFormat(metric: MetricKey, lang: Lang): string {
  const number = isCountMetric(metric) ? "#,##0.0" : MONEY_FORMAT;
  return `${number};-${number};"${translate(lang, "scorecard.reached")}"`;
}
