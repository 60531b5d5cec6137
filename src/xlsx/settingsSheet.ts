/**
 * Workbook settings in the .xlsx: a very hidden sheet `SalesPace.Settings` with one key/value pair a
 * row (A: key, B: value). exceljs cannot write custom document properties, and Office.js add-in
 * settings live in a part exceljs does not know; a sheet is what both adapters can read and write
 * (Office.js sees it through `worksheets.getItem("SalesPace.Settings")`, so co-authors share it).
 */
import type { Workbook } from "exceljs";
import type { WorkbookSettings } from "../core/actions/port";

export const SETTINGS_SHEET = "SalesPace.Settings";

/** The settings stored in the workbook, or null when it has none (not set up by SalesPace). */
export function readSettingsSheet(workbook: Workbook): WorkbookSettings | null {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET);
  if (!sheet) return null;
  const values = new Map<string, unknown>();
  sheet.eachRow((row) => {
    values.set(String(row.getCell(1).value ?? ""), row.getCell(2).value);
  });
  const lang = values.get("lang");
  const schemaVersion = Number(values.get("schemaVersion"));
  const overdue = Number(values.get("signOffOverdueDays"));
  return {
    lang: lang === "zh" ? "zh" : "en",
    schemaVersion: Number.isFinite(schemaVersion) ? schemaVersion : 0,
    signOffOverdueDays: Number.isFinite(overdue) && overdue >= 0 ? overdue : 2,
  };
}

/** Writes (or rewrites) the settings sheet. */
export function writeSettingsSheet(workbook: Workbook, settings: WorkbookSettings): void {
  const existing = workbook.getWorksheet(SETTINGS_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  sheet.addRow(["key", "value"]);
  sheet.addRow(["lang", settings.lang]);
  sheet.addRow(["schemaVersion", settings.schemaVersion]);
  sheet.addRow(["signOffOverdueDays", settings.signOffOverdueDays]);
}
