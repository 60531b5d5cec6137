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

function wholeNumber(value: unknown): number | null {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "string" && value.trim() !== ""
        ? Number(value)
        : NaN;
  return Number.isInteger(n) ? n : null;
}

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
  // Numbers may arrive as text from the settings sheet (a cell someone retyped).
  const version = wholeNumber(schemaVersion);
  const overdue = wholeNumber(signOffOverdueDays);
  if (version === null || overdue === null || overdue < 0) return null;
  return { lang, schemaVersion: version, signOffOverdueDays: overdue };
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
