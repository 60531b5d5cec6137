import { isSalesPaceError, SalesPaceError } from "../../../src/core/errors";
import { readBook, readTable } from "../../../src/core/read";
import type { RawCell, RawTable } from "../../../src/core/read/raw";
import type { TableName } from "../../../src/core/schema/types";
import { TABLES } from "../../../src/core/schema/tables";
import { matchKey } from "../../../src/core/text/fold";
import * as rows from "../../support/rows";
import { dayFromIso } from "../../support/day";

function grid<T extends TableName>(
  table: T,
  headers: RawCell[],
  data: RawCell[][],
  headerRow = 1,
): RawTable & { table: T } {
  return { table, sheet: "Daily Report", headerRow, firstColumn: 0, headers, rows: data };
}

describe("readBook", () => {
  it("reads sign-off under the header older workbooks have (主管签核) as under today's (主管核签)", () => {
    for (const header of ["主管签核", "主管核签"]) {
      const { book } = readBook([
        grid("DailyReport", ["日期", "销售员", "出勤", header], [[46353, "王伟", "出勤", "李强"]]),
      ]);
      expect(book.dailyReport[0].approvedBy).toBe("李强");
    }
  });

  it("reads a daily report typed under English headers into typed rows", () => {
    const { book, findings } = readBook([
      grid(
        "DailyReport",
        ["Date", "Salesperson", "Attendance", "Customer", "Purpose", "Order amount", "New outlet"],
        [[46353, "王伟", "Present", "华联超市", "Order", 1200, "Y"]],
      ),
    ]);
    expect(findings).toEqual([]);
    expect(book.dailyReport).toHaveLength(1);
    expect(book.dailyReport[0]).toMatchObject({
      row: 2,
      date: 46353,
      salesperson: "王伟",
      attendance: "present",
      customer: "华联超市",
      purpose: "order",
      orderAmount: 1200,
      newOutlet: true,
      grossMargin: null,
      comment: null,
    });
    expect(book.dailyReport[0].unreadable.size).toBe(0);
  });

  it("reads Chinese headers in any order, ignoring case, spaces and full width, and tolerates extra columns", () => {
    const { book } = readBook([
      grid(
        "DailyReport",
        ["备注", " 出勤 ", "订货金额", "销售员", "日期", "ＯＲＤＥＲ  amount"],
        [["随便写", "出勤", "¥1,500", "李娜", "2026年11月27日", 99]],
      ),
    ]);
    expect(book.dailyReport[0]).toMatchObject({
      date: dayFromIso("2026-11-27"),
      salesperson: "李娜",
      attendance: "present",
      orderAmount: 1500,
    });
  });

  it("reads the §8 templates under Chinese, English and mixed headers: scores as numbers, channels and reasons as keys", () => {
    const { book, findings } = readBook([
      grid(
        "Satisfaction",
        [
          "日期",
          "客户",
          "负责销售员",
          "调查方式",
          "Product quality",
          "交付",
          "服务",
          "价格",
          "总体满意度",
          "推荐意愿",
          "意见建议",
        ],
        [[46353, "华联超市", "王伟", "电话", 4, "５", 3, 2, 4, 9, "=送货慢"]],
      ),
      grid(
        "LostCustomers",
        [
          "Lost on",
          "Customer",
          "Salesperson",
          "Reason",
          "Competitor",
          "Interviewed on",
          "What they said",
          "Improvement",
          "责任人",
          "状态",
          "挽回日期",
        ],
        [["2026-11-02", "华联超市", "王伟", "竞品吸引", "康师傅", "", "价格低", "", "李娜", "Open", ""]],
      ),
    ]);
    expect(findings).toEqual([]);
    expect(book.satisfaction[0]).toMatchObject({
      date: 46353,
      channel: "phone",
      productQuality: 4,
      delivery: 5,
      overall: 4,
      recommend: 9,
      comments: "=送货慢",
    });
    expect(book.lostCustomers[0]).toMatchObject({
      lostOn: dayFromIso("2026-11-02"),
      reason: "competitorOffer",
      interviewedOn: null,
      owner: "李娜",
      status: "open",
    });
  });

  it("reads a score off its scale as typed (E09 judges it) and a score that is no number as E02", () => {
    const { book, findings } = readBook([
      grid("Satisfaction", ["Date", "Customer", "Overall", "Recommend"], [[46353, "华联超市", 6, "很好"]]),
    ]);
    expect(book.satisfaction[0]).toMatchObject({ overall: 6, recommend: null });
    expect(findings.map((f) => [f.code, f.column])).toEqual([["E02", "recommend"]]);
  });

  it("gives tables absent from the grids as empty arrays", () => {
    const { book, findings } = readBook([]);
    expect(book).toEqual(rows.book());
    expect(findings).toEqual([]);
  });

  it("skips entirely blank rows but keeps worksheet row numbers for the others", () => {
    const { book } = readBook([
      grid(
        "Calendar",
        ["Date", "Kind", "Note"],
        [[46353, "Holiday", ""], ["", "", "  "], [], [46354, "休息日", "国庆"]],
        4,
      ),
    ]);
    expect(book.calendar.map((r) => r.row)).toEqual([5, 8]);
    expect(book.calendar[1]).toMatchObject({ date: 46354, kind: "holiday", note: "国庆" });
  });

  it("makes exactly one finding per unreadable cell, pointing at its worksheet row and column", () => {
    const { book, findings } = readBook([
      grid(
        "DailyReport",
        ["Date", "Salesperson", "Attendance", "Order amount", "Expense", "New outlet"],
        [
          [46353, "王伟", "Present", 100, 5, "Y"],
          ["11/27/2026", "王伟", "Presnt", -100, "#N/A", "maybe"],
        ],
        10,
      ),
    ]);
    expect(findings.map((f) => [f.code, f.row, f.column, f.messageKey])).toEqual([
      ["E02", 12, "date", "finding.E02.date"],
      ["E03", 12, "attendance", "finding.E03.enum"],
      ["E02", 12, "orderAmount", "finding.E02.negative"],
      ["E02", 12, "newOutlet", "finding.E02.yesNo"],
      ["E02", 12, "expense", "finding.E02.errorValue"],
    ]);
    expect(findings[1]).toMatchObject({
      severity: "error",
      table: "DailyReport",
      value: "Presnt",
      args: { column: "attendance", value: "Presnt" },
      suggestion: "Present",
    });
    expect(findings[4].args).toEqual({ column: "expense", value: "#N/A" });
    expect(findings[0].args).toEqual({ column: "date" });
    const bad = book.dailyReport[1];
    expect([...bad.unreadable].sort()).toEqual(["attendance", "date", "expense", "newOutlet", "orderAmount"]);
    expect(bad).toMatchObject({
      date: null,
      attendance: null,
      orderAmount: null,
      expense: null,
      newOutlet: null,
    });
  });

  it("throws ColumnMissing naming the table, the sheet and the column in both languages", () => {
    const read = () => readBook([grid("DailyReport", ["Date", "Salesperson"], [])]);
    expect(read).toThrow(SalesPaceError);
    try {
      read();
    } catch (error) {
      expect(isSalesPaceError(error, "ColumnMissing")).toBe(true);
      const e = error as SalesPaceError;
      expect(e.message).toContain("DailyReport");
      expect(e.message).toContain('"Daily Report"');
      expect(e.message).toContain("Attendance");
      expect(e.message).toContain("出勤");
      expect(e.args).toMatchObject({ table: "DailyReport", column: "Attendance", sheet: "Daily Report" });
    }
  });

  it("reads a missing optional column as null", () => {
    const table = readTable(grid("Calendar", ["日期", "类型"], [[46353, "调休上班日"]]));
    expect(table.rows[0]).toMatchObject({ date: 46353, kind: "workday", note: null });
  });

  it("gives every table's rows exactly the fields of the typed row (schema and model agree)", () => {
    const builders: Record<TableName, () => object> = {
      Salespeople: () => rows.salesperson(),
      Customers: () => rows.customer(),
      Products: () => rows.product(),
      Calendar: () => rows.calendarDay(),
      Targets: () => rows.target(),
      VisitPlan: () => rows.visitPlan(),
      DailyReport: () => rows.dailyReport(),
      MarketReport: () => rows.marketReport(),
      Complaints: () => rows.complaint(),
      Satisfaction: () => rows.survey(),
      LostCustomers: () => rows.lostCustomer(),
    };
    for (const def of TABLES) {
      const headers = def.columns.map((c) => c.header.en);
      const filled = def.columns.map((): RawCell => "x");
      const read = readTable(grid(def.name, headers, [filled]));
      expect(Object.keys(read.rows[0]).sort()).toEqual(Object.keys(builders[def.name]()).sort());
    }
  });

  it("gives rows equal to the same rows built by the test builders", () => {
    const table = readTable(grid("Calendar", ["Date", "Kind", "Note"], [[46353, "Holiday", "  "]]));
    expect(table.rows).toStrictEqual([rows.calendarDay({ row: 2, date: 46353, kind: "holiday" })]);
  });

  it("refuses changes to the unreadable set shared by fully read rows", () => {
    const table = readTable(grid("Calendar", ["Date", "Kind"], [[46353, "Holiday"]]));
    expect(() => (table.rows[0].unreadable as Set<string>).add("date")).toThrow();
    expect(table.rows[0].unreadable.size).toBe(0);
  });

  it("can tell every column of a table apart by its header in either language", () => {
    for (const def of TABLES) {
      const folded = def.columns.flatMap((c) => [...new Set([matchKey(c.header.en), matchKey(c.header.zh)])]);
      expect(new Set(folded).size).toBe(folded.length);
    }
  });

  it("reads the first grid when a table is given twice", () => {
    const { book } = readBook([
      grid("Calendar", ["Date", "Kind"], [[46353, "Holiday"]]),
      grid("Calendar", ["Date", "Kind"], [[46354, "Workday"]]),
    ]);
    expect(book.calendar.map((r) => r.date)).toEqual([46353]);
  });

  it("lists findings by table in set-up order, then by row", () => {
    const { findings } = readBook([
      grid("DailyReport", ["Date", "Salesperson", "Attendance"], [["bad", "王伟", "出勤"]]),
      grid(
        "Calendar",
        ["Date", "Kind"],
        [
          [46353, "Feast"],
          ["2026-13-01", "Holiday"],
        ],
      ),
    ]);
    expect(findings.map((f) => `${f.table}:${f.row}:${f.column}`)).toEqual([
      "Calendar:2:kind",
      "Calendar:3:date",
      "DailyReport:2:date",
    ]);
  });
});
