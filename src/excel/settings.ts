/**
 * Workbook settings under the key `SalesPace` (`workbook.settings`, ExcelApi 1.4), so every co-author
 * sees the same language and rules. https://learn.microsoft.com/javascript/api/excel/excel.settingcollection
 * What they are and how a stored value is read back is the core's (src/core/settings.ts).
 */
import { SETTINGS_KEY, type WorkbookSettings, settingsEntries } from "../core/settings";
import type { ExcelHost } from "./host";
import { runInExcel } from "./session";

export async function writeSettings(host: ExcelHost, settings: WorkbookSettings): Promise<void> {
  await runInExcel(host, "saving SalesPace settings", async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, Object.fromEntries(settingsEntries(settings)));
    await context.sync();
  });
}
