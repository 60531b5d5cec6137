/**
 * Rebuilding the add-in-owned sheets of a refresh, atomically as a set from the user's point of view:
 * every new sheet built complete under a temporary name of this run's own, its writes packed into
 * requests as full as the 5 MB cap allows (runs may span sheets), the survey of the workbook riding in
 * the first of them; then the commit (owned-commit.ts),
 * which keeps the sheets that exist — people's links into them survive — and fills them again, or, on a
 * first build, renames the temporary sheets. If anything fails before the commit, a fresh Excel.run
 * deletes the temporary sheets and the old rollup is whole; a commit cut midway is run again from the
 * plans there, so every sheet is whole and new. Either way the first error goes on to the user.
 */
import type { OwnedSheetsReport, Progress } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { OwnedSheetPlan } from "../core/plan/types";
import { COMMAND_BYTES, WriteBatcher } from "./batcher";
import type { ExcelHost } from "./host";
import { PAGE_LAYOUT_API, VALIDATION_AND_PIVOTS_API } from "./host";
import { type KeptSheet, loadKeptSheets, queueRename, refill } from "./owned-commit";
import { fillOwnedSheet } from "./owned-fill";
import {
  type Survey,
  queueLeftoverRemoval,
  queueSurvey,
  refuseForeignSheets,
  runToken,
  survey,
  temporarySheetName,
  temporaryTableName,
} from "./owned-swap";
import { addPivots, notePivotsSkipped } from "./pivots";
import type { Session } from "./session";
import { runInExcel } from "./session";

/** Tables first: a plan whose table feeds another plan's pivots must be built before those pivots. */
function inBuildOrder(plans: readonly OwnedSheetPlan[]): OwnedSheetPlan[] {
  const sources = new Set(plans.flatMap((p) => p.pivots.map((v) => v.sourceTable.toLowerCase())));
  const feeds = (p: OwnedSheetPlan) => p.tables.some((t) => sources.has(t.name.toLowerCase()));
  return [...plans.filter(feeds), ...plans.filter((p) => !feeds(p))];
}

/** What the host can do: create PivotTables (ExcelApi 1.8), set up pages (1.9). */
interface Support {
  readonly pivots: boolean;
  readonly pageLayout: boolean;
}

/** Whether the commit has begun (from then on a failure is rolled forward, not back), and this run's token. */
interface RunState {
  committing: boolean;
  readonly token: string;
}

/** What the first answered request tells: the survey, and (one request later) what kept sheets hold. */
interface Seen {
  found: Survey | null;
  kept: KeptSheet[] | null;
}

async function rebuildAll(
  context: Session,
  plans: readonly OwnedSheetPlan[],
  support: Support,
  state: RunState,
  onProgress?: (p: Progress) => void,
): Promise<string[]> {
  const { token } = state;
  const batcher = new WriteBatcher(context);
  // The survey rides in the first request of the build (temporary names are this run's own, so nothing
  // it could find stands in the build's way); leftovers and what the kept sheets hold follow in the next.
  const pending = queueSurvey(context, plans);
  const seen: Seen = { found: null, kept: null };
  batcher.afterNextFlush(() => {
    const found = pending.read();
    seen.found = found;
    if (queueLeftoverRemoval(context, found, token)) batcher.count(COMMAND_BYTES * plans.length);
    const kept = loadKeptSheets(context, found, support.pivots);
    batcher.count(COMMAND_BYTES * 3 * kept.length);
    if (kept.length === 0) seen.kept = kept;
    else batcher.afterNextFlush(() => (seen.kept = kept));
  });
  // Pivots read the temporary table when it is built in this run, else the table as it stands.
  const tableNames = new Map(
    plans.flatMap((p) => p.tables.map((t) => [t.name, temporaryTableName(t.name, token)] as const)),
  );
  const skipped: string[] = [];
  for (const [i, plan] of plans.entries()) {
    onProgress?.({ step: plan.name, done: i, total: plans.length });
    await batcher.reserve(0);
    const sheet = context.workbook.worksheets.add(temporarySheetName(plan.kind, token));
    await fillOwnedSheet(sheet, plan, tableNames, batcher, support.pageLayout);
    if (plan.pivots.length === 0) continue;
    await batcher.reserve(0);
    if (support.pivots) {
      addPivots(
        context,
        sheet,
        plan.pivots.map((p) => ({ ...p, sourceTable: tableNames.get(p.sourceTable) ?? p.sourceTable })),
      );
    } else {
      notePivotsSkipped(sheet, plan.pivots, plan.pivotNotes?.unsupported ?? []);
      skipped.push(...plan.pivots.map((p) => p.name));
    }
  }
  // A small build fits in one request: send it (and the survey), then ask what the kept sheets hold.
  while (seen.kept === null) {
    await batcher.reserve(0);
    await batcher.flush();
  }
  const found = seen.found as Survey;
  await refuseForeignSheets(context, found);
  if (seen.kept.length === 0) {
    await batcher.reserve(0);
    state.committing = true;
    queueRename(context, found, token);
    await batcher.flush();
    return skipped;
  }
  state.committing = true;
  await refill(context, batcher, {
    plans,
    found,
    kept: seen.kept,
    token,
    pivotsSupported: support.pivots,
    pageLayoutSupported: support.pageLayout,
  });
  await batcher.flush();
  return skipped;
}

