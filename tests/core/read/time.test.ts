import { CellProblem } from "../../../src/core/read/problem";
import { parseTime } from "../../../src/core/read/time";

describe("time cells", () => {
  it("reads a day fraction as HH:MM", () => {
    expect(parseTime(0)).toBe("00:00");
    expect(parseTime(0.5)).toBe("12:00");
    expect(parseTime(9.5 / 24)).toBe("09:30");
    expect(parseTime((23 * 60 + 59) / 1440)).toBe("23:59");
  });

  it("drops seconds, as an hh:mm format shows the time", () => {
    expect(parseTime((9 * 3600 + 30 * 60 + 45) / 86400)).toBe("09:30");
    expect(parseTime(0.9999999)).toBe("23:59");
  });

  it("refuses numbers that are not a time of day", () => {
    for (const n of [1, -0.1, 46353.5, 930]) expect(parseTime(n)).toBeInstanceOf(CellProblem);
  });

  it.each([
    ["9:30", "09:30"],
    ["09:30", "09:30"],
    ["09:30:00", "09:30"],
    ["９：３０", "09:30"],
    ["9点30", "09:30"],
    ["9点30分", "09:30"],
    ["14点", "14:00"],
    ["9点半", "09:30"],
    [" 0:05 ", "00:05"],
  ])("reads %s as %s", (text, expected) => {
    expect(parseTime(text)).toBe(expected);
  });

  it("refuses text that is not a time", () => {
    for (const text of ["24:00", "9:60", "9:5", "09:30:61", "morning", "上午", "9.30", "930"]) {
      expect(parseTime(text)).toHaveProperty("reason", "time");
    }
    expect(parseTime(false)).toBeInstanceOf(CellProblem);
  });

  it("reads blank text as empty", () => {
    expect(parseTime(" ")).toBeNull();
  });
});
