/**
 * What the workbook holds of the owned sheets, seen in one request for all of them: which sheet of each
 * kind exists (under either language's name), whether it is the add-in's (its marker name or tab
 * colour), and which temporary sheets a cut run left behind. A sheet of an owned sheet's name that is
 * someone's work is refused before anything outside the temporary sheets is written.
 */
import { SalesPaceError } from "../core/errors";
import type { OwnedSheetKind, OwnedSheetPlan } from "../core/plan/types";
import { isOwnedTabColor, markerName, sheetOfMarker } from "./owned-marker";
import type { Session } from "./session";

/**
 * Left by add-in versions that deleted and re-created the owned sheets while a swap was under way.
 * Today's commit needs no such flag (owned-commit.ts); a leftover one is removed.
 */
export const LEGACY_SWAP_FLAG_NAME = "SalesPace_swap_in_progress";

/**
 * Temporary names are new in every run (a short token), so a run can start building before it has seen
 * what a cut run left behind: the survey rides in the first build request, and leftovers — any sheet
 * named `~SP tmp <kind>…` — are deleted later. `~` sorts them apart and no template uses it.
 */
export function temporarySheetName(kind: OwnedSheetKind, token: string): string {
  return `~SP tmp ${kind} ${token}`;
}

export function temporaryTableName(name: string, token: string): string {
  return `${name}_${token}_SPnew`;
}

/** A token for one run's temporary names: letters and digits, valid in sheet and table names. */
export function runToken(): string {
  return `t${(Date.now() % 36 ** 5).toString(36)}${Math.floor(Math.random() * 36 ** 2).toString(36)}`;
}

function isTemporaryOf(kind: OwnedSheetKind, sheet: string): boolean {
  const prefix = `~sp tmp ${kind}`;
  const name = sheet.toLowerCase();
  return name === prefix || name.startsWith(`${prefix} `);
}

export interface OwnedSituation {
  readonly plan: OwnedSheetPlan;
  /** The current sheet of this kind (its actual name), if any. */
  readonly old: string | null;
  /** True when that sheet carries the add-in's marker or tab colour. */
  readonly owned: boolean;
  /** The marker name's formula (`='Scorecard'!$A$1`), if the marker exists. */
  readonly marker: string | null;
  /** Temporary sheets of this kind that exist, this run's own included. */
  readonly temporaries: readonly string[];
}

export interface Survey {
  readonly sheets: readonly OwnedSituation[];
  readonly legacySwapFlag: boolean;
}

const lower = (n: string) => n.toLowerCase();

/** Queues the survey's loads (sheets and names); `read` makes sense of them after the next sync. */
export function queueSurvey(context: Session, plans: readonly OwnedSheetPlan[]): { read(): Survey } {
  const sheets = context.workbook.worksheets.load("items/name,items/tabColor");
  const names = context.workbook.names.load("items/name,items/formula");
  return {
    read() {
      const nameOf = (n: string) => names.items.find((x) => lower(x.name) === lower(n));
      const situation = (plan: OwnedSheetPlan): OwnedSituation => {
        const candidates = new Set([plan.name, ...plan.altNames].map(lower));
        const sheet = sheets.items.find((s) => candidates.has(lower(s.name)));
        const marker = nameOf(markerName(plan.kind));
        const marked =
          sheet !== undefined &&
          marker !== undefined &&
          lower(sheetOfMarker(marker.formula) ?? "") === lower(sheet.name);
        return {
          plan,
          old: sheet?.name ?? null,
          owned: marked || (sheet !== undefined && isOwnedTabColor(sheet.tabColor, plan.tabColor)),
          marker: marker?.formula ?? null,
          temporaries: sheets.items.map((s) => s.name).filter((n) => isTemporaryOf(plan.kind, n)),
        };
      };
      return { sheets: plans.map(situation), legacySwapFlag: nameOf(LEGACY_SWAP_FLAG_NAME) !== undefined };
    },
  };
}

/** One sync: sheets and names, seen from every plan. */
export async function survey(context: Session, plans: readonly OwnedSheetPlan[]): Promise<Survey> {
  const pending = queueSurvey(context, plans);
  await context.sync();
  return pending.read();
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
 * Queues the deletion of what a cut run left behind for these plans: temporary sheets other than this
 * run's (pivot sheets before the tables they read, so in reverse build order) and the legacy swap flag.
 * True when it queued anything.
 */
export function queueLeftoverRemoval(context: Session, found: Survey, token: string | null): boolean {
  let queued = false;
  for (const s of [...found.sheets].reverse()) {
    const mine = token === null ? null : lower(temporarySheetName(s.plan.kind, token));
    for (const name of s.temporaries) {
      if (lower(name) === mine) continue;
      context.workbook.worksheets.getItem(name).delete();
      queued = true;
    }
  }
  if (found.legacySwapFlag) context.workbook.names.getItem(LEGACY_SWAP_FLAG_NAME).delete();
  return queued || found.legacySwapFlag;
}
