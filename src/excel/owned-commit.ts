/**
 * Putting rebuilt owned sheets in place while keeping the sheets that exist.
 *
 * Why keep them: people point their own formulas, names and charts at rollup cells (`=Scorecard!D6`).
 * Excel turns every such link into #REF! when the sheet is deleted, and a new sheet of the same name does
 * not mend it. So a sheet that exists is never deleted: it is stripped (its PivotTables, charts, tables,
 * cells, conditional formats and frozen panes) and filled again from the same plan that was just built
 * complete under a temporary name — the temporary build proves, while the old rollup stands untouched,
 * that Excel accepts every write; the refill writes the values a second time. Range.copyFrom (ExcelApi
 * 1.9, above the manifest's 1.7 floor) could move the cells in one small request instead, but its
 * documentation does not say what it does with the tables, PivotTables and hyperlinks inside the range.
 *
 * Failures: before the commit, the temporary sheets are deleted and the old rollup is whole. Once the
 * commit has started it is rolled forward: the refill is run again from the plans (owned-sheets.ts), so
 * the user gets every new sheet whole. If even that fails, the next run strips and refills the same
 * sheets (they keep their markers, so they are still known as the add-in's).
 * A first build, with no sheet to keep, renames the temporary sheets instead (one write).
 */
import type { OwnedSheetPlan } from "../core/plan/types";
import type { WriteBatcher } from "./batcher";
import { fillOwnedSheet } from "./owned-fill";
import { markerFormula, markerName, sheetOfMarker } from "./owned-marker";
import type { OwnedSituation, Survey } from "./owned-swap";
import { temporarySheetName, temporaryTableName } from "./owned-swap";
import { addPivots, notePivotsSkipped } from "./pivots";
import type { Session } from "./session";

/** What is on a kept sheet, loaded so that the commit can delete it. */
export interface KeptSheet {
  readonly situation: OwnedSituation;
  readonly tables: Excel.TableCollection;
  readonly charts: Excel.ChartCollection;
  readonly pivots: Excel.PivotTableCollection | null;
}

/**
 * Queues loads of the objects on every existing owned sheet (answered by the next sync). PivotTables are
 * listed only where the host can delete them (ExcelApi 1.8); older hosts never had them.
 */
export function loadKeptSheets(context: Session, found: Survey, pivotsSupported: boolean): KeptSheet[] {
  return found.sheets.flatMap((situation) => {
    if (situation.old === null) return [];
    const sheet = context.workbook.worksheets.getItem(situation.old);
    return [
      {
        situation,
        tables: sheet.tables.load("items/name"),
        charts: sheet.charts.load("items/name"),
        pivots: pivotsSupported ? sheet.pivotTables.load("items/name") : null,
      },
    ];
  });
}

function queueMarker(context: Session, plan: OwnedSheetPlan, existing: string | null): void {
  if (existing !== null && sheetOfMarker(existing)?.toLowerCase() === plan.name.toLowerCase()) return;
  if (existing !== null) context.workbook.names.getItem(markerName(plan.kind)).delete();
  context.workbook.names.add(
    markerName(plan.kind),
    markerFormula(plan.name),
    "SalesPace: this sheet is rebuilt by the add-in.",
  );
}

/** No sheet to keep: the temporary sheets take their names (one request, with the last writes). */
export function queueRename(context: Session, found: Survey, token: string): void {
  const { worksheets, tables } = context.workbook;
  for (const { plan, marker } of found.sheets) {
    worksheets.getItem(temporarySheetName(plan.kind, token)).name = plan.name;
    for (const t of plan.tables) tables.getItem(temporaryTableName(t.name, token)).name = t.name;
    queueMarker(context, plan, marker);
  }
}

/** Empties a kept sheet without deleting it: PivotTables, charts, tables, cells, formats, panes. */
function queueStrip(sheet: Excel.Worksheet, kept: KeptSheet): void {
  for (const pivot of kept.pivots?.items ?? []) pivot.delete();
  for (const chart of kept.charts.items) chart.delete();
  for (const table of kept.tables.items) table.delete();
  const all = sheet.getRange();
  all.clear();
  all.conditionalFormats.clearAll();
  sheet.freezePanes.unfreeze();
}

export interface Refill {
  readonly plans: readonly OwnedSheetPlan[];
  readonly found: Survey;
  readonly kept: readonly KeptSheet[];
  /** This run's token: its temporary sheets are deleted at the end (null: the clean-up already did). */
  readonly token: string | null;
  readonly pivotsSupported: boolean;
  /** The host has `worksheet.pageLayout` (ExcelApi 1.9). */
  readonly pageLayoutSupported: boolean;
}

/**
 * Strips every kept sheet, adds the missing ones, fills them all from their plans under the final table
 * names, and deletes the temporary sheets; the writes go out through `batcher` (several requests for a
 * large rollup). Returns the PivotTables left out for want of ExcelApi 1.8.
 */
export async function refill(context: Session, batcher: WriteBatcher, job: Refill): Promise<string[]> {
  const { worksheets } = context.workbook;
  const keptOf = new Map(job.kept.map((k) => [k.situation.plan.kind, k]));
  const targets = new Map<string, Excel.Worksheet>();
  await batcher.reserve(0);
  // Pivot sheets before the tables they read: reverse build order.
  for (const plan of [...job.plans].reverse()) {
    const kept = keptOf.get(plan.kind);
    if (!kept) continue;
    const sheet = worksheets.getItem(kept.situation.old as string);
    queueStrip(sheet, kept);
    if (kept.situation.old !== plan.name) sheet.name = plan.name;
    targets.set(plan.kind, sheet);
  }
  for (const situation of job.found.sheets) {
    const { plan } = situation;
    if (!targets.has(plan.kind)) targets.set(plan.kind, worksheets.add(plan.name));
    queueMarker(context, plan, situation.marker);
  }
  const skipped: string[] = [];
  const identity = new Map<string, string>();
  for (const plan of job.plans) {
    const sheet = targets.get(plan.kind) as Excel.Worksheet;
    await fillOwnedSheet(sheet, plan, identity, batcher, job.pageLayoutSupported);
    if (plan.pivots.length === 0) continue;
    await batcher.reserve(0);
    if (job.pivotsSupported) addPivots(context, sheet, plan.pivots);
    else {
      notePivotsSkipped(sheet, plan.pivots, plan.pivotNotes?.unsupported ?? []);
      skipped.push(...plan.pivots.map((p) => p.name));
    }
  }
  await batcher.reserve(0);
  const token = job.token;
  if (token !== null)
    for (const plan of [...job.plans].reverse())
      worksheets.getItem(temporarySheetName(plan.kind, token)).delete();
  return skipped;
}
