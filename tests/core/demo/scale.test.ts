import { generateDemo } from "../../../src/core/demo";
import { d } from "../../support/rows";

describe("demo data at the scale of SPEC §5", () => {
  it("generates 200 salespeople × 250 working days (about 400,000 report rows)", () => {
    const data = generateDemo({
      people: 200,
      days: 250,
      seed: 2026,
      start: d("2026-01-05"),
      messy: 0.02,
      lang: "zh",
    });
    expect(data.tables.DailyReport.length).toBeGreaterThan(350_000);
    expect(data.tables.DailyReport.length).toBeLessThan(450_000);
    expect(data.tables.VisitPlan.length).toBeGreaterThan(350_000);
  }, 120_000);
});
