/**
 * References to the master lists: E03 (not in its list, or a variant of an entry), W04 (customer
 * and salesperson in different regions), W08 (an inactive salesperson or a churned customer used).
 */
import { parsePeriod } from "../periods";
import { TABLES } from "../schema/tables";
import type { ListSource, TableName } from "../schema/types";
import { rowsOf } from "./bookRows";
import type { RuleContext } from "./context";
import { findingAt } from "./emit";
import type { Finding } from "./finding";

/** E03 on every list reference that is not its list's entry as written there. */
export function listRule({ book, index }: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const def of TABLES) {
    const refs = def.columns.flatMap((c) =>
      c.type === "listRef" && c.list ? [{ key: c.key, list: c.list }] : [],
    );
    if (refs.length === 0) continue;
    for (const row of rowsOf(book, def.name)) {
      for (const { key, list } of refs) {
        const text = row[key];
        if (typeof text !== "string" || text === "") continue;
        const resolution = index.resolve(list, text);
        // An ID typed instead of the name is that entry (SPEC §1.1): no finding.
        if (resolution.kind === "exact" || resolution.kind === "id") continue;
        const at = { table: def.name, row: row.row, column: key, value: text };
        if (resolution.kind === "variant") {
          findings.push(findingAt("E03", at, { detail: "variant", suggestion: resolution.name }));
        } else if (resolution.suggestion !== null) {
          findings.push(findingAt("E03", at, { detail: "closest", suggestion: resolution.suggestion }));
        } else {
          findings.push(findingAt("E03", at));
        }
      }
    }
  }
  return findings;
}

/** W04 on a planned or reported visit to a customer outside the salesperson's region. */
export function regionRule({ book, index, nameId }: RuleContext): Finding[] {
  const regionOf = (
    list: "salespeople" | "customers",
    rows: readonly { name: string | null; region: string | null }[],
  ) => {
    const byName = new Map<string, string>();
    for (const r of rows)
      if (r.name !== null && r.region !== null && !byName.has(r.name)) byName.set(r.name, r.region);
    const byText = new Map<string, { name: string; region: string; id: number } | null>();
    return (text: string) => {
      let found = byText.get(text);
      if (found === undefined) {
        const name = index.canonical(list, text);
        const region = name === null ? undefined : byName.get(name);
        found =
          name === null || region === undefined ? null : { name, region, id: nameId("regions", region) };
        byText.set(text, found);
      }
      return found;
    };
  };
  const personRegion = regionOf("salespeople", book.salespeople);
  const customerRegion = regionOf("customers", book.customers);

  const findings: Finding[] = [];
  const check = (table: TableName, rows: typeof book.visitPlan | typeof book.dailyReport): void => {
    for (const row of rows) {
      if (row.salesperson === null || row.customer === null) continue;
      const person = personRegion(row.salesperson);
      const client = customerRegion(row.customer);
      if (person === null || client === null || person.id === client.id) continue;
      findings.push(
        findingAt(
          "W04",
          { table, row: row.row, column: "customer", value: row.customer },
          {
            args: {
              customer: client.name,
              customerRegion: client.region,
              salesperson: person.name,
              salespersonRegion: person.region,
            },
          },
        ),
      );
    }
  };
  check("VisitPlan", book.visitPlan);
  check("DailyReport", book.dailyReport);
  return findings;
}

/** Lists whose entries can leave: a salesperson who is no longer active, a customer who churned. */
const LEAVING: Partial<Record<ListSource, "salesperson" | "customer">> = {
  salespeople: "salesperson",
  customers: "customer",
  dealers: "customer",
};

/**
 * W08 on an inactive salesperson or churned customer used in a plan, report, market item,
 * complaint or survey, as a customer's owner, or in a target whose period has not ended: a past target is
 * history and stays as it was.
 */
export function inactiveRule({ book, index, today }: RuleContext): Finding[] {
  const inactive = new Set<string>();
  for (const p of book.salespeople) if (p.name !== null && p.active === false) inactive.add(p.name);
  const churned = new Set<string>();
  for (const c of book.customers) if (c.name !== null && c.status === "churned") churned.add(c.name);
  if (inactive.size === 0 && churned.size === 0) return [];

  const findings: Finding[] = [];
  for (const def of TABLES) {
    if (def.name === "Salespeople") continue;
    for (const column of def.columns) {
      const kind = column.list === undefined ? undefined : LEAVING[column.list];
      if (column.list === undefined || kind === undefined) continue;
      // Lost Customers is where churned customers belong: that is no use of one (SPEC §8.2).
      if (def.name === "LostCustomers" && kind === "customer") continue;
      const gone = kind === "salesperson" ? inactive : churned;
      for (const row of rowsOf(book, def.name)) {
        const text = row[column.key];
        if (typeof text !== "string" || text === "") continue;
        const name = index.canonical(column.list, text);
        if (name === null || !gone.has(name)) continue;
        if (def.name === "Targets" && !targetStillRuns(row.period, today)) continue;
        findings.push(
          findingAt(
            "W08",
            { table: def.name, row: row.row, column: column.key, value: text },
            { detail: kind, args: { name } },
          ),
        );
      }
    }
  }
  return findings;
}

function targetStillRuns(period: unknown, today: number): boolean {
  if (typeof period !== "string") return false;
  const parsed = parsePeriod(period);
  return parsed !== null && parsed.end >= today;
}
