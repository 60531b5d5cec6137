/**
 * The live formulas of the scorecard (SPEC §4): actuals as SUMIFS/COUNTIFS over DailyReport bounded by
 * the period and as-of date, targets as SUMIFS over Targets times the proration the core applied.
 */
import type { MetricKey } from "../model";
import type { Day } from "../periods/day";
import { METRICS } from "../schema/enums";
import type { ColumnKey } from "../schema/types";
import type { ColumnHeaders } from "../read/columnHeaders";
import { BLANK_CRITERION, NON_BLANK_CRITERION, dateBounds, exactCriterion, ifsCall } from "./criteria";
import { columnRef } from "./tableRefs";

export interface ActualContext {
  /** The workbook's headers as found: every column reference is spelled with them. */
  readonly headers: ColumnHeaders;
  readonly from: Day;
  readonly to: Day;
  /** Absolute ranges of the margin-rate helper block (product spellings and their rates), if any. */
  readonly marginRates: { readonly products: string; readonly rates: string } | null;
}

const SUMMED: Partial<Record<MetricKey, ColumnKey<"DailyReport">>> = {
  sales: "orderAmount",
  collections: "collection",
};

/**
 * Who an actual formula sums for: the name cell (`$B6`) when the person has one spelling, else the
 * range of their spelling criteria (`$B$40:$D$40`), matched at once by SUMPRODUCT over SUMIFS.
 */
export interface PersonCriteria {
  readonly criterion: string;
  readonly many: boolean;
}

/**
 * The formula of a salesperson's actual for `metric`, or null for New outlets: a distinct count of
 * customers has no formula that works in both Excel and LibreOffice without dynamic arrays at
 * 400,000 rows (the SUMPRODUCT/COUNTIFS idiom is quadratic), so that figure stays a value.
 * Its length does not grow with the person's spellings.
 */
export function actualFormula(metric: MetricKey, person: PersonCriteria, ctx: ActualContext): string | null {
  const ref = (key: ColumnKey<"DailyReport">): string => columnRef(ctx.headers, "DailyReport", key);
  const base = [ref("salesperson"), person.criterion, ...dateBounds(ref("date"), ctx.from, ctx.to)];
  const each = (sum: string): string => (person.many ? `SUMPRODUCT(${sum})` : sum);
  const summed = SUMMED[metric];
  if (summed) return `=${each(ifsCall(ref(summed), base))}`;
  if (metric === "visits") return `=${each(ifsCall(null, [...base, ref("customer"), NON_BLANK_CRITERION]))}`;
  if (metric !== "grossMargin") return null;
  const typed = each(ifsCall(ref("grossMargin"), base));
  if (!ctx.marginRates) return `=${typed}`;
  const byProduct = ifsCall(ref("orderAmount"), [
    ...base,
    ref("grossMargin"),
    BLANK_CRITERION,
    ref("product"),
    ctx.marginRates.products,
  ]);
  return `=${typed}+SUMPRODUCT(${byProduct}*${ctx.marginRates.rates})`;
}

/** The ranges a target formula matches: the holder's spelling criteria, the periods and their shares. */
export interface TargetCriteria {
  readonly kind: "salesperson" | "region";
  /** One-row range of the holder's spelling criteria. */
  readonly spellings: string;
  /** One-column ranges of period criteria and of each period's share in the view. */
  readonly periods: string;
  readonly factors: string;
}

/**
 * The formula of a target: SUMPRODUCT of Σ SUMIFS over Targets (once per metric label, as people type
 * either language; Dealer and Product blank) with the periods down and the spellings across as
 * criteria, times each period's share of working days in the view (the core's proration). Its length
 * is the same for one period and spelling as for 53 weeks and five spellings.
 */
export function targetFormula(headers: ColumnHeaders, metric: MetricKey, criteria: TargetCriteria): string {
  const ref = (key: ColumnKey<"Targets">): string => columnRef(headers, "Targets", key);
  const metricDef = METRICS.find((m) => m.key === metric);
  const labels = metricDef ? [metricDef.label.en, metricDef.label.zh] : [metric];
  const holder =
    criteria.kind === "salesperson"
      ? [ref("salesperson"), criteria.spellings]
      : [ref("salesperson"), BLANK_CRITERION, ref("region"), criteria.spellings];
  const sums = labels.map((label) =>
    ifsCall(ref("target"), [
      ref("period"),
      criteria.periods,
      ...holder,
      ref("metric"),
      exactCriterion(label),
      ref("dealer"),
      BLANK_CRITERION,
      ref("product"),
      BLANK_CRITERION,
    ]),
  );
  return `=SUMPRODUCT((${sums.join("+")})*${criteria.factors})`;
}
