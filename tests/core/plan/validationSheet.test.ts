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

  test("counts errors and warnings on top", () => {
    const sheet = buildValidationSheet("en", FINDINGS);
    expect(sheet.writes.find((w) => w.address === "A3:B3")?.values).toEqual([[2, 2]]);
    expect(sheet.writes.find((w) => w.address === "A2:B2")?.values).toEqual([["Errors", "Warnings"]]);
  });

  test("each finding with a row links to its cell, sheet name quoted", () => {
    const sheet = buildValidationSheet("en", located("en", FINDINGS));
    expect(sheet.hyperlinks.map((h) => [h.address, h.target, h.text])).toEqual([
      ["I5", "'Daily Report'!D7", "D7"],
      ["I6", "'Lists'!L5", "L5"],
      ["I7", "'Visit Plan'!B3", "B3"],
    ]);
    expect(buildValidationSheet("zh", located("zh", FINDINGS)).hyperlinks[0].target).toBe(
      "'每日销售报告'!D7",
    );
  });

  test("a link follows the table where the reader found it, not where set-up would put it", () => {
    const moved = new Map(templateLocations("en"));
    moved.set("DailyReport", {
      sheet: "Reports 2026",
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
    const sheet = buildValidationSheet("zh", FINDINGS);
    const details = sheet.writes.find((w) => w.address === "E5:H8")!;
    expect(details.text).toBe(true);
    expect(details.values[1][0]).toBe("负责销售员");
    expect(details.values[1][1]).toBe("=王伟");
    expect(details.values[1][3]).toBe("王伟");
    expect(String(details.values[1][2])).toMatch(/[\u4e00-\u9fff]/);
  });

  test("no findings gives the headers and zero counts", () => {
    const sheet = buildValidationSheet("en", []);
    expect(sheet.hyperlinks).toEqual([]);
    expect(sheet.writes.find((w) => w.address === "A3:B3")?.values).toEqual([[0, 0]]);
  });
});
