/**
 * The live formulas of the scorecard (SPEC §4): actuals as SUMIFS/COUNTIFS over DailyReport bounded by
 * the period and as-of date, targets as SUMIFS over Targets times the proration the core applied.
 */
import type { MetricKey, TargetRow } from "../model";
import type { Day } from "../periods/day";
import { METRICS } from "../schema/enums";
import type { Lang } from "../schema/types";
import {
  BLANK_CRITERION,
  NON_BLANK_CRITERION,
  dateBounds,
  exactCriterion,
  ifsCall,
  numberLiteral,
} from "./criteria";
import { columnRef } from "./tableRefs";
import type { ResolvedTarget } from "../targets/resolution";

export interface ActualContext {
  readonly lang: Lang;
  readonly from: Day;
  readonly to: Day;
  /** Absolute ranges of the margin-rate helper block (product spellings and their rates), if any. */
  readonly marginRates: { readonly products: string; readonly rates: string } | null;
}

const SUMMED: Partial<Record<MetricKey, string>> = { sales: "orderAmount", collections: "collection" };

/**
 * The formula of a salesperson's actual for `metric`, or null for New outlets: a distinct count of
 * customers has no formula that works in both Excel and LibreOffice without dynamic arrays at
 * 400,000 rows (the SUMPRODUCT/COUNTIFS idiom is quadratic), so that figure stays a value.
 *
 * @param people criteria for DailyReport[Salesperson]: the name cell (`$B6`) and literal spellings
 */
export function actualFormula(
  metric: MetricKey,
  people: readonly string[],
  ctx: ActualContext,
): string | null {
  const ref = (key: string): string => columnRef(ctx.lang, "DailyReport", key);
  const base = (person: string): string[] => [
    ref("salesperson"),
    person,
    ...dateBounds(ref("date"), ctx.from, ctx.to),
  ];
  const terms: string[] = [];
  for (const person of people) {
    const summed = SUMMED[metric];
    if (summed) terms.push(ifsCall(ref(summed), base(person)));
    else if (metric === "visits")
      terms.push(ifsCall(null, [...base(person), ref("customer"), NON_BLANK_CRITERION]));
    else if (metric === "grossMargin") {
      terms.push(ifsCall(ref("grossMargin"), base(person)));
      if (ctx.marginRates) {
        const blankMargin = [...base(person), ref("grossMargin"), BLANK_CRITERION];
        const byProduct = ifsCall(ref("orderAmount"), [
          ...blankMargin,
          ref("product"),
          ctx.marginRates.products,
        ]);
        terms.push(`SUMPRODUCT(${byProduct}*${ctx.marginRates.rates})`);
      }
    } else return null;
  }
  return `=${terms.join("+")}`;
}

/** The holder a target formula sums for: a salesperson, or a region's own (Salesperson blank) rows. */
export type TargetHolder =
  | { readonly kind: "salesperson"; readonly criteria: readonly string[] }
  | { readonly kind: "region"; readonly criteria: readonly string[] };

/**
 * The formula of a target: for each period the core drew on, Σ SUMIFS over Targets (each metric label,
 * as people type either language, and each holder spelling, Dealer and Product blank) times the
 * share of that period's working days inside the view (the core's proration).
 */
export function targetFormula(
  lang: Lang,
  metric: MetricKey,
  holder: TargetHolder,
  source: ResolvedTarget<TargetRow>,
): string {
  const ref = (key: string): string => columnRef(lang, "Targets", key);
  const metricDef = METRICS.find((m) => m.key === metric);
  const labels = metricDef ? [metricDef.label.en, metricDef.label.zh] : [metric];
  const holderPairs = (criterion: string): string[] =>
    holder.kind === "salesperson"
      ? [ref("salesperson"), criterion]
      : [ref("salesperson"), BLANK_CRITERION, ref("region"), criterion];
  const parts = source.terms.map(({ periodText, factor }) => {
    const sums: string[] = [];
    for (const criterion of holder.criteria) {
      for (const label of labels) {
        sums.push(
          ifsCall(ref("target"), [
            ref("period"),
            exactCriterion(periodText),
            ...holderPairs(criterion),
            ref("metric"),
            exactCriterion(label),
            ref("dealer"),
            BLANK_CRITERION,
            ref("product"),
            BLANK_CRITERION,
          ]),
        );
      }
    }
    const sum = `(${sums.join("+")})`;
    return Math.abs(factor - 1) < 1e-12 ? sum : `${sum}*${numberLiteral(factor)}`;
  });
  return `=${parts.join("+")}`;
}

/** Holder criteria: the name cell plus each other spelling found in the rows' holder column. */
export function holderCriteria(
  nameCell: string,
  name: string,
  rows: readonly TargetRow[],
  column: "salesperson" | "region",
): string[] {
  const spellings = new Map<string, string>();
  for (const row of rows) {
    const text = row[column];
    if (text !== null && text.toLowerCase() !== name.toLowerCase()) spellings.set(text.toLowerCase(), text);
  }
  return [nameCell, ...[...spellings.values()].map(exactCriterion)];
}
