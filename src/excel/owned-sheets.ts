/**
 * Rebuilding the add-in-owned sheets of a refresh, atomically as a set from the user's point of view:
 * one survey of the workbook; every new sheet built under a temporary name, its writes packed into
 * requests as full as the 5 MB cap allows (runs may span sheets); then one swap request for all of them
 * (owned-swap.ts). The user sees all old rollup sheets or all new ones. If anything fails before the
 * swap, a fresh Excel.run deletes the temporary sheets and the error goes on to the user; a swap cut
 * midway is finished there, or by the next run.
 */
import type { OwnedSheetsReport, Progress } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { OwnedSheetPlan } from "../core/plan/types";
import { WriteBatcher } from "./batcher";
import type { ExcelHost } from "./host";
import { VALIDATION_AND_PIVOTS_API } from "./host";
import { fillOwnedSheet } from "./owned-fill";
import { temporarySheetName, temporaryTableName } from "./owned-marker";
import { queueSettle, queueSwap, refuseForeignSheets, survey } from "./owned-swap";
import { addPivots, notePivotsSkipped } from "./pivots";
import type { Session } from "./session";
import { runInExcel } from "./session";

/** Tables first: a plan whose table feeds another plan's pivots must be built before those pivots. */
function inBuildOrder(plans: readonly OwnedSheetPlan[]): OwnedSheetPlan[] {
  const sources = new Set(plans.flatMap((p) => p.pivots.map((v) => v.sourceTable.toLowerCase())));
  const feeds = (p: OwnedSheetPlan) => p.tables.some((t) => sources.has(t.name.toLowerCase()));
  return [...plans.filter(feeds), ...plans.filter((p) => !feeds(p))];
}

async function rebuildAll(
  context: Session,
  plans: readonly OwnedSheetPlan[],
  pivotsSupported: boolean,
  onProgress?: (p: Progress) => void,
): Promise<string[]> {
  let found = await survey(context, plans);
  await refuseForeignSheets(context, found);
  if (found.swapCut) {
    // A swap cut last time: finish it first, so that what the user sees is complete while this run builds.
    queueSettle(context, found);
    await context.sync();
    found = await survey(context, plans);
  } else queueSettle(context, found);
  // Table names are unique in a workbook: while an old sheet holds a table, build under a temporary name.
  const clash = plans.some((p) => p.tables.some((t) => found.tableNames.has(t.name.toLowerCase())));
  const tableName = (name: string) => (clash ? temporaryTableName(name) : name);
  const tableNames = new Map(plans.flatMap((p) => p.tables.map((t) => [t.name, tableName(t.name)] as const)));
  const batcher = new WriteBatcher(context);
  const skipped: string[] = [];
  for (const [i, plan] of plans.entries()) {
    onProgress?.({ step: plan.name, done: i, total: plans.length });
    await batcher.reserve(0);
    const sheet = context.workbook.worksheets.add(temporarySheetName(plan.kind));
    await fillOwnedSheet(sheet, plan, tableNames, batcher);
    if (plan.pivots.length === 0) continue;
    await batcher.reserve(0);
    if (pivotsSupported) {
      addPivots(
        context,
        sheet,
        plan.pivots.map((p) => ({ ...p, sourceTable: tableNames.get(p.sourceTable) ?? p.sourceTable })),
      );
    } else {
      notePivotsSkipped(sheet, plan.pivots);
      skipped.push(...plan.pivots.map((p) => p.name));
    }
  }
  await batcher.reserve(0);
  const moves = found.sheets.map((s) => ({
    plan: s.plan,
    old: s.old,
    renameSheet: true,
    renameTables: clash ? s.plan.tables.map((t) => t.name) : [],
    marker: s.marker,
  }));
  queueSwap(context, moves, { add: true });
  await batcher.flush();
  return skipped;
}

/**
 * Rebuilds every owned sheet from its plan, all of them swapped in at once.
 *
 * @throws SalesPaceError SheetNameTaken (before anything is written) when a sheet with an owned sheet's
 *   name is someone's work.
 */
export async function replaceOwnedSheets(
  host: ExcelHost,
  plans: readonly OwnedSheetPlan[],
  onProgress?: (p: Progress) => void,
): Promise<OwnedSheetsReport> {
  const pivotsSupported = host.isSetSupported("ExcelApi", VALIDATION_AND_PIVOTS_API);
  const ordered = inBuildOrder(plans);
  const names = ordered.map((p) => p.name).join(", ");
  try {
    const pivotsSkipped = await runInExcel(host, `rebuilding the ${names} sheets`, (context) =>
      rebuildAll(context, ordered, pivotsSupported, onProgress),
    );
    onProgress?.({ step: "done", done: ordered.length, total: ordered.length });
    return { pivotsSkipped };
  } catch (error) {
    if (!(error instanceof SalesPaceError && error.code === "SheetNameTaken")) {
      // The user must hear about the first failure, not about a failing clean-up.
      await runInExcel(host, `cleaning up after rebuilding ${names}`, async (context) => {
        if (queueSettle(context, await survey(context, ordered))) await context.sync();
      }).catch((cleanupError: unknown) => {
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
