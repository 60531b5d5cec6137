/**
 * W05 decomposition mismatch (SPEC §1.2), checked at every level that exists: salespeople → region,
 * months → quarter, quarters → year, and months → year where the year has no quarter rows (weeks need
 * not add up). Children are summed by the one target rule (src/core/targets), so the sums a finding
 * shows are the ones the Scorecard uses: a region's quarter is compared with its salespeople's targets
 * for that quarter however they are entered (a quarter, three months …), each resolved as their
 * Scorecard line resolves it. Keys are compared per metric, dealer and product.
 */
import type { Period } from "../periods/period";
import type { TargetRow } from "../model";
import { PeriodCache, targetEntry } from "../targets/book";
import { type TargetEntry, resolveTarget } from "../targets/resolution";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

type Entry = TargetEntry<TargetRow>;

/** One key's targets, grouped by canonical period. */
interface KeyTargets {
  readonly entries: Entry[];
  /** Canonical period text → its rows (duplicates add up, as SUMIFS would). */
  readonly byPeriod: Map<string, { period: Period; rows: Entry[] }>;
}

// Targets are entered by hand to cents; anything closer than half a cent adds up.
const adds = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;
const cents = (n: number): number => Math.round(n * 100) / 100;
const sum = (entries: readonly Entry[]): number => entries.reduce((total, e) => total + e.value, 0);

/** W05 on a parent target whose children do not add up to it, showing both sums. */
export function decompositionRule({ book, nameKey, calendar }: RuleContext): Finding[] {
  const regionOfPerson = new Map<string, string>();
  for (const p of book.salespeople)
    if (p.name !== null && p.region !== null) {
      const key = nameKey("salespeople", p.name);
      if (!regionOfPerson.has(key)) regionOfPerson.set(key, nameKey("regions", p.region));
    }
  const ref = (list: "dealers" | "products", text: string | null): string =>
    text === null ? "" : nameKey(list, text);

  const periods = new PeriodCache();
  const keys = new Map<string, KeyTargets>();
  /** Region key → the keys of its salespeople (same metric, dealer and product). */
  const peopleOf = new Map<string, Set<string>>();
  for (const row of book.targets) {
    const entry = targetEntry(row, periods);
    if (entry === null || row.metric === null) continue;
    const rest = `${row.metric}\u0000${ref("dealers", row.dealer)}\u0000${ref("products", row.product)}`;
    let key: string;
    if (row.salesperson === null) {
      if (row.region === null) continue;
      key = `r\u0000${nameKey("regions", row.region)}\u0000${rest}`;
    } else {
      const person = nameKey("salespeople", row.salesperson);
      key = `p\u0000${person}\u0000${rest}`;
      const region =
        regionOfPerson.get(person) ?? (row.region === null ? null : nameKey("regions", row.region));
      if (region !== null) {
        const regionKey = `r\u0000${region}\u0000${rest}`;
        const people = peopleOf.get(regionKey) ?? new Set<string>();
        people.add(key);
        peopleOf.set(regionKey, people);
      }
    }
    let targets = keys.get(key);
    if (targets === undefined) keys.set(key, (targets = { entries: [], byPeriod: new Map() }));
    targets.entries.push(entry);
    const same = targets.byPeriod.get(entry.period.text);
    if (same) same.rows.push(entry);
    else targets.byPeriod.set(entry.period.text, { period: entry.period, rows: [entry] });
  }

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
  const check = (
    parent: readonly Entry[],
    children: readonly Entry[],
    view: Period,
    detail: string,
  ): void => {
    const resolved = resolveTarget(children, view, calendar);
    if (resolved !== null && !adds(sum(parent), resolved.value))
      mismatch(parent[0].row, detail, sum(parent), resolved.value);
  };

  for (const [key, targets] of keys) {
    // Salespeople to their region: each person's target for the region's period, as their line has it.
    const people = key.startsWith("r\u0000") ? [...(peopleOf.get(key) ?? [])] : [];
    for (const { period, rows } of targets.byPeriod.values()) {
      if (people.length === 0) continue;
      let children: number | null = null;
      for (const person of people) {
        const resolved = resolveTarget((keys.get(person) as KeyTargets).entries, period, calendar);
        if (resolved !== null) children = (children ?? 0) + resolved.value;
      }
      if (children !== null && !adds(sum(rows), children))
        mismatch(rows[0].row, "salespeople", sum(rows), children);
    }
    // Months to their quarter; quarters to their year, or months where the year has no quarters.
    for (const { period, rows } of targets.byPeriod.values()) {
      if (period.kind !== "quarter" && period.kind !== "year") continue;
      const inside = (kind: Period["kind"]): Entry[] =>
        targets.entries.filter(
          (e) => e.period.kind === kind && e.period.start >= period.start && e.period.end <= period.end,
        );
      const quarters = period.kind === "year" ? inside("quarter") : [];
      if (quarters.length > 0) check(rows, quarters, period, "quarters");
      else check(rows, inside("month"), period, "months");
    }
  }
  return findings;
}
