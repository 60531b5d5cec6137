/**
 * The split tool (SPEC §1.2): write a parent target's children — into the salespeople of its region
 * or into the months of its year or quarter — so that they add up exactly to the parent. Shares are
 * computed in whole rounding units with the largest-remainder method: each child gets the floor of its
 * exact share, and the units left over go to the children with the largest fractions (earlier
 * children first on a tie). Working in integers means no float drift in the total.
 */
import { localizedError } from "../errors";
import type { MessageKey } from "../i18n";
import type { MetricKey, TargetRow } from "../model";
import { type WorkCalendar, countWorkingDays } from "../periods/calendar";
import { parsePeriod, subPeriods } from "../periods/period";
import { matchKey } from "../text/fold";
import { formatNumber } from "../validate/describe";

/** The target row being split (Targets columns). */
export interface SplitParent {
  readonly period: string;
  readonly region: string | null;
  readonly salesperson: string | null;
  readonly dealer: string | null;
  readonly product: string | null;
  readonly metric: MetricKey;
  readonly value: number;
}

/** A salesperson as the split tool needs to know them (from the Salespeople list). */
export interface RosterEntry {
  readonly name: string;
  readonly region: string | null;
  readonly active: boolean;
}

interface SplitBase {
  readonly parent: SplitParent;
  /** Children are multiples of this (1, 0.01, 100 …). */
  readonly unit: number;
  /** For method "weights": a weight per child (salesperson name or month text like `2026-03`); missing = 0. */
  readonly weights?: Readonly<Record<string, number>>;
}

export type SplitRequest =
  | (SplitBase & {
      readonly into: "salespeople";
      readonly method: "even" | "weights";
      /** The Salespeople list; the active members of the parent's region receive a share. */
      readonly roster: readonly RosterEntry[];
    })
  | (SplitBase & { readonly into: "months"; readonly method: "even" | "workingDays" | "weights" });

/** One child target row to write into Targets. */
export type SplitChild = SplitParent;

/** Why a split request cannot be done, as a catalogue sentence (so the pane can flag the field in either language). */
export interface SplitProblem {
  readonly key: MessageKey;
  readonly args: Readonly<Record<string, string>>;
}

const problem = (key: MessageKey, args: Record<string, string> = {}): SplitProblem => ({ key, args });
function fail(p: SplitProblem): never {
  throw localizedError("BadArgument", p.key, p.args);
}

/** The weights' problem: one that is not a number of 0 or more, or all adding up to 0; null when fine. */
export function weightsProblem(weights: readonly number[]): SplitProblem | null {
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) return problem("split.weightNotNumber");
  if (!(weights.reduce((a, b) => a + b, 0) > 0)) return problem("split.weightsZero");
  return null;
}

/**
 * Splits `total` whole units by weights with the largest-remainder method; the parts sum to `total`.
 *
 * @throws SalesPaceError BadArgument when a weight is negative or they sum to 0
 * @example apportion(10, [1, 1, 1]) // [4, 3, 3]
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const wrong = weightsProblem(weights);
  if (wrong !== null) fail(wrong);
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total < 0) return apportion(-total, weights).map((part) => -part);
  const quotas = weights.map((w) => (total * w) / sum);
  const parts = quotas.map(Math.floor);
  const order = quotas
    .map((quota, i) => ({ i, fraction: quota - parts[i] }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  let rest = total - parts.reduce((a, b) => a + b, 0);
  // rest is normally 0…n−1; float rounding in the quotas can make it −1, which is handled the same way.
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k].i] += 1;
  for (let k = order.length - 1; rest < 0; k = (k - 1 + order.length) % order.length) {
    if (parts[order[k].i] > 0) {
      parts[order[k].i] -= 1;
      rest++;
    }
  }
  return parts;
}

/** Turns whole units back into a value, exactly for decimal units such as 0.01. */
export function valueOfUnits(units: number, unit: number): number {
  const perOne = Math.round(1 / unit);
  if (unit < 1 && Math.abs(perOne * unit - 1) < 1e-12) return units / perOne;
  return units * unit;
}

const isMultiple = (value: number, unit: number): boolean =>
  Math.abs(valueOfUnits(Math.round(value / unit), unit) - value) <= 1e-9 * Math.max(1, Math.abs(value));

/**
 * The rounding unit's problem for a parent `value`: not above 0, or `value` not a whole number of
 * units (then it names the powers of ten nearest the unit that `value` is a multiple of); null when fine.
 *
 * @example unitProblem(16_400_000, 7) // { key: "split.notWholeUnitsTwo", args: { suggested: "1", larger: "10", … } }
 */
export function unitProblem(value: number, unit: number): SplitProblem | null {
  if (!Number.isFinite(unit) || unit <= 0) return problem("split.unitNotPositive");
  if (!Number.isFinite(value)) return problem("split.valueNotNumber");
  if (isMultiple(value, unit)) return null;
  let power = 10 ** Math.floor(Math.log10(unit));
  while (power > 0.01 && !isMultiple(value, power)) power /= 10;
  power = Math.max(power, 0.01);
  const args = { value: formatNumber(value), unit: formatNumber(unit), suggested: formatNumber(power) };
  const larger = power * 10;
  if (isMultiple(value, larger) && larger <= Math.abs(value))
    return problem("split.notWholeUnitsTwo", { ...args, larger: formatNumber(larger) });
  return problem("split.notWholeUnits", args);
}

function unitsOf(value: number, unit: number): number {
  const wrong = unitProblem(value, unit);
  if (wrong !== null) fail(wrong);
  return Math.round(value / unit);
}

