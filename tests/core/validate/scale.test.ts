import { runAll } from "./harness";
import { DAYS, PEOPLE, teamYear, VISITS } from "./year";

describe("validation at the scale of SPEC §5", () => {
  it("validates 400,000 report rows and 400,000 planned visits in seconds", () => {
    const { book, today, typos } = teamYear();
    expect(book.dailyReport).toHaveLength(PEOPLE * VISITS * DAYS);
    const started = performance.now();
    const findings = runAll(book, { today });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `validateBook: ${book.dailyReport.length} report rows, ${findings.length} findings in ${seconds.toFixed(2)} s`,
    );
    // Each misspelt customer is E03 (not in the list), W01 (not planned) and W02 (the planned one was missed).
    expect(findings.filter((f) => f.code === "E03")).toHaveLength(typos);
    expect(findings.filter((f) => f.code === "W01")).toHaveLength(typos);
    expect(findings.filter((f) => f.code === "W02")).toHaveLength(typos);
    expect(findings).toHaveLength(3 * typos);
    // Generous: jest's sandbox makes global lookups (Math, Array…) many times slower than Node or a
    // browser, and CI machines are shared. A quadratic rule would take hours here, not seconds.
    expect(seconds).toBeLessThan(60);
  }, 120000);
});
