/**
 * The settable thresholds of customer management (SPEC §8.3, §8.4). What they are, their defaults and
 * limits are workbook settings (`NUMBER_SETTINGS` in src/core/settings.ts, the one place the Settings
 * sheet, the pane and the command line read); this is their shape for the metrics and rules.
 */
import { NUMBER_SETTINGS, type WorkbookSettings } from "../../settings";

/** Class of a customer by trailing-12-month sales (SPEC §8.4). */
export type CustomerClass = "A" | "B" | "C";

export const CUSTOMER_CLASSES: readonly CustomerClass[] = ["A", "B", "C"];

export interface CustomerThresholds {
  /** W10: days without a visit after which an Active customer is silent. */
  readonly silentVisitDays: number;
  /** W10: days without an order after which an Active customer is silent. */
  readonly silentOrderDays: number;
  /** W11: days after Lost on by which a lost customer should have been interviewed. */
  readonly interviewDays: number;
  /** ABC: share of the ranked customers' sales that class A reaches (0.8). */
  readonly classA: number;
  /** ABC: share that classes A and B together reach (0.95). */
  readonly classB: number;
  /** Visits per 20 working days each class should get (A weekly, B fortnightly, C monthly). */
  readonly visitNorm: Readonly<Record<CustomerClass, number>>;
}

/** The settings behind the customer thresholds. */
export type CustomerSettings = Pick<
  WorkbookSettings,
  | "silentVisitDays"
  | "silentOrderDays"
  | "interviewDays"
  | "classAPercent"
  | "classBPercent"
  | "visitNormA"
  | "visitNormB"
  | "visitNormC"
>;

function fromSettings(s: CustomerSettings): CustomerThresholds {
  return {
    silentVisitDays: s.silentVisitDays,
    silentOrderDays: s.silentOrderDays,
    interviewDays: s.interviewDays,
    classA: s.classAPercent / 100,
    classB: s.classBPercent / 100,
    visitNorm: { A: s.visitNormA, B: s.visitNormB, C: s.visitNormC },
  };
}

const n = NUMBER_SETTINGS;
/** The handbook's thresholds: the settings' defaults. */
export const DEFAULT_CUSTOMER_THRESHOLDS: CustomerThresholds = fromSettings({
  silentVisitDays: n.silentVisitDays.default,
  silentOrderDays: n.silentOrderDays.default,
  interviewDays: n.interviewDays.default,
  classAPercent: n.classAPercent.default,
  classBPercent: n.classBPercent.default,
  visitNormA: n.visitNormA.default,
  visitNormB: n.visitNormB.default,
  visitNormC: n.visitNormC.default,
});

/** The working days a visit norm is stated over (SPEC §8.4: visits per 20 working days). */
export const NORM_WORKING_DAYS = 20;

/** Days of history below which a customer's lifetime value is its class's mean (SPEC §8.4). */
export const SHORT_HISTORY_DAYS = 90;

/** Expected lifetime, in years, where nobody was lost or the churn rate is tiny (SPEC §8.4). */
export const MAX_LIFETIME_YEARS = 10;

/** Days in the trailing 12 months (the 365 days ending on the as-of date). */
export const TRAILING_DAYS = 365;

/**
 * Thresholds with every setting a workbook gives replacing its default; a value that is not a
 * usable number (negative, not finite, a share outside 0…1, B below A) keeps the default.
 *
 * @example customerThresholds({ silentVisitDays: 21 }).silentVisitDays === 21
 */
export function customerThresholds(given: Partial<CustomerThresholds> = {}): CustomerThresholds {
  const d = DEFAULT_CUSTOMER_THRESHOLDS;
  const days = (v: number | undefined, fallback: number) =>
    v !== undefined && Number.isInteger(v) && v >= 0 ? v : fallback;
  const share = (v: number | undefined, fallback: number) =>
    v !== undefined && Number.isFinite(v) && v > 0 && v <= 1 ? v : fallback;
  const classA = share(given.classA, d.classA);
  const classB = share(given.classB, d.classB);
  const norm = (c: CustomerClass) => {
    const v = given.visitNorm?.[c];
    return v !== undefined && Number.isFinite(v) && v >= 0 ? v : d.visitNorm[c];
  };
  return {
    silentVisitDays: days(given.silentVisitDays, d.silentVisitDays),
    silentOrderDays: days(given.silentOrderDays, d.silentOrderDays),
    interviewDays: days(given.interviewDays, d.interviewDays),
    classA,
    classB: classB >= classA ? classB : Math.max(classA, d.classB),
    visitNorm: { A: norm("A"), B: norm("B"), C: norm("C") },
  };
}

/**
 * The customer thresholds a workbook's settings give (percentages as shares); a class-B share below
 * class A's is read as in `customerThresholds`.
 *
 * @example customerThresholdsOf({ ...settings, silentVisitDays: 21 }).silentVisitDays === 21
 */
export function customerThresholdsOf(settings: CustomerSettings): CustomerThresholds {
  return customerThresholds(fromSettings(settings));
}
