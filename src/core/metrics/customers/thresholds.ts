/**
 * The settable thresholds of customer management (SPEC §8.3, §8.4), with the handbook's defaults.
 * They are stored with the workbook's other settings; a setting left out takes its default.
 */

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

export const DEFAULT_CUSTOMER_THRESHOLDS: CustomerThresholds = {
  silentVisitDays: 30,
  silentOrderDays: 60,
  interviewDays: 14,
  classA: 0.8,
  classB: 0.95,
  visitNorm: { A: 4, B: 2, C: 1 },
};

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
