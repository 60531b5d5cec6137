/**
 * The demo against the real reader and validator: clean demo data raises no error, and every injected
 * mistake raises the finding its kind names, on its row (SPEC §2).
 */
import { MISTAKES, demoRawTables, type DemoData, type DemoOptions } from "../../../src/core/demo";
import { buildMasterIndex } from "../../../src/core/lists";
import { addWorkingDays, buildCalendar } from "../../../src/core/periods";
import { readBook } from "../../../src/core/read";
import { tableDef } from "../../../src/core/schema/tables";
import { validateBook } from "../../../src/core/validate";
import type { Finding } from "../../../src/core/validate/finding";
import { spoiledRows } from "./diff";
import { column, demo } from "./tables";

const SIGN_OFF_DAYS = 2;

function validate(data: DemoData, lang: DemoOptions["lang"]): Finding[] {
  const { book, findings } = readBook(demoRawTables(data, lang));
  const calendar = buildCalendar(book.calendar);
  const lastDay = Math.max(
    ...(column(data, "VisitPlan", "date").filter((x) => typeof x === "number") as number[]),
  );
  return validateBook({
    book,
    readFindings: findings,
    index: buildMasterIndex(book),
    calendar,
    today: addWorkingDays(calendar, lastDay, 1),
    signOffOverdueDays: SIGN_OFF_DAYS,
  });
}

const codes = (findings: readonly Finding[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.code] = (counts[f.code] ?? 0) + 1;
  return counts;
};

describe("demo data through the reader and the validator", () => {
  it.each(["zh", "en"] as const)(
    "clean data (%s) raises no error, only the unplanned and missed visits and the customer warnings it has",
    (lang) => {
      const findings = validate(demo({ lang }), lang);
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      // W10–W13: customers gone quiet, lost ones not yet interviewed or still listed Active, under-visited.
      expect(Object.keys(codes(findings)).sort()).toEqual(["W01", "W02", "W10", "W11", "W12", "W13"]);
    },
  );

  it("raises, on each spoiled row, the finding its kind of mistake names", () => {
    const clean = demo();
    const messy = demo({ messy: 0.05 });
    const findings = validate(messy, "zh");
    const at = new Map<string, Set<string>>();
    for (const f of findings) {
      const k = `${f.table}|${f.row}`;
      if (!at.has(k)) at.set(k, new Set());
      at.get(k)!.add(`${f.code}|${f.column}`);
    }
    const dates = [...new Set(column(clean, "VisitPlan", "date") as number[])].sort((a, b) => a - b);
    const recent = new Set(dates.slice(-SIGN_OFF_DAYS));
    const expectOf = new Map(MISTAKES.map((m) => [m.kind, m.expect]));
    const misses: string[] = [];
    for (const table of ["VisitPlan", "DailyReport"] as const) {
      const keys = tableDef(table).columns.map((c) => c.key);
      const dateCol = keys.indexOf("date");
      for (const s of spoiledRows(table, clean.tables[table], messy.tables[table], keys)) {
        const found = at.get(`${table}|${s.index + 2}`) ?? new Set<string>();
        const code = expectOf.get(s.kind);
        // A sign-off is only overdue once the row is older than the allowance.
        const due =
          s.kind !== "missingSignOff" || !recent.has(clean.tables[table][s.index][dateCol] as number);
        if (code && due && !found.has(`${code}|${s.column}`))
          misses.push(`${table} row ${s.index + 2} ${s.kind}: no ${code}`);
        if (code === null && [...found].some((f) => f.startsWith("E") && f.endsWith(`|${s.column}`))) {
          misses.push(`${table} row ${s.index + 2} ${s.kind}: read as an error (${[...found].join(", ")})`);
        }
      }
    }
    expect(misses).toEqual([]);
    expect(codes(findings).E07 ?? 0).toBe(messy.injected.severeNotEscalated);
  });
});
