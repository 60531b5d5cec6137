import {
  PREFERENCES_KEY,
  memoryPreferences,
  restorePreferences,
  storagePreferences,
} from "../../src/taskpane/preferences";
import { langOfDisplayLanguage } from "../../src/core/i18n/displayLanguage";

function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe("per-user preferences", () => {
  it("keep the language override and the last period chosen across reloads", () => {
    const storage = fakeStorage();
    storagePreferences(storage).save({ lang: "zh", periodKind: "quarter", period: "2026-Q4" });
    expect(storagePreferences(storage).load()).toEqual({
      lang: "zh",
      periodKind: "quarter",
      period: "2026-Q4",
    });
  });

  it("are stored under one key of the user's browser storage, not in the workbook", () => {
    const storage = fakeStorage();
    storagePreferences(storage).save({ lang: "en" });
    expect([...storage.items.keys()]).toEqual([PREFERENCES_KEY]);
  });

  it("drop fields of the wrong shape left by another version or a hand edit", () => {
    expect(restorePreferences({ lang: "fr", periodKind: "day", period: 2026, extra: true })).toEqual({});
    expect(restorePreferences("zh")).toEqual({});
    const storage = fakeStorage({ [PREFERENCES_KEY]: "{not json" });
    expect(storagePreferences(storage).load()).toEqual({});
  });

  it("fall back to defaults when the browser blocks storage", () => {
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const store = storagePreferences(blocked);
    expect(() => store.save({ lang: "zh" })).not.toThrow();
    expect(store.load()).toEqual({});
  });

  it("can live in memory for the workbench", () => {
    const store = memoryPreferences({ lang: "en" });
    store.save({ ...store.load(), period: "2026-11" });
    expect(store.load()).toEqual({ lang: "en", period: "2026-11" });
  });
});

describe("pane language from Office's display language", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["ZH", "zh"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
  ])("%s → %s", (tag, lang) => expect(langOfDisplayLanguage(tag)).toBe(lang));
});
