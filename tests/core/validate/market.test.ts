import { escalationRule } from "../../../src/core/validate/market";
import { book, d, marketReport, resetRowNumbers } from "../../support/rows";
import { cells, runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

const severe = (over: Parameters<typeof marketReport>[0] = {}) =>
  marketReport({
    date: d("2026-11-25"),
    reporter: "王伟",
    category: "competitorPromotion",
    description: "竞品降价 20%",
    severity: "severe",
    affectsSales: true,
    status: "open",
    ...over,
  });

describe("E07 a Severe market item that affects sales with nobody in Escalated to", () => {
  it("E07 flags a severe item affecting sales that nobody was told about", () => {
    expect(
      cells(runRule(escalationRule, book({ ...team(), marketReport: [severe({ row: 5 })] })), "E07"),
    ).toEqual([[5, "escalatedTo"]]);
  });

  it("E07 accepts a severe item escalated to a manager", () => {
    expect(runRule(escalationRule, book({ marketReport: [severe({ escalatedTo: "销售经理" })] }))).toEqual(
      [],
    );
  });

  it("E07 does not apply to important items or to severe items that do not affect sales", () => {
    const rows = [
      severe({ severity: "important" }),
      severe({ affectsSales: false }),
      severe({ affectsSales: null }),
    ];
    expect(runRule(escalationRule, book({ marketReport: rows }))).toEqual([]);
  });
});
