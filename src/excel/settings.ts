/**
 * Workbook settings under the key `SalesPace` (`workbook.settings`, ExcelApi 1.4), so every co-author
 * sees the same language and sign-off rule. https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
 * What comes back from the file is checked field by field: a damaged value reads as "no settings".
 */
import type { WorkbookSettings } from "../core/actions/port";
import type { ExcelHost } from "./host";
import { runInExcel } from "./session";

export const SETTINGS_KEY = "SalesPace";
/** Where the .xlsx adapter (command line) keeps the same settings. */
export const SETTINGS_SHEET = "SalesPace.Settings";

/** A stored value → settings, or null when it is missing or not well-formed. */
export function restoreSettings(stored: unknown): WorkbookSettings | null {
  let value = stored;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return null; // not JSON: treated as absent, set-up writes a fresh value
    }
  }
  if (typeof value !== "object" || value === null) return null;
  const { lang, schemaVersion, signOffOverdueDays } = value as Record<string, unknown>;
  if (lang !== "en" && lang !== "zh") return null;
  if (typeof schemaVersion !== "number" || !Number.isInteger(schemaVersion)) return null;
  if (
    typeof signOffOverdueDays !== "number" ||
    !Number.isInteger(signOffOverdueDays) ||
    signOffOverdueDays < 0
  )
    return null;
  return { lang, schemaVersion, signOffOverdueDays };
}

export async function writeSettings(host: ExcelHost, settings: WorkbookSettings): Promise<void> {
  await runInExcel(host, "saving SalesPace settings", async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, {
      lang: settings.lang,
      schemaVersion: settings.schemaVersion,
      signOffOverdueDays: settings.signOffOverdueDays,
    });
    await context.sync();
  });
}