function weightsFor(
  keys: readonly string[],
  request: SplitRequest,
  fixed: (key: string) => number,
): number[] {
  if (request.method === "weights") return keys.map((key) => request.weights?.[key] ?? 0);
  return keys.map(fixed);
}

/** The children a request makes (values not yet set), each with its weight, and the parent in whole units. */
export interface SplitShape {
  readonly children: readonly SplitChild[];
  readonly weights: readonly number[];
  readonly totalUnits: number;
}

/** How a parent target is split: among salespeople (a region's target) or into months (a year's or quarter's). */
export type SplitInto = SplitRequest["into"];

/** What a parent can be split into: the children's keys (salesperson names or month texts), or why not. */
export type SplitKeys =
  | { readonly keys: readonly string[]; readonly problem: null }
  | { readonly keys: readonly []; readonly problem: SplitProblem };

const refused = (p: SplitProblem): SplitKeys => ({ keys: [], problem: p });

/**
 * The split tool's eligibility rules, in one place: the children a parent splits into, in order (the active
 * salespeople of its region in Salespeople order, or its months), or the problem that forbids the split.
 * `splitShape` (and so the split actions) and the Targets screen both ask this, so they cannot disagree.
 *
 * @example splitKeys({ period: "2026", region: null, salesperson: null }, "months", []).keys.length === 12
 */
export function splitKeys(
  parent: Pick<SplitParent, "period" | "region" | "salesperson">,
  into: SplitInto,
  roster: readonly RosterEntry[],
): SplitKeys {
  if (into === "salespeople") {
    if (parent.salesperson !== null)
      return refused(problem("split.personal", { salesperson: parent.salesperson }));
    if (parent.region === null) return refused(problem("split.noRegion"));
    const region = matchKey(parent.region);
    const inRegion = roster.filter((p) => p.region !== null && matchKey(p.region) === region);
    if (inRegion.length === 0) return refused(problem("split.regionUnknown", { region: parent.region }));
    const members = inRegion.filter((p) => p.active).map((p) => p.name);
    if (members.length === 0) return refused(problem("split.regionInactive", { region: parent.region }));
    return { keys: members, problem: null };
  }
  const period = parsePeriod(parent.period);
  if (period === null || (period.kind !== "year" && period.kind !== "quarter")) {
    return refused(problem("split.notYearOrQuarter", { period: parent.period }));
  }
  return { keys: subPeriods(period, "month").map((m) => m.text), problem: null };
}

/**
 * Which children a parent target splits into and with what weights, before rounding.
 *
 * @throws SalesPaceError BadArgument as `splitTarget`
 */
export function splitShape(request: SplitRequest, calendar: WorkCalendar): SplitShape {
  const { parent, unit } = request;
  const found = splitKeys(parent, request.into, request.into === "salespeople" ? request.roster : []);
  if (found.problem !== null) fail(found.problem);
  const totalUnits = unitsOf(parent.value, unit);
  if (request.into === "salespeople") {
    return {
      children: found.keys.map((name) => ({ ...parent, salesperson: name })),
      weights: weightsFor(found.keys, request, () => 1),
      totalUnits,
    };
  }
  const months = subPeriods(parsePeriod(parent.period)!, "month");
  const weights = weightsFor(
    months.map((m) => m.text),
    request,
    (text) => {
      if (request.method === "even") return 1;
      const month = months.find((m) => m.text === text)!;
      return countWorkingDays(calendar, month.start, month.end);
    },
  );
  return { children: months.map((month) => ({ ...parent, period: month.text })), weights, totalUnits };
}

/**
 * Produces the children of a parent target, in order (Salespeople order, or month order).
 *
 * @throws SalesPaceError BadArgument for an unknown region or one without active salespeople, a
 *   salesperson's target split into salespeople, a period that is not a year or quarter when splitting
 *   into months, weights that are negative or add up to 0, a unit that is not above 0, or a parent
 *   value that is not a whole number of units
 * @example splitTarget({ parent, into: "months", method: "workingDays", unit: 1 }, calendar)
 */
export function splitTarget(request: SplitRequest, calendar: WorkCalendar): SplitChild[] {
  const shape = splitShape(request, calendar);
  const parts = apportion(shape.totalUnits, shape.weights);
  return shape.children.map((child, i) => ({ ...child, value: valueOfUnits(parts[i], request.unit) }));
}

/** The Salespeople list as a split roster (blank Active counts as active). */
export function rosterOf(
  rows: readonly { name: string | null; region: string | null; active: boolean | null }[],
): RosterEntry[] {
  const roster: RosterEntry[] = [];
  for (const row of rows)
    if (row.name !== null) roster.push({ name: row.name, region: row.region, active: row.active !== false });
  return roster;
}

/**
 * Whether a Targets row can be split, into salespeople or into months: a complete row that the split tool's
 * own rules (`splitKeys`, which the split actions apply) accept one way or the other. The Targets screen
 * offers exactly these rows.
 *
 * @example canSplit(target({ period: "2026", region: "华东", metric: "sales", target: 1200 }), []) === true
 */
export function canSplit(row: TargetRow, roster: readonly RosterEntry[]): boolean {
  if (row.period === null || row.metric === null || row.target === null) return false;
  const parent = { period: row.period, region: row.region, salesperson: row.salesperson };
  return (["salespeople", "months"] as const).some(
    (into) => splitKeys(parent, into, roster).problem === null,
  );
}
