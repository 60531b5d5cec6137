/** The workbench shows simulated cells as Excel would: by their number format (issue 15: dates as serials). */
import { numberText } from "../../src/workbench/cellText";
import { dayFromIso } from "../support/day";

describe("a simulated cell's text", () => {
  it("shows a date serial under a date format as the date", () => {
    expect(numberText(dayFromIso("2026-11-27"), "yyyy-mm-dd")).toBe("2026-11-27");
  });

  it("shows a time of day under hh:mm as hours and minutes", () => {
    expect(numberText(0.5625, "hh:mm")).toBe("13:30");
  });

  it("shows amounts, counts and rates with the separators and decimals of their format", () => {
    expect(numberText(1234567.5, "#,##0.00")).toBe("1,234,567.50");
    expect(numberText(1830, "0")).toBe("1830");
    expect(numberText(0.4567, "0.0%")).toBe("45.7%");
  });

  it("shows a number under General as it is", () => {
    expect(numberText(46353, "General")).toBe("46353");
  });
});
