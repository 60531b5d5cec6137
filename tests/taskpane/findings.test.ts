import type { Finding, FindingCode } from "../../src/core/validate/finding";
import { severityOf } from "../../src/core/validate/finding";
import type { TableName } from "../../src/core/schema/types";
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
