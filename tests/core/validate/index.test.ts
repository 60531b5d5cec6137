import fc from "fast-check";
import type { SalesBook } from "../../../src/core/model";
import { ENUMS } from "../../../src/core/schema/enums";
import { TABLES } from "../../../src/core/schema/tables";
import type { ColumnDef } from "../../../src/core/schema/types";
import { rowsOf } from "../../../src/core/validate/bookRows";
import type { Finding } from "../../../src/core/validate/finding";
import { severityOf } from "../../../src/core/validate/finding";
import { sortFindings } from "../../../src/core/validate";
import {
  book,
  complaint,
  d,
  dailyReport,
  marketReport,
  resetRowNumbers,
  target,
  visitPlan,
} from "../../support/rows";
import { runAll, team, TODAY } from "./harness";

beforeEach(() => resetRowNumbers());

const readFinding = (row: number, column: string): Finding => ({
  code: "E02",
  severity: "error",
  table: "DailyReport",
  row,
  column,
  value: "2026-13-45",
  messageKey: "finding.E02.date",
  args: { column },
  suggestion: null,
});

describe("validateBook", () => {
  it("returns the reader's findings with every rule's, by table, row, column and code", () => {
    const rows = [
      dailyReport({ row: 3, date: d("2026-11-30"), salesperson: "王五" }),
      dailyReport({ row: 2, salesperson: "王伟", unreadable: ["date"] }),
    ];
    const item = marketReport({ row: 2, date: d("2026-11-20"), severity: "severe", affectsSales: true });
    const findings = runAll(book({ ...team(), dailyReport: rows, marketReport: [item] }), {
      readFindings: [readFinding(2, "date")],
    });
    expect(findings.map((f) => [f.table, f.row, f.column, f.code])).toEqual([
      // The team's customers were never visited (W10, W13); 老客户 is Churned with no loss row (W12).
      ["Customers", 8, "name", "W10"],
      ["Customers", 8, "name", "W13"],
      ["Customers", 9, "name", "W10"],
      ["Customers", 9, "name", "W13"],
      ["Customers", 10, "status", "W12"],
      ["DailyReport", 2, "date", "E02"],
      ["DailyReport", 3, "date", "E05"],
      ["DailyReport", 3, "salesperson", "E03"],
      ["MarketReport", 2, "reporter", "E01"],
      ["MarketReport", 2, "category", "E01"],
      ["MarketReport", 2, "description", "E01"],
      ["MarketReport", 2, "escalatedTo", "E07"],
      ["MarketReport", 2, "status", "E01"],
    ]);
  });

  it("puts findings about a person (no row) after the rows of their table, in the order the rule made them", () => {
    const w09 = (salesperson: string): Finding => ({
      code: "W09",
      severity: "warning",
      table: "DailyReport",
      row: null,
      column: null,
      value: salesperson,
      messageKey: "finding.W09",
      args: { salesperson, date: "2026-11-26" },
      suggestion: null,
    });
    const sorted = sortFindings([w09("王伟"), readFinding(9, "date"), w09("李娜"), readFinding(2, "date")]);
    expect(sorted.map((f) => f.row ?? f.value)).toEqual([2, 9, "王伟", "李娜"]);
  });

  it("gives every finding the severity of its code and a message key in the catalogue", () => {
    const findings = runAll(
      book({
        ...team(),
        targets: [target({ period: "2026-13", region: "华东", metric: "sales", target: 5 })],
        visitPlan: [
          visitPlan({ date: d("2026-11-20"), salesperson: "王伟", customer: "北方商贸", purpose: "order" }),
        ],
        complaints: [complaint({ received: d("2026-11-20"), closedOn: d("2026-11-02") })],
      }),
    );
    expect(new Set(findings.map((f) => f.code))).toEqual(
      new Set(["E06", "W04", "W02", "W03", "E01", "E08", "W10", "W12", "W13"]),
    );
    for (const f of findings) expect(f.severity).toBe(severityOf(f.code));
  });

  it("never changes the book it validates", () => {
    const parts = {
      ...team(),
      dailyReport: [dailyReport({ date: d("2026-11-26"), salesperson: "S001", customer: "ｈｕａ" })],
    };
    const before = book(parts);
    const copy = structuredClone(before);
    runAll(before);
    expect(before).toEqual(copy);
  });
});

// Random typed rows, as the reader could hand them over (including cells it could not read).
const NAMES = [
  "王伟",
  "李娜",
  "张强",
  "S001",
  "华联超市",
  "北方商贸",
  "C003",
  "老客户",
  "矿泉水",
  "华东",
  "华北",
  "ＷＡＮＧ",
  "=1+1",
  "",
  "x",
];
const PERIODS = ["2026", "2026-Q4", "2026-11", "2026-W48", "2026-13", "2026/11", "Q4", ""];

function cellArbitrary(column: ColumnDef): fc.Arbitrary<unknown> {
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
  switch (column.type) {
    case "date":
      return maybe(fc.integer({ min: TODAY - 80, max: TODAY + 5 }));
    case "time":
      return maybe(fc.constantFrom("09:30", "14:00"));
    case "number":
      return maybe(fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    case "money":
    case "count":
      return maybe(fc.integer({ min: 0, max: 100000 }));
    case "yesNo":
      return maybe(fc.boolean());
    case "enum":
      return maybe(fc.constantFrom(...ENUMS[column.enumName ?? "metric"].map((e) => e.key)));
    case "period":
      return maybe(fc.constantFrom(...PERIODS));
    default:
      return maybe(fc.constantFrom(...NAMES));
  }
}

const bookArbitrary: fc.Arbitrary<SalesBook> = fc
  .tuple(
    ...TABLES.map((def) =>
      fc.array(
        fc.tuple(fc.tuple(...def.columns.map(cellArbitrary)), fc.subarray(def.columns.map((c) => c.key))),
        { maxLength: 8 },
      ),
    ),
  )
  .map((tables) => {
    const result = book();
    TABLES.forEach((def, t) => {
      const rows = rowsOf(result, def.name) as unknown as Record<string, unknown>[];
      tables[t].forEach(([values, unreadable], i) => {
        const row: Record<string, unknown> = { row: i + 2, unreadable: new Set(unreadable) };
        def.columns.forEach((c, k) => (row[c.key] = unreadable.includes(c.key) ? null : values[k]));
        rows.push(row);
      });
    });
    return result;
  });

describe("validateBook on any typed rows", () => {
  it("never throws, and describes every finding it makes in zh and en", () => {
    fc.assert(
      fc.property(bookArbitrary, fc.integer({ min: 0, max: 5 }), (randomBook, days) => {
        const findings = runAll(randomBook, { signOffOverdueDays: days });
        for (const f of findings) expect(f.severity).toBe(severityOf(f.code));
      }),
      { numRuns: 200 },
    );
  });
});
