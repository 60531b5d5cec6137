/**
 * What the workbook holds now: sheets, template tables (headers, row counts) and settings, in one
 * request for a set-up workbook (two when a template table is missing, see below). A table's only row counts as no row when it is empty (Excel keeps one in every table).
 * Settings come from `workbook.settings`; a workbook prepared by the command line has them on the
 * `SalesPace.Settings` sheet instead (key in A, value in B), which is read when there are none.
 */
import type { BookInventory, TableInventory } from "../core/actions/port";
import { TABLES } from "../core/schema/tables";
import type { ExcelHost } from "./host";
import { runInExcel } from "./session";
import { SETTINGS_KEY, SETTINGS_SHEET, restoreSettings } from "../core/settings";

type Tables = Excel.TableCollection;

/** Header, row count, first row and sheet of each template table in `present` (queued, not synced). */
function queueProbes(present: (name: string) => Excel.Table | null) {
  return TABLES.flatMap((def) => {
    const table = present(def.name);
    if (!table) return [];
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("rowCount");
    const first = table.getDataBodyRange().getRow(0).load("values");
    const sheet = table.worksheet.load("name");
    return [{ def, header, body, first, sheet }];
  });
}

const isItemNotFound = (error: unknown) => (error as { code?: unknown } | null)?.code === "ItemNotFound";

export async function inspect(host: ExcelHost): Promise<BookInventory> {
  return runInExcel(host, "looking at the workbook", async (context) => {
    const lists = () => ({
      sheets: context.workbook.worksheets.load("items/name"),
      setting: context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value"),
      settingsSheet: context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET),
    });
    // Optimistic: a set-up workbook has every template table, so they are probed by name together with
    // the lists, in one request. Where one is missing Excel refuses that request (ItemNotFound, nothing
    // changed) and the tables are listed first, then probed.
    let seen = lists();
    let probes = queueProbes((name) => context.workbook.tables.getItem(name));
    let tables: Tables | null = null;
    try {
      await context.sync();
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      seen = lists();
      tables = context.workbook.tables.load("items/name");
      await context.sync();
      const all = tables;
      probes = queueProbes(
        (name) => all.items.find((t) => t.name.toLowerCase() === name.toLowerCase()) ?? null,
      );
    }
    const { sheets, setting, settingsSheet } = seen;
    const sheetSettings =
      setting.isNullObject && !settingsSheet.isNullObject
        ? settingsSheet.getUsedRangeOrNullObject(true).load("values")
        : null;
    if ((tables !== null && probes.length > 0) || sheetSettings) await context.sync();

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
