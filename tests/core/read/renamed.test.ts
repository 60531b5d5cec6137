import { likelyRenamedColumns } from "../../../src/core/read/renamed";
import { tableDef } from "../../../src/core/schema/tables";

const DAILY = tableDef("DailyReport");
const headers = (lang: "en" | "zh") => DAILY.columns.map((c) => c.header[lang]);

describe("a header renamed in place", () => {
  it("is found where the missing column was, in either language and mixed", () => {
    const renamed = headers("en").map((h) => (h === "Salesperson" ? "Rep" : h));
    expect(likelyRenamedColumns(DAILY, renamed).map((r) => [r.column.key, r.header])).toEqual([
      ["salesperson", "Rep"],
    ]);
    const zh = headers("zh").map((h, i) => (i === 0 ? "Date" : h === "销售员" ? "业务员" : h));
    expect(likelyRenamedColumns(DAILY, zh).map((r) => r.header)).toEqual(["业务员"]);
  });

  it("is not guessed for a deleted column, a column moved away, or an extra column elsewhere", () => {
    const deleted = headers("en").filter((h) => h !== "Salesperson");
    expect(likelyRenamedColumns(DAILY, [...deleted, "My notes"])).toEqual([]);
    expect(likelyRenamedColumns(DAILY, headers("en"))).toEqual([]);
    // Two unknown headers where one column is missing: which one is not evident.
    const two = headers("en").flatMap((h) => (h === "Salesperson" ? ["Rep", "Notes"] : [h]));
    expect(likelyRenamedColumns(DAILY, two)).toEqual([]);
  });
});
