/**
 * Rebuilding add-in-owned sheets, atomically per sheet from the user's point of view: build the new
 * sheet under a temporary name and fill it; then, in one request, delete the old sheet (in either
 * language's name), rename the new one and point the ownership marker at it. If anything fails before
 * that swap, the temporary sheet is removed in a fresh Excel.run and the error goes on to the user; the
 * old sheet is untouched. If the swap itself was cut half-way, the clean-up finishes it.
 */
import type { OwnedSheetsReport, Progress } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { OwnedSheetPlan } from "../core/plan/types";
import { WriteBatcher } from "./batcher";
import type { ExcelHost } from "./host";
import { VALIDATION_AND_PIVOTS_API } from "./host";
import { fillOwnedSheet } from "./owned-fill";
import {
  isOwnedTabColor,
  markerFormula,
  markerName,
  sheetOfMarker,
  temporarySheetName,
  temporaryTableName,
} from "./owned-marker";
import { addPivots, notePivotsSkipped } from "./pivots";
import type { Session } from "./session";
import { runInExcel } from "./session";

interface Situation {
  /** The current owned sheet (its actual name), if any. */
  readonly old: string | null;
  readonly marker: boolean;
  readonly temporaryExists: boolean;
  readonly tableNames: ReadonlySet<string>;
}

/**
 * Looks at the workbook before rebuilding `plan`. Every plan of the refresh is checked for a sheet of
 * its name that is someone's work, not only this one: a refusal must come before the first sheet is
 * replaced, so that it writes nothing.
 */
async function survey(
  context: Session,
  plan: OwnedSheetPlan,
  all: readonly OwnedSheetPlan[],
): Promise<Situation> {
  const sheets = context.workbook.worksheets.load("items/name,items/tabColor");
  const names = context.workbook.names.load("items/name,items/formula");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const existing = (p: OwnedSheetPlan) => {
    const candidates = new Set([p.name, ...p.altNames].map((n) => n.toLowerCase()));
    const sheet = sheets.items.find((s) => candidates.has(s.name.toLowerCase()));
    const marker = names.items.find((n) => n.name.toLowerCase() === markerName(p.kind).toLowerCase());
    const marked =
      sheet !== undefined &&
      marker !== undefined &&
      sheetOfMarker(marker.formula)?.toLowerCase() === sheet.name.toLowerCase();
    const owned = marked || (sheet !== undefined && isOwnedTabColor(sheet.tabColor, p.tabColor));
    return { old: sheet?.name ?? null, marker, owned };
  };
  const foreign = [plan, ...all.filter((p) => p !== plan)]
    .map(existing)
    .filter((e) => e.old !== null && !e.owned)
    .map((e) => ({
      old: e.old as string,
      used: context.workbook.worksheets
        .getItem(e.old as string)
        .getUsedRangeOrNullObject(true)
        .load("address"),
    }));
  if (foreign.length > 0) {
    await context.sync();
    const taken = foreign.find((f) => !f.used.isNullObject);
    if (taken) {
      throw new SalesPaceError(
        "SheetNameTaken",
        `The sheet "${taken.old}" was not made by SalesPace and holds other content, so SalesPace will not replace it. Rename or remove that sheet, then try again.`,
        undefined,
        { sheet: taken.old },
      );
    }
  }
  const { old, marker } = existing(plan);
  const temporary = temporarySheetName(plan.kind).toLowerCase();
  return {
    old,
    marker: marker !== undefined,
    temporaryExists: sheets.items.some((s) => s.name.toLowerCase() === temporary),
    tableNames: new Set(tables.items.map((t) => t.name.toLowerCase())),
  };
}

/** Queues the swap: old sheet out, new sheet renamed, its tables renamed, marker moved. */
function queueSwap(
  context: Session,
  plan: OwnedSheetPlan,
  old: string | null,
  marker: boolean,
  renameTables: boolean,
): void {
  if (old !== null) context.workbook.worksheets.getItem(old).delete();
  const fresh = context.workbook.worksheets.getItem(temporarySheetName(plan.kind));
  fresh.name = plan.name;
  if (renameTables) {
    for (const table of plan.tables)
      context.workbook.tables.getItem(temporaryTableName(table.name)).name = table.name;
  }
  if (marker) context.workbook.names.getItem(markerName(plan.kind)).delete();
  context.workbook.names.add(
    markerName(plan.kind),
    markerFormula(plan.name),
    "SalesPace: this sheet is rebuilt by the add-in.",
  );
}

