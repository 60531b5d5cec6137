import type { BookInventory } from "../../src/core/actions/port";
import type { Finding, FindingCode } from "../../src/core/validate/finding";
import { severityOf } from "../../src/core/validate/finding";
import type { TableName } from "../../src/core/schema/types";
import { findingCell } from "../../src/taskpane/findingCell";
import { NO_FILTER, groupFindings } from "../../src/taskpane/findingGroups";

function finding(
  code: FindingCode,
  table: TableName,
  row: number | null,
  column: string | null,
  value = "",
): Finding {
  return {
    code,
    severity: severityOf(code),
    table,
    row,
    column,
    value,
    messageKey: `finding.${code}`,
    args: {},
    suggestion: null,
  };
}

const inventory: BookInventory = {
  sheets: ["Lists", "Daily Report"],
  settings: null,
  tables: [
    {
      table: "DailyReport",
      sheet: "每日销售报告",
      headers: ["日期", "销售员", "出勤", "客户", "拜访目的"],
      rowCount: 10,
    },
    { table: "Customers", sheet: "Lists", headers: ["ID", "Name", "Type", "Region"], rowCount: 3 },
  ],
};

describe("clicking a finding selects its cell", () => {
  it("points a Daily report customer finding at column D of the row, on the sheet as found", () => {
    expect(findingCell(finding("E03", "DailyReport", 7, "customer"), inventory)).toEqual({
      sheet: "每日销售报告",
      address: "D7",
    });
  });

  it("finds a column by its header in either language", () => {
    const swapped: BookInventory = {
      ...inventory,
      tables: [{ ...inventory.tables[0], headers: ["Date", "Customer", "Salesperson"] }],
    };
    expect(findingCell(finding("E01", "DailyReport", 3, "customer"), swapped)?.address).toBe("B3");
  });

  it("offsets a list table by where set-up put it on the Lists sheet", () => {
    // Customers sits to the right of Salespeople (6 columns + 1 empty) on Lists.
    expect(findingCell(finding("E03", "Customers", 4, "region"), inventory)).toEqual({
      sheet: "Lists",
      address: "K4",
    });
  });

  it("gives no cell for a table that is not in the workbook", () => {
    expect(findingCell(finding("E01", "Targets", 2, "period"), inventory)).toBeNull();
  });
});

describe("findings grouped by severity and table", () => {
  const findings = [
    finding("W01", "DailyReport", 5, "customer"),
    finding("E03", "DailyReport", 4, "customer", "Acme"),
    finding("E06", "Targets", 2, "period", "2026-13"),
    finding("E01", "DailyReport", 9, "date"),
  ];
  const describe_ = (f: Finding) => `message ${f.code}`;

  it("puts errors first and tables in set-up order, with every finding counted once", () => {
    const groups = groupFindings(findings, NO_FILTER, describe_);
    expect(groups.map((g) => [g.severity, g.table, g.findings.length])).toEqual([
      ["error", "Targets", 1],
      ["error", "DailyReport", 2],
      ["warning", "DailyReport", 1],
    ]);
  });

  it("filters by severity, table and text in the message or the value", () => {
    const bySeverity = groupFindings(findings, { ...NO_FILTER, severity: "warning" }, describe_);
    expect(bySeverity.flatMap((g) => g.findings.map((f) => f.code))).toEqual(["W01"]);
    const byTable = groupFindings(findings, { ...NO_FILTER, table: "Targets" }, describe_);
    expect(byTable.flatMap((g) => g.findings.map((f) => f.code))).toEqual(["E06"]);
    const byText = groupFindings(findings, { ...NO_FILTER, text: "acme" }, describe_);
    expect(byText.flatMap((g) => g.findings.map((f) => f.code))).toEqual(["E03"]);
  });

  it("does not describe findings when there is no text to look for (400,000 rows stay quick)", () => {
    const describe = jest.fn(() => "");
    groupFindings(findings, NO_FILTER, describe);
    expect(describe).not.toHaveBeenCalled();
  });
});