/** The clean-up: deletes what a failed build left, or runs a cut commit again from the plans. */
async function settle(
  context: Session,
  plans: readonly OwnedSheetPlan[],
  support: Support,
  rollForward: boolean,
): Promise<void> {
  const found = await survey(context, plans);
  const removing = queueLeftoverRemoval(context, found, null);
  if (!rollForward) {
    if (removing) await context.sync();
    return;
  }
  await refuseForeignSheets(context, found);
  const kept = loadKeptSheets(context, found, support.pivots);
  await context.sync();
  const batcher = new WriteBatcher(context);
  await refill(context, batcher, {
    plans,
    found,
    kept,
    token: null,
    pivotsSupported: support.pivots,
    pageLayoutSupported: support.pageLayout,
  });
  await batcher.flush();
}

/**
 * Rebuilds every owned sheet from its plan, all of them put in place at once; sheets that exist are
 * kept (and so are the links people made to them).
 *
 * @throws SalesPaceError SheetNameTaken (before anything is written) when a sheet with an owned sheet's
 *   name is someone's work.
 */
export async function replaceOwnedSheets(
  host: ExcelHost,
  plans: readonly OwnedSheetPlan[],
  onProgress?: (p: Progress) => void,
): Promise<OwnedSheetsReport> {
  const support: Support = {
    pivots: host.isSetSupported("ExcelApi", VALIDATION_AND_PIVOTS_API),
    pageLayout: host.isSetSupported("ExcelApi", PAGE_LAYOUT_API),
  };
  const ordered = inBuildOrder(plans);
  const names = ordered.map((p) => p.name).join(", ");
  const state: RunState = { committing: false, token: runToken() };
  try {
    const pivotsSkipped = await runInExcel(host, `rebuilding the ${names} sheets`, (context) =>
      rebuildAll(context, ordered, support, state, onProgress),
    );
    onProgress?.({ step: "done", done: ordered.length, total: ordered.length });
    return { pivotsSkipped };
  } catch (error) {
    // The user must hear about the first failure, not about a failing clean-up. (SheetNameTaken comes
    // before the commit: only this run's temporary sheets are to be removed.)
    await runInExcel(host, `cleaning up after rebuilding ${names}`, (context) =>
      settle(context, ordered, support, state.committing),
    ).catch((cleanupError: unknown) => {
      throw new SalesPaceError(
        error instanceof SalesPaceError ? error.code : "OutputNotWritable",
        error instanceof Error ? error.message : String(error),
        `Clean-up after the failure also failed: ${String(cleanupError)}`,
      );
    });
    throw error;
  }
}
