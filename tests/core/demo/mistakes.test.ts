import { MISTAKES, type MistakeKind } from "../../../src/core/demo";
import type { DemoData } from "../../../src/core/demo";
import { tableDef } from "../../../src/core/schema/tables";
import { spoiledRows, type Spoiled } from "./diff";
import { colOf, demo } from "./tables";

const keysOf = (table: "VisitPlan" | "DailyReport" | "MarketReport"): string[] =>
  tableDef(table).columns.map((c) => c.key);

function spoiled(clean: DemoData, messy: DemoData): Spoiled[] {
  return (["VisitPlan", "DailyReport"] as const).flatMap((table) =>
    spoiledRows(table, clean.tables[table], messy.tables[table], keysOf(table)),
  );
}

function countByKind(rows: readonly Spoiled[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  return counts;
}

describe("realistic mistakes (messy)", () => {
  const clean = demo({ messy: 0 });
  const messy = demo({ messy: 0.05 });
  const planAndReportRows = clean.tables.VisitPlan.length + clean.tables.DailyReport.length;

  it("messy = 0 injects nothing: every count is zero", () => {
    expect(Object.values(clean.injected)).toEqual(MISTAKES.map(() => 0));
    expect(Object.keys(clean.injected).sort()).toEqual(MISTAKES.map((m) => m.kind).sort());
  });

  it("keeps every clean row and every other table unchanged: messy data is clean data plus mistakes", () => {
    for (const table of [
      "Salespeople",
      "Customers",
      "Products",
      "Calendar",
      "Targets",
      "Complaints",
    ] as const) {
      expect(messy.tables[table]).toEqual(clean.tables[table]);
    }
    expect(messy.tables.VisitPlan).toHaveLength(clean.tables.VisitPlan.length);
    expect(messy.tables.DailyReport).toHaveLength(clean.tables.DailyReport.length);
  });

  it("messy = 0.05 spoils about 5 % of plan and report rows, one mistake each", () => {
    const rows = spoiled(clean, messy);
    const share = rows.length / planAndReportRows;
    expect(share).toBeGreaterThan(0.04);
    expect(share).toBeLessThan(0.06);
  });

  it("counts per kind exactly the mistakes it made", () => {
    const { severeNotEscalated, ...rowKinds } = messy.injected;
    expect(countByKind(spoiled(clean, messy))).toEqual(
      Object.fromEntries(Object.entries(rowKinds).filter(([, n]) => n > 0)),
    );
    const market = spoiledMarket(clean, messy);
    expect(market).toBe(severeNotEscalated);
  });

  it("makes every kind of mistake on a large enough sample", () => {
    const many = demo({ messy: 0.5, days: 20 });
    for (const { kind } of MISTAKES) expect([kind, many.injected[kind] > 0]).toEqual([kind, true]);
  });

  it("types text dates as a person would: year first when readable, month and day only when not", () => {
    const rows = spoiled(clean, messy);
    const dates = rows.filter((r) => r.kind === "textDate" || r.kind === "unreadableDate");
    expect(dates.length).toBeGreaterThan(0);
    for (const r of dates) {
      const text = messy.tables[r.table][r.index][colOf(r.table, "date")] as string;
      expect(text).toMatch(r.kind === "textDate" ? /^2026(\/|年)/ : /^\d{1,2}(\/|月)/);
    }
  });

  it("names the finding each kind should produce", () => {
    const expected: Record<MistakeKind, string | null> = {
      textDate: null,
      unreadableDate: "E02",
      fullWidthAmount: null,
      misspelledCustomer: "E03",
      customerVariant: "E03",
      customerSpaces: "E03",
      missingSignOff: "W03",
      negativeAmount: "E02",
      requiredBlank: "E01",
      yesNoOtherLanguage: null,
      severeNotEscalated: "E07",
    };
    expect(Object.fromEntries(MISTAKES.map((m) => [m.kind, m.expect]))).toEqual(expected);
  });
});

function spoiledMarket(clean: DemoData, messy: DemoData): number {
  const escalatedTo = colOf("MarketReport", "escalatedTo");
  let count = 0;
  clean.tables.MarketReport.forEach((row, i) => {
    const other = messy.tables.MarketReport[i];
    const changed = keysOf("MarketReport").filter(
      (k) => row[colOf("MarketReport", k)] !== other[colOf("MarketReport", k)],
    );
    if (changed.length === 0) return;
    expect(changed).toEqual(["escalatedTo"]);
    expect(row[colOf("MarketReport", "severity")]).toBe("严重");
    expect(row[colOf("MarketReport", "affectsSales")]).toBe("是");
    expect(other[escalatedTo]).toBeNull();
    count++;
  });
  return count;
}
