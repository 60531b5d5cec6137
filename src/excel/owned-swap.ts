/**
 * What the workbook holds of the owned sheets (one survey for all of them) and the swap that puts every
 * new sheet in place in one request. The swap is bracketed by a defined name: it is added first and
 * removed last, so a request cut midway leaves the name behind, and the next run (or the clean-up)
 * finishes the swap instead of throwing the complete new sheets away. Without it, a temporary sheet
 * is an unfinished build and is deleted.
 */
import { SalesPaceError } from "../core/errors";
import type { OwnedSheetPlan } from "../core/plan/types";
import {
  isOwnedTabColor,
  markerFormula,
  markerName,
  sheetOfMarker,
  temporarySheetName,
  temporaryTableName,
} from "./owned-marker";
import type { Session } from "./session";

/** Present only while a swap request is under way (or was cut). */
export const SWAP_FLAG_NAME = "SalesPace_swap_in_progress";

export interface OwnedSituation {
  readonly plan: OwnedSheetPlan;
  /** The current sheet of this kind (its actual name), if any. */
  readonly old: string | null;
  /** True when that sheet carries the add-in's marker or tab colour. */
  readonly owned: boolean;
  readonly marker: boolean;
  readonly temporaryExists: boolean;
  /** Plan tables that exist under their temporary name. */
  readonly temporaryTables: readonly string[];
}

export interface Survey {
  readonly sheets: readonly OwnedSituation[];
  readonly tableNames: ReadonlySet<string>;
  readonly swapCut: boolean;
}

/** One sync: sheets, names and tables, seen from every plan. */
export async function survey(context: Session, plans: readonly OwnedSheetPlan[]): Promise<Survey> {
  const sheets = context.workbook.worksheets.load("items/name,items/tabColor");
  const names = context.workbook.names.load("items/name,items/formula");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const lower = (n: string) => n.toLowerCase();
  const tableNames = new Set(tables.items.map((t) => lower(t.name)));
  const nameOf = (n: string) => names.items.find((x) => lower(x.name) === lower(n));
  const situation = (plan: OwnedSheetPlan): OwnedSituation => {
    const candidates = new Set([plan.name, ...plan.altNames].map(lower));
    const sheet = sheets.items.find((s) => candidates.has(lower(s.name)));
    const marker = nameOf(markerName(plan.kind));
    const marked =
      sheet !== undefined &&
      marker !== undefined &&
      lower(sheetOfMarker(marker.formula) ?? "") === lower(sheet.name);
    const temporary = lower(temporarySheetName(plan.kind));
    return {
      plan,
      old: sheet?.name ?? null,
      owned: marked || (sheet !== undefined && isOwnedTabColor(sheet.tabColor, plan.tabColor)),
      marker: marker !== undefined,
      temporaryExists: sheets.items.some((s) => lower(s.name) === temporary),
      temporaryTables: plan.tables
        .map((t) => t.name)
        .filter((t) => tableNames.has(lower(temporaryTableName(t)))),
    };
  };
  return { sheets: plans.map(situation), tableNames, swapCut: nameOf(SWAP_FLAG_NAME) !== undefined };
}

/**
 * A sheet of an owned sheet's name that is someone's work and not empty: refused before anything is
 * written (one more sync, only when such a sheet exists).
 */
export async function refuseForeignSheets(context: Session, found: Survey): Promise<void> {
  const foreign = found.sheets
    .filter((s) => s.old !== null && !s.owned)
    .map((s) => ({
      old: s.old as string,
      used: context.workbook.worksheets
        .getItem(s.old as string)
        .getUsedRangeOrNullObject(true)
        .load("address"),
    }));
  if (foreign.length === 0) return;
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

/** What the swap does for one owned sheet kind. */
export interface SwapMove {
  readonly plan: OwnedSheetPlan;
  /** The sheet to delete, if any. */
  readonly old: string | null;
  readonly renameSheet: boolean;
  /** Plan tables to rename from their temporary name. */
  readonly renameTables: readonly string[];
  readonly marker: boolean;
}

/**
 * Queues the swap: old sheets out (pivot sheets before the tables they read, so in reverse build
 * order), new sheets renamed, their tables renamed, markers moved; bracketed by the swap flag.
 */
export function queueSwap(context: Session, moves: readonly SwapMove[], flag: { add: boolean }): void {
  const { worksheets, names, tables } = context.workbook;
  if (flag.add) names.add(SWAP_FLAG_NAME, '="SalesPace"', "SalesPace: rollup sheets are being swapped.");
  for (const move of [...moves].reverse()) if (move.old !== null) worksheets.getItem(move.old).delete();
  for (const { plan, renameSheet, renameTables, marker } of moves) {
    if (renameSheet) worksheets.getItem(temporarySheetName(plan.kind)).name = plan.name;
    for (const table of renameTables) tables.getItem(temporaryTableName(table)).name = table;
    if (marker) names.getItem(markerName(plan.kind)).delete();
    names.add(
      markerName(plan.kind),
      markerFormula(plan.name),
      "SalesPace: this sheet is rebuilt by the add-in.",
    );
  }
  names.getItem(SWAP_FLAG_NAME).delete();
}

/**
 * Leaves the workbook consistent after a failure, in the survey's request: finishes a swap that was
 * cut (whatever part of each sheet's move is still to do), or deletes the temporary sheets of an
 * unfinished build. Returns true when it queued anything.
 */
export function queueSettle(context: Session, found: Survey): boolean {
  if (found.swapCut) {
    const moves = found.sheets
      .filter((s) => s.temporaryExists || s.old !== null)
      .map((s) => ({
        plan: s.plan,
        old: s.temporaryExists ? s.old : null,
        renameSheet: s.temporaryExists,
        renameTables: s.temporaryTables,
        marker: s.marker,
      }));
    queueSwap(context, moves, { add: false });
    return true;
  }
  const leftovers = found.sheets.filter((s) => s.temporaryExists);
  for (const s of leftovers) context.workbook.worksheets.getItem(temporarySheetName(s.plan.kind)).delete();
  return leftovers.length > 0;
}
