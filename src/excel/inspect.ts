/**
 * What the workbook holds now: sheets, template tables (headers, row counts) and settings, in two
 * requests. A table's only row counts as no row when it is empty (Excel keeps one in every table).
 * Settings come from `workbook.settings`; a workbook prepared by the command line has them on the
 * `SalesPace.Settings` sheet instead (key in A, value in B), which is read when there are none.
 */
import type { BookInventory, TableInventory } from "../core/actions/port";
import { TABLES } from "../core/schema/tables";
import type { ExcelHost } from "./host";
import { runInExcel } from "./session";
import { SETTINGS_KEY, SETTINGS_SHEET, restoreSettings } from "../core/settings";

export async function inspect(host: ExcelHost): Promise<BookInventory> {
  return runInExcel(host, "looking at the workbook", async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    const settingsSheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET);
    await context.sync();

    const sheetSettings =
      setting.isNullObject && !settingsSheet.isNullObject
        ? settingsSheet.getUsedRangeOrNullObject(true).load("values")
        : null;

    const probes = TABLES.flatMap((def) => {
      const table = tables.items.find((t) => t.name.toLowerCase() === def.name.toLowerCase());
      if (!table) return [];
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("rowCount");
      const first = table.getDataBodyRange().getRow(0).load("values");
      const sheet = table.worksheet.load("name");
      return [{ def, header, body, first, sheet }];
    });
    if (probes.length > 0 || sheetSettings) await context.sync();

    const inventory: TableInventory[] = probes.map(({ def, header, body, first, sheet }) => ({
      table: def.name,
      sheet: sheet.name,
      headers: header.values[0].map(String),
      rowCount: body.rowCount === 1 && first.values[0].every((v) => v === "") ? 0 : body.rowCount,
    }));
    return {
      sheets: sheets.items.map((s) => s.name),
      tables: inventory,
      settings: !setting.isNullObject
        ? restoreSettings(setting.value)
        : sheetSettings && !sheetSettings.isNullObject
          ? restoreSettings(sheetSettings.values)
          : null,
    };
  });
}
