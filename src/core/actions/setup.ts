/** "Set up workbook": create or upgrade every template, then record the workbook's settings. */
import { buildSetupPlan } from "../plan/setup";
import { ensureNoRenamedColumns } from "../read/renamed";
import { SCHEMA_VERSION, tableDef } from "../schema/tables";
import type { Lang } from "../schema/types";
import { sameSettings } from "../settings";
import { settingsOf } from "./book";
import type { BookInspector, SetupReport, WorkbookSetup } from "./port";
import { defineAction, step } from "./types";

export interface SetupInput {
  /** Workbook language; for a workbook already set up, its recorded language is kept unless given
   *  (without settings: the language most of its headers are in). */
  readonly lang?: Lang;
}

export const setUpWorkbook = defineAction<
  SetupInput,
  SetupReport & { readonly lang: Lang },
  BookInspector & WorkbookSetup
>({
  id: "setup",
  labelKey: "action.setup",
  ensureCanRun: () => undefined,
  async run(ctx, input, inventory) {
    step(ctx, "inspect", 0, 3);
    const lang = input.lang ?? settingsOf(inventory, ctx.lang).lang;
    // Before adding anything: a column of the old name next to the renamed one would hold none of the data.
    for (const table of inventory.tables)
      ensureNoRenamedColumns(tableDef(table.table), table.sheet, table.headers);
    step(ctx, "setup", 1, 3);
    const report = await ctx.port.applySetup(buildSetupPlan(lang, inventory.tables));
    const changed = [...report.sheetsAdded, ...new Set(report.columnsAdded.map((c) => c.table))];
    step(ctx, "settings", 2, 3, changed);
    const settings = { ...settingsOf(inventory, lang), lang, schemaVersion: SCHEMA_VERSION };
    const unchanged = inventory.settings !== null && sameSettings(inventory.settings, settings);
    if (!unchanged) await ctx.port.writeSettings(settings);
    step(ctx, "done", 3, 3, changed);
    return { ...report, lang };
  },
});
