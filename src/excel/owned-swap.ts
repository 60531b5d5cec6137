/**
 * What the workbook holds of the owned sheets, seen in one request for all of them: which sheet of each
 * kind exists (under either language's name), whether it is the add-in's (its marker name or tab
 * colour), which temporary sheets a cut run left behind, and which tables exist. A sheet of an owned
 * sheet's name that is someone's work is refused before anything is written.
 */
import { SalesPaceError } from "../core/errors";
import type { OwnedSheetPlan } from "../core/plan/types";
import { isOwnedTabColor, markerName, sheetOfMarker, temporarySheetName } from "./owned-marker";
import type { Session } from "./session";

/**
 * Left by add-in versions that deleted and re-created the owned sheets while a swap was under way.
 * Today's commit needs no such flag (owned-commit.ts); a leftover one is removed.
 */
export const LEGACY_SWAP_FLAG_NAME = "SalesPace_swap_in_progress";

export interface OwnedSituation {
  readonly plan: OwnedSheetPlan;
  /** The current sheet of this kind (its actual name), if any. */
  readonly old: string | null;
  /** True when that sheet carries the add-in's marker or tab colour. */
  readonly owned: boolean;
  /** The marker name's formula (`='Scorecard'!$A$1`), if the marker exists. */
  readonly marker: string | null;
  readonly temporaryExists: boolean;
}

export interface Survey {
  readonly sheets: readonly OwnedSituation[];
  readonly tableNames: ReadonlySet<string>;
  readonly legacySwapFlag: boolean;
}

const lower = (n: string) => n.toLowerCase();

/** One sync: sheets, names and tables, seen from every plan. */
export async function survey(context: Session, plans: readonly OwnedSheetPlan[]): Promise<Survey> {
  const sheets = context.workbook.worksheets.load("items/name,items/tabColor");
  const names = context.workbook.names.load("items/name,items/formula");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
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
      marker: marker?.formula ?? null,
      temporaryExists: sheets.items.some((s) => lower(s.name) === temporary),
    };
  };
  return {
    sheets: plans.map(situation),
    tableNames,
    legacySwapFlag: nameOf(LEGACY_SWAP_FLAG_NAME) !== undefined,
  };
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

/**
 * Queues the deletion of what a cut run left behind for these plans: temporary sheets (pivot sheets
 * before the tables they read, so in reverse build order) and the legacy swap flag. True when it
 * queued anything.
 */
export function queueLeftoverRemoval(context: Session, found: Survey): boolean {
  const leftovers = found.sheets.filter((s) => s.temporaryExists);
  for (const s of [...leftovers].reverse())
    context.workbook.worksheets.getItem(temporarySheetName(s.plan.kind)).delete();
  if (found.legacySwapFlag) context.workbook.names.getItem(LEGACY_SWAP_FLAG_NAME).delete();
  return leftovers.length > 0 || found.legacySwapFlag;
}
