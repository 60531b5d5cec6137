import {
  NUMBER_SETTINGS,
  defaultSettings,
  restoreSettings,
  sameSettings,
  settingsEntries,
} from "../../src/core/settings";

describe("workbook settings, read back one way by both adapters", () => {
  it("reads an object, its JSON text and the settings sheet's key/value rows alike", () => {
    const expected = { ...defaultSettings("zh", 1), signOffOverdueDays: 3 };
    expect(restoreSettings(expected)).toEqual(expected);
    expect(restoreSettings(JSON.stringify(expected))).toEqual(expected);
    expect(
      restoreSettings([
        ["key", "value"],
        ["lang", "zh"],
        ["schemaVersion", "1"],
        ["signOffOverdueDays", "3"],
      ]),
    ).toEqual(expected);
  });

  it("is no settings without a known language or a whole schema version", () => {
    expect(restoreSettings("{not json")).toBeNull();
    expect(restoreSettings(null)).toBeNull();
    expect(restoreSettings({ lang: "fr", schemaVersion: 1 })).toBeNull();
    expect(restoreSettings({ lang: "en", schemaVersion: "one" })).toBeNull();
    expect(restoreSettings({ lang: "en", schemaVersion: 1.5 })).toBeNull();
  });

  it("gives a missing or damaged number setting its default and keeps the language", () => {
    const fallback = NUMBER_SETTINGS.signOffOverdueDays.default;
    for (const damaged of [undefined, -1, 0, 31, 2.5, "two", ""]) {
      expect(restoreSettings({ lang: "zh", schemaVersion: 1, signOffOverdueDays: damaged })).toEqual({
        ...defaultSettings("zh", 1),
        signOffOverdueDays: fallback,
      });
    }
  });

  it("writes the pairs in one order and compares by them", () => {
    const settings = defaultSettings("en", 1);
    expect(settingsEntries(settings)).toEqual([
      ["lang", "en"],
      ["schemaVersion", 1],
      ["signOffOverdueDays", 2],
      ["silentVisitDays", 30],
      ["silentOrderDays", 60],
      ["interviewDays", 14],
      ["classAPercent", 80],
      ["classBPercent", 95],
      ["visitNormA", 4],
      ["visitNormB", 2],
      ["visitNormC", 1],
    ]);
    expect(sameSettings(settings, { ...settings })).toBe(true);
    expect(sameSettings(settings, { ...settings, signOffOverdueDays: 5 })).toBe(false);
    expect(restoreSettings(settingsEntries(settings))).toEqual(settings);
  });
});
