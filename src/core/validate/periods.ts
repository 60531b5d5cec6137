/**
 * Targets: E06 (a period that is not `2026`, `2026-Q4`, `2026-11` or `2026-W48`) and W05
 * (decomposition mismatch: salespeople's targets vs their region's, months vs their quarter and
 * year, quarters vs their year; weeks need not add up).
 */
import type { TargetRow } from "../model";
import { parsePeriod, periodOf } from "../periods";
import type { Period } from "../metrics/types";
import { toHalfWidth } from "../text/fold";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

// Forms people type instead of the canonical ones: 2026/11, 2026年11月, 2026Q4, 2026年第4季度, 2026 w48.
const MONTH_LIKE = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*月?$/;
const QUARTER_LIKE = /^(\d{4})\s*(?:[-/.]|年)?\s*(?:q|第)\s*([1-4])\s*(?:季度?)?$/i;
const WEEK_LIKE = /^(\d{4})\s*(?:[-/.]|年)?\s*(?:w|第)\s*(\d{1,2})\s*周?$/i;
const YEAR_LIKE = /^(\d{4})\s*年?$/;

/** The canonical period a malformed text most likely means, when it is a valid one. */
export function suggestPeriod(text: string): string | null {
  const t = toHalfWidth(text).trim();
  let candidate: string | null = null;
  let m: RegExpExecArray | null;
  if ((m = YEAR_LIKE.exec(t))) candidate = m[1];
  else if ((m = QUARTER_LIKE.exec(t))) candidate = `${m[1]}-Q${m[2]}`;
  else if ((m = WEEK_LIKE.exec(t))) candidate = `${m[1]}-W${m[2].padStart(2, "0")}`;
  else if ((m = MONTH_LIKE.exec(t))) candidate = `${m[1]}-${m[2].padStart(2, "0")}`;
  return candidate !== null && parsePeriod(candidate) !== null ? candidate : null;
}

/** E06 on a target period that does not parse, with the likely canonical form as suggestion. */
export function periodRule({ book }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const row of book.targets) {
    if (row.period === null || row.unreadable.has("period") || parsePeriod(row.period) !== null) continue;
    const suggestion = suggestPeriod(row.period);
    findings.push(
      findingAt(
        "E06",
        { table: "Targets", row: row.row, column: "period", value: row.period },
        suggestion === null ? {} : { detail: "suggest", suggestion },
      ),
    );
  }
  return findings;
}

interface Parsed {
  readonly row: TargetRow;
  readonly period: Period;
  readonly target: number;
}

/** A group of targets that decompose each other: sums by period text, and the row of each. */
class Group {
  readonly sums = new Map<string, number>();
  readonly rows = new Map<string, TargetRow>();
  readonly periods = new Map<string, Period>();
  add(p: Parsed): void {
    this.periods.set(p.period.text, p.period);
    this.sums.set(p.period.text, (this.sums.get(p.period.text) ?? 0) + p.target);
    if (!this.rows.has(p.period.text)) this.rows.set(p.period.text, p.row);
  }
}

function groupOf(groups: Map<string, Group>, key: string): Group {
  let group = groups.get(key);
  if (group === undefined) {
    group = new Group();
    groups.set(key, group);
  }
  return group;
}

// Targets are entered by hand to cents; anything closer than half a cent adds up.
const adds = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;
const cents = (n: number): number => Math.round(n * 100) / 100;

/** W05 on a parent target whose children do not add up to it, showing both sums. */
export function decompositionRule({ book, nameKey }: RuleContext): Finding[] {
  const parsed: Parsed[] = [];
  for (const row of book.targets) {
    if (row.period === null || row.target === null || row.metric === null || row.region === null) continue;
    const period = parsePeriod(row.period);
    if (period !== null) parsed.push({ row, period, target: row.target });
  }
  const ref = (list: "salespeople" | "dealers" | "products", text: string | null): string =>
    text === null ? "" : nameKey(list, text);
  const sameMetric = (r: TargetRow): string =>
    [r.metric, nameKey("regions", r.region ?? ""), ref("dealers", r.dealer), ref("products", r.product)].join(
      "\u0000",
    );

  const findings: Finding[] = [];
  const mismatch = (parent: TargetRow, detail: string, parentSum: number, childrenSum: number): void => {
    findings.push(
      findingAt(
        "W05",
        { table: "Targets", row: parent.row, column: "target", value: parent.target },
        {
          detail,
          args: {
            period: parent.period ?? "",
            region: parent.region ?? "",
            parentSum: cents(parentSum),
            childrenSum: cents(childrenSum),
          },
        },
      ),
    );
  };

  // Salespeople to their region: same period, metric, region, dealer and product.
  const byRegion = new Map<string, { parent: Group; children: number; any: boolean }>();
  for (const p of parsed) {
    const key = `${p.period.text}\u0000${sameMetric(p.row)}`;
    let entry = byRegion.get(key);
    if (entry === undefined) byRegion.set(key, (entry = { parent: new Group(), children: 0, any: false }));
    if (p.row.salesperson === null) entry.parent.add(p);
    else {
      entry.children += p.target;
      entry.any = true;
    }
  }
  for (const { parent, children, any } of byRegion.values()) {
    for (const [text, sum] of parent.sums) {
      if (any && !adds(sum, children))
        mismatch(parent.rows.get(text) as TargetRow, "salespeople", sum, children);
    }
  }

  // Months to their quarter and year, quarters to their year: same holder and everything else.
  const byHolder = new Map<string, Group>();
  for (const p of parsed) {
    if (p.period.kind === "week") continue;
    groupOf(byHolder, `${ref("salespeople", p.row.salesperson)}\u0000${sameMetric(p.row)}`).add(p);
  }
  for (const group of byHolder.values()) {
    for (const [text, row] of group.rows) {
      const period = group.periods.get(text) as Period;
      if (period.kind === "month") continue;
      const children = { quarter: { sum: 0, any: false }, month: { sum: 0, any: false } };
      for (const [childText, child] of group.periods) {
        if (child.kind !== "quarter" && child.kind !== "month") continue;
        if (child.kind === period.kind || periodOf(period.kind, child.start).text !== period.text) continue;
        children[child.kind].sum += group.sums.get(childText) as number;
        children[child.kind].any = true;
      }
      // A year is compared with its quarters when it has any, else with its months: months are
      // then checked against their quarters, so the year is never warned about twice.
      const [kind, detail] = children.quarter.any
        ? (["quarter", "quarters"] as const)
        : (["month", "months"] as const);
      const parentSum = group.sums.get(text) as number;
      if (children[kind].any && !adds(parentSum, children[kind].sum))
        mismatch(row, detail, parentSum, children[kind].sum);
    }
  }
  return findings;
}
