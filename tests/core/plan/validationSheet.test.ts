import { buildValidationSheet, quoteSheet, templateLocations } from "../../../src/core/plan";
import { cellOf } from "../../../src/core/read";
import type { Lang } from "../../../src/core/schema/types";
import type { Finding } from "../../../src/core/validate/finding";
import { expectGolden } from "../../support/golden";

const finding = (over: Partial<Finding>): Finding => ({
  code: "E01",
  severity: "error",
  table: "DailyReport",
  row: 7,
  column: "customer",
  value: null,
  messageKey: "finding.E01",
  args: { column: "customer" },
  suggestion: null,
  ...over,
});

/** The findings as validation hands them over: each with its cell in a workbook that set-up laid out. */
const located = (lang: Lang, findings: readonly Finding[]): Finding[] =>
  findings.map((f) => ({ ...f, cell: cellOf(templateLocations(lang), f.table, f.row, f.column) }));

const FINDINGS: Finding[] = [
  finding({}),
  finding({
    code: "E03",
    table: "Customers",
    row: 5,
    column: "owner",
    value: "=王伟",
    messageKey: "finding.E03",
    args: { column: "owner", value: "=王伟", list: "salespeople" },
    suggestion: "王伟",
  }),
  finding({
    code: "W08",
    severity: "warning",
    table: "VisitPlan",
    row: 3,
    column: "salesperson",
    value: "赵强",
    messageKey: "finding.W08",
    args: { salesperson: "赵强" },
  }),
  finding({
    code: "W09",
    severity: "warning",
    row: null,
    column: null,
    messageKey: "finding.W09",
    args: { salesperson: "赵强", date: "2026-11-19" },
  }),
];

describe("validation sheet (SPEC §2)", () => {
  test("matches the reviewed golden plan", () => {
    expectGolden("validation-en", buildValidationSheet("en", located("en", FINDINGS)));
    expectGolden("validation-zh", buildValidationSheet("zh", located("zh", FINDINGS)));
  });

  test("counts errors, warnings and linked findings on top", () => {
    const sheet = buildValidationSheet("en", located("en", FINDINGS));
    expect(sheet.writes.find((w) => w.address === "A3:C3")?.values).toEqual([[2, 2, 3]]);
    expect(sheet.writes.find((w) => w.address === "A2:C2")?.values).toEqual([
      ["Errors", "Warnings", "With a link"],
    ]);
  });

  test("the summary counts findings by rule × table × salesperson, largest first", () => {
    const findings = [...FINDINGS, finding({ row: 9 }), finding({ row: 12 })];
    const people = ["王伟", null, "赵强", "赵强", "王伟", "李娜"];
    const sheet = buildValidationSheet("zh", located("zh", findings), { salespeople: people });
    expect(sheet.writes.find((w) => w.address === "A7:E7")?.values).toEqual([
      ["代码", "规则", "工作表", "销售员", "条数"],
    ]);
    expect(sheet.writes.find((w) => w.address === "A8:D12")?.values).toEqual([
      ["E01", "必填项为空", "每日销售报告", "王伟"],
      ["E01", "必填项为空", "每日销售报告", "李娜"],
      ["E03", "不在列表中", "基础资料 › 客户", "（无销售员）"],
      ["W08", "使用离职人员或流失客户", "拜访计划", "赵强"],
      ["W09", "未提交日报", "每日销售报告", "赵强"],
    ]);
    expect(sheet.writes.find((w) => w.address === "E8:E12")?.values).toEqual([[2], [1], [1], [1], [1]]);
  });

  test("each finding with a row links to its cell, sheet name quoted, below the summary", () => {
    const sheet = buildValidationSheet("en", located("en", FINDINGS));
    expect(sheet.hyperlinks.map((h) => [h.address, h.target, h.text])).toEqual([
      ["K15", "'Daily Report'!D7", "D7"],
      ["K16", "'Lists'!L5", "L5"],
      ["K17", "'Visit Plan'!B3", "B3"],
    ]);
    expect(buildValidationSheet("zh", located("zh", FINDINGS)).hyperlinks[0].target).toBe(
      "'每日销售报告'!D7",
    );
  });

  test("links stop at the limit; every finding still shows its sheet and cell as text", () => {
    const many = Array.from({ length: 30 }, (_, i) => finding({ row: 10 + i }));
    const sheet = buildValidationSheet("en", located("en", many), { linkLimit: 5 });
    expect(sheet.hyperlinks).toHaveLength(5);
    const details = sheet.writes.find((w) => w.text && w.address.startsWith("E") && w.values.length === 30)!;
    expect(details.values.map((line) => [line[1], line[2]])).toEqual(
      many.map((f) => ["Daily Report", `D${f.row}`]),
    );
    expect(sheet.writes.find((w) => w.address === "A3:C3")?.values).toEqual([[30, 0, 5]]);
  });

  test("errors come before warnings in the list", () => {
    const sheet = buildValidationSheet("en", located("en", [FINDINGS[2], FINDINGS[0]]));
    const codes = sheet.writes.find((w) => w.address === "A13:C14")?.values.map((line) => line[1]);
    expect(codes).toEqual(["E01", "W08"]);
  });

  test("a link follows the table where the reader found it, not where set-up would put it", () => {
    const moved = new Map(templateLocations("en"));
    moved.set("DailyReport", {
      sheet: "Reports 2026",
      byKey: { customer: "Customer" },
      headerRow: 4,
      firstColumn: 2,
      columns: new Map([["customer", 9]]),
    });
    const [link] = buildValidationSheet("en", [
      { ...FINDINGS[0], cell: cellOf(moved, "DailyReport", 7, "customer") },
    ]).hyperlinks;
    expect(link.target).toBe("'Reports 2026'!J7");
  });

  test("a quote in a sheet name is doubled inside the quotes", () => {
    expect(quoteSheet("Tom's plan")).toBe("'Tom''s plan'");
    expect(cellOf(templateLocations("en"), "Calendar", 4, "kind")).toEqual({ sheet: "Lists", address: "W4" });
  });

  test("values and suggestions are written as text, messages in the workbook language", () => {
    const sheet = buildValidationSheet("zh", located("zh", FINDINGS));
    const details = sheet.writes.find((w) => w.address === "E15:J18")!;
    expect(details.text).toBe(true);
    expect(details.values[1]).toEqual([
      "负责销售员",
      "基础资料",
      "L5",
      "=王伟",
      expect.stringMatching(/[\u4e00-\u9fff]/),
      "王伟",
    ]);
  });

  test("no findings gives the headers and zero counts", () => {
    const sheet = buildValidationSheet("en", []);
    expect(sheet.hyperlinks).toEqual([]);
    expect(sheet.writes.find((w) => w.address === "A3:C3")?.values).toEqual([[0, 0, 0]]);
  });
});