async function rebuild(
  host: ExcelHost,
  plan: OwnedSheetPlan,
  all: readonly OwnedSheetPlan[],
  pivotsSupported: boolean,
): Promise<string[]> {
  return runInExcel(host, `rebuilding the ${plan.name} sheet`, async (context) => {
    const situation = await survey(context, plan, all);
    if (situation.temporaryExists)
      context.workbook.worksheets.getItem(temporarySheetName(plan.kind)).delete();
    const sheet = context.workbook.worksheets.add(temporarySheetName(plan.kind));
    // Table names are unique in a workbook: while the old sheet holds a table, build under a temporary name.
    const clash = plan.tables.some((t) => situation.tableNames.has(t.name.toLowerCase()));
    const tableNames = new Map(
      plan.tables.map((t) => [t.name, clash ? temporaryTableName(t.name) : t.name] as const),
    );
    const batcher = new WriteBatcher(context);
    await fillOwnedSheet(sheet, plan, tableNames, batcher);
    let skipped: string[] = [];
    if (plan.pivots.length > 0) {
      await batcher.reserve(0);
      if (pivotsSupported) addPivots(context, sheet, plan.pivots);
      else {
        notePivotsSkipped(sheet, plan.pivots);
        skipped = plan.pivots.map((p) => p.name);
      }
    }
    await batcher.flush();
    queueSwap(context, plan, situation.old, situation.marker, clash);
    await context.sync();
    return skipped;
  });
}

/** After a failure: drop the half-built sheet, or finish a swap that was cut after the old sheet went. */
async function cleanUp(host: ExcelHost, plan: OwnedSheetPlan): Promise<void> {
  await runInExcel(host, `cleaning up after rebuilding ${plan.name}`, async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const has = (name: string) => sheets.items.some((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!has(temporarySheetName(plan.kind))) return;
    const oldExists = [plan.name, ...plan.altNames].some(has);
    if (oldExists) {
      context.workbook.worksheets.getItem(temporarySheetName(plan.kind)).delete();
    } else {
      const marker = names.items.some((n) => n.name.toLowerCase() === markerName(plan.kind).toLowerCase());
      const renameTables = plan.tables.some((t) =>
        tables.items.some((x) => x.name.toLowerCase() === temporaryTableName(t.name).toLowerCase()),
      );
      queueSwap(context, plan, null, marker, renameTables);
    }
    await context.sync();
  });
}

/** Tables first: a plan whose table feeds another plan's pivots must be swapped in before those pivots are built. */
function inBuildOrder(plans: readonly OwnedSheetPlan[]): OwnedSheetPlan[] {
  const sources = new Set(plans.flatMap((p) => p.pivots.map((v) => v.sourceTable.toLowerCase())));
  const feeds = (p: OwnedSheetPlan) => p.tables.some((t) => sources.has(t.name.toLowerCase()));
  return [...plans.filter(feeds), ...plans.filter((p) => !feeds(p))];
}

/**
 * Rebuilds each owned sheet from its plan.
 *
 * @throws SalesPaceError SheetNameTaken when a sheet with an owned sheet's name is someone's work.
 */
export async function replaceOwnedSheets(
  host: ExcelHost,
  plans: readonly OwnedSheetPlan[],
  onProgress?: (p: Progress) => void,
): Promise<OwnedSheetsReport> {
  const pivotsSupported = host.isSetSupported("ExcelApi", VALIDATION_AND_PIVOTS_API);
  const pivotsSkipped: string[] = [];
  const ordered = inBuildOrder(plans);
  for (let i = 0; i < ordered.length; i++) {
    const plan = ordered[i];
    onProgress?.({ step: plan.name, done: i, total: ordered.length });
    try {
      pivotsSkipped.push(...(await rebuild(host, plan, ordered, pivotsSupported)));
    } catch (error) {
      if (!(error instanceof SalesPaceError && error.code === "SheetNameTaken")) {
        // The user must hear about the first failure, not about a failing clean-up.
        await cleanUp(host, plan).catch((cleanupError: unknown) => {
          throw new SalesPaceError(
            error instanceof SalesPaceError ? error.code : "OutputNotWritable",
            error instanceof Error ? error.message : String(error),
            `Clean-up after the failure also failed: ${String(cleanupError)}`,
          );
        });
      }
      throw error;
    }
  }
  onProgress?.({ step: "done", done: ordered.length, total: ordered.length });
  return { pivotsSkipped };
}
