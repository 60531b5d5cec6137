/**
 * What the split tool writes when some children are already in Targets (SPEC §1.2). SalesPace never
 * writes a child that already exists: it would be a duplicate key (E04) that the Scorecard adds up. So the
 * plan shows the children that exist and their sum, and either writes only the missing ones — sharing what
 * the existing ones leave of the parent, by the same weights, so that all still add up exactly — or, when
 * nothing is left to share, says which rows to delete first.
 */
import type { TargetRow } from "../model";
import { parsePeriod } from "../periods/period";
import { matchKey } from "../text/fold";
import {
  type SplitChild,
  type SplitRequest,
  apportion,
  splitShape,
  valueOfUnits,
  weightsProblem,
} from "./split";
import type { WorkCalendar } from "../periods/calendar";

/** A child of the split that Targets already holds, with the rows that hold it and their sum. */
export interface ExistingChild {
  readonly child: SplitChild;
  readonly rows: readonly number[];
  readonly value: number;
}

/**
 * - `new`: no child exists; every child is written.
 * - `missingOnly`: some exist; only the missing ones are written, sharing the rest of the parent.
 * - `complete`: every child exists and they add up to the parent; nothing to write.
 * - `deleteFirst`: what exists leaves nothing that the missing ones can share (or every child exists
 *   without adding up); the rows in `existing` must be deleted first.
 */
export type SplitStatus = "new" | "missingOnly" | "complete" | "deleteFirst";

export interface SplitPlan {
  readonly status: SplitStatus;
  /** Every child of the split, in order, as a fresh split would make it. */
  readonly children: readonly SplitChild[];
  readonly existing: readonly ExistingChild[];
  readonly existingTotal: number;
  /** The rows to append to Targets (empty for `complete` and `deleteFirst`). */
  readonly toWrite: readonly SplitChild[];
  /** The parent's value less what exists. */
  readonly rest: number;
}

const sameText = (a: string | null, b: string | null): boolean =>
  a === null || b === null ? a === b : matchKey(a) === matchKey(b);

const samePeriod = (a: string | null, b: string): boolean =>
  a !== null && (parsePeriod(a)?.text ?? matchKey(a)) === (parsePeriod(b)?.text ?? matchKey(b));

/**
 * True when `row` is the target row `child` would be. A salesperson's row with a blank Region is theirs
 * whatever region they are in, as the Scorecard reads it.
 */
export function isSameTarget(row: TargetRow, child: SplitChild): boolean {
  const regionMatches =
    sameText(row.region, child.region) || (row.region === null && child.salesperson !== null);
  return (
    row.metric === child.metric &&
    samePeriod(row.period, child.period) &&
    sameText(row.salesperson, child.salesperson) &&
    sameText(row.dealer, child.dealer) &&
    sameText(row.product, child.product) &&
    regionMatches
  );
}

/** The Targets rows that already hold a child among `children`, grouped by child. */
export function existingChildren(
  children: readonly SplitChild[],
  targets: readonly TargetRow[],
): ExistingChild[] {
  const existing: ExistingChild[] = [];
  for (const child of children) {
    const rows = targets.filter((row) => isSameTarget(row, child));
    if (rows.length === 0) continue;
    existing.push({
      child,
      rows: rows.map((row) => row.row),
      value: rows.reduce((sum, row) => sum + (row.target ?? 0), 0),
    });
  }
  return existing;
}

/**
 * Plans a split against the Targets rows that exist now.
 *
 * @throws SalesPaceError BadArgument as `splitTarget`
 * @example planSplit({ parent, into: "months", method: "workingDays", unit: 1 }, calendar, book.targets).toWrite
 */
export function planSplit(
  request: SplitRequest,
  calendar: WorkCalendar,
  targets: readonly TargetRow[],
): SplitPlan {
  const { unit } = request;
  const shape = splitShape(request, calendar);
  const parts = apportion(shape.totalUnits, shape.weights);
  const children = shape.children.map((child, i) => ({ ...child, value: valueOfUnits(parts[i], unit) }));
  const existing = existingChildren(children, targets);
  const existingTotal = existing.reduce((sum, e) => sum + e.value, 0);
  const rest = request.parent.value - existingTotal;
  const base = { children, existing, existingTotal, rest };
  if (existing.length === 0) return { ...base, status: "new", toWrite: children };
  const missing = children.flatMap((child, i) =>
    existing.some((e) => e.child === child) ? [] : [{ child, weight: shape.weights[i] }],
  );
  const restUnits = Math.round(rest / unit);
  const sharable = Math.abs(valueOfUnits(restUnits, unit) - rest) <= 1e-9 * Math.max(1, Math.abs(rest));
  if (missing.length === 0) {
    return { ...base, status: restUnits === 0 && sharable ? "complete" : "deleteFirst", toWrite: [] };
  }
  const weights = missing.map((m) => m.weight);
  const sameSign = rest === 0 || Math.sign(rest) === Math.sign(request.parent.value);
  if (!sharable || !sameSign || (restUnits !== 0 && weightsProblem(weights) !== null)) {
    return { ...base, status: "deleteFirst", toWrite: [] };
  }
  const shares = restUnits === 0 ? weights.map(() => 0) : apportion(restUnits, weights);
  return {
    ...base,
    status: "missingOnly",
    toWrite: missing.map((m, i) => ({ ...m.child, value: valueOfUnits(shares[i], unit) })),
  };
}
