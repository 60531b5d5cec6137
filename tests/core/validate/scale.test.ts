import { runAll } from "./harness";
import { DAYS, PEOPLE, teamYear, VISITS } from "./year";

describe("validation at the scale of SPEC §5", () => {
  it("validates 400,000 report rows and 400,000 planned visits", () => {
    const { book, today, typos } = teamYear();
    expect(book.dailyReport).toHaveLength(PEOPLE * VISITS * DAYS);
    const findings = runAll(book, { today });
    // Each misspelt customer is E03 (not in the list), W01 (not planned) and W02 (the planned one was missed).
    expect(findings.filter((f) => f.code === "E03")).toHaveLength(typos);
    expect(findings.filter((f) => f.code === "W01")).toHaveLength(typos);
    expect(findings.filter((f) => f.code === "W02")).toHaveLength(typos);
    expect(findings).toHaveLength(3 * typos);
  }, 120000);
});
