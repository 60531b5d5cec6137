/** SPEC §1: a workbook without SalesPace settings gets its output in the language most headers are in. */
import { settingsOf } from "../../src/core/actions";
import type { BookInventory } from "../../src/core/actions/port";
import { defaultSettings } from "../../src/core/settings";

function inventory(headers: string[], settings: BookInventory["settings"] = null): BookInventory {
  return {
    sheets: ["日报"],
    tables: [{ table: "DailyReport", sheet: "日报", headers, rowCount: 3 }],
    settings,
  };
}

describe("workbook settings", () => {
  it("takes the language of most headers when there are no settings, whatever the display language", () => {
    expect(settingsOf(inventory(["日期", "销售员", "Attendance"]), "en").lang).toBe("zh");
    expect(settingsOf(inventory(["Date", "Salesperson", "出勤"]), "zh").lang).toBe("en");
  });

  it("falls back to the display language on a tie, and keeps recorded settings as they are", () => {
    expect(settingsOf(inventory(["Date", "销售员"]), "zh").lang).toBe("zh");
    const recorded = { ...defaultSettings("en", 1), signOffOverdueDays: 3 };
    expect(settingsOf(inventory(["日期", "销售员"], recorded), "zh")).toBe(recorded);
  });
});
