/**
 * Workbook settings in the .xlsx: the very hidden sheet `SalesPace.Settings`, one key/value pair a row
 * (A: key, B: value). exceljs cannot write custom document properties, and Office.js add-in settings live
 * in a part exceljs does not know; a sheet is what both adapters can read and write (Office.js sees it
 * through `worksheets.getItem`, so co-authors share it). What the settings are and how they are read
 * back is the core's (src/core/settings.ts).
 */
import type { Workbook } from "exceljs";
import { SETTINGS_SHEET, type WorkbookSettings, restoreSettings, settingsEntries } from "../core/settings";

/** The settings stored in the workbook, or null when it has none (not set up by SalesPace). */
export function readSettingsSheet(workbook: Workbook): WorkbookSettings | null {
  const sheet = workbook.getWorksheet(SETTINGS_SHEET);
  if (!sheet) return null;
  const pairs: [string, unknown][] = [];
  sheet.eachRow((row) => {
    pairs.push([String(row.getCell(1).value ?? ""), row.getCell(2).value]);
  });
  return restoreSettings(pairs);
}

/** Writes (or rewrites) the settings sheet. */
export function writeSettingsSheet(workbook: Workbook, settings: WorkbookSettings): void {
  const existing = workbook.getWorksheet(SETTINGS_SHEET);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  sheet.addRow(["key", "value"]);
  for (const pair of settingsEntries(settings)) sheet.addRow(pair);
}
