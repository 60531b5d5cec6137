/**
 * The top of the Validation sheet: how many findings of each rule each salesperson has in each table,
 * largest first, so a supervisor sees whom to chase before reading 50,000 lines.
 */
import type { SalesBook } from "../model";
import type { TableName } from "../schema/types";
import type { Finding, FindingCode } from "../validate/finding";

export interface SummaryLine {
  readonly code: FindingCode;
  readonly table: TableName;
  /** The salesperson the rows belong to; null for master-list rows that belong to nobody. */
  readonly salesperson: string | null;
  readonly findings: number;
}

/** Each row's salesperson, per table; master lists that belong to nobody have none. */
const OWNERS: Readonly<Record<TableName, ((book: SalesBook) => [number, string | null][]) | null>> = {
  Salespeople: (b) => b.salespeople.map((r) => [r.row, r.name]),
  Customers: (b) => b.customers.map((r) => [r.row, r.owner]),
  Products: null,
  Calendar: null,
  Targets: (b) => b.targets.map((r) => [r.row, r.salesperson]),
  VisitPlan: (b) => b.visitPlan.map((r) => [r.row, r.salesperson]),
  DailyReport: (b) => b.dailyReport.map((r) => [r.row, r.salesperson]),
  MarketReport: (b) => b.marketReport.map((r) => [r.row, r.reporter]),
  Complaints: (b) => b.complaints.map((r) => [r.row, r.salesperson]),
  Satisfaction: (b) => b.satisfaction.map((r) => [r.row, r.salesperson]),
  LostCustomers: (b) => b.lostCustomers.map((r) => [r.row, r.salesperson]),
};

/**
 * The salesperson of each finding (same order): the one its message names, else the one on its row.
 *
 * @example findingSalespeople(book, findings)[0] // "王伟"
 */
export function findingSalespeople(book: SalesBook, findings: readonly Finding[]): (string | null)[] {
  const wanted = new Map<TableName, Set<number>>();
  for (const f of findings) {
    if (f.row === null || typeof f.args.salesperson === "string") continue;
    const rows = wanted.get(f.table) ?? new Set<number>();
    rows.add(f.row);
    wanted.set(f.table, rows);
  }
  const owners = new Map<string, string | null>();
  for (const [table, rows] of wanted) {
    const owner = OWNERS[table];
    if (!owner) continue;
    for (const [row, name] of owner(book)) {
      if (rows.has(row)) owners.set(`${table}:${row}`, name !== null && name !== "" ? name : null);
    }
  }
  return findings.map((f) => {
    if (typeof f.args.salesperson === "string") return f.args.salesperson;
    return f.row === null ? null : (owners.get(`${f.table}:${f.row}`) ?? null);
  });
}

/**
 * Findings counted by rule × table × salesperson, the largest counts first (then by code, table, name).
 *
 * @example summarizeFindings(findings, people)[0] // { code: "W03", table: "DailyReport", salesperson: "王伟", findings: 212 }
 */
export function summarizeFindings(
  findings: readonly Finding[],
  salespeople: readonly (string | null)[],
): SummaryLine[] {
  const lines = new Map<
    string,
    { code: FindingCode; table: TableName; salesperson: string | null; findings: number }
  >();
  findings.forEach((f, i) => {
    const salesperson = salespeople[i] ?? null;
    const key = `${f.code}\u0000${f.table}\u0000${salesperson ?? ""}`;
    const line = lines.get(key);
    if (line) line.findings++;
    else lines.set(key, { code: f.code, table: f.table, salesperson, findings: 1 });
  });
  const text = (s: string | null) => s ?? "";
  return [...lines.values()].sort(
    (a, b) =>
      b.findings - a.findings ||
      a.code.localeCompare(b.code) ||
      a.table.localeCompare(b.table) ||
      (text(a.salesperson) < text(b.salesperson) ? -1 : text(a.salesperson) > text(b.salesperson) ? 1 : 0),
  );
}
