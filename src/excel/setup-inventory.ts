/**
 * What set-up needs to know about the workbook, in at most two syncs: first the names of sheets,
 * tables and defined names; then, only if some template sheet or table already exists, their header
 * rows, validation state and whether the cells a missing table needs are free.
 */
import type { InputSheetPlan, InputTablePlan, SetupPlan } from "../core/plan/types";
import { matchKey } from "../core/text/fold";
import type { Session } from "./session";

export interface ExistingColumn {
  readonly header: string;
  /** Data validation type of the column's data body (`None`, `List`, `Inconsistent`…), null when not checked. */
  readonly validationType: string | null;
  readonly hasPrompt: boolean;
}

export interface ExistingTable {
  readonly table: Excel.Table;
  readonly sheet: string;
  readonly rows: number;
  readonly columns: readonly ExistingColumn[];
}

export interface SetupInventory {
  /** Actual name of the existing sheet for each plan sheet (by its name or alt names). */
  readonly sheetFor: ReadonlyMap<InputSheetPlan, string>;
  readonly tables: ReadonlyMap<InputTablePlan, ExistingTable>;
  /** Defined names (lower case) and their formulas. */
  readonly names: ReadonlyMap<string, string>;
  /** Plan sheets that exist, hold other content and none of their tables. */
  readonly takenSheets: readonly string[];
  /** Missing tables whose anchor cells on an existing sheet are not empty. */
  readonly blockedAnchors: readonly { readonly table: InputTablePlan; readonly sheet: string }[];
}

export function sheetMatches(plan: InputSheetPlan, name: string): boolean {
  const key = matchKey(name);
  return [plan.name, ...plan.altNames].some((n) => matchKey(n) === key);
}

/** Loads the inventory; `withValidation` is false when the host lacks ExcelApi 1.8. */
export async function loadSetupInventory(
  context: Session,
  plan: SetupPlan,
  withValidation: boolean,
): Promise<SetupInventory> {
  const sheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name,items/formula");
  await context.sync();

  const sheetFor = new Map<InputSheetPlan, string>();
  for (const sheetPlan of plan.sheets) {
    const found = sheets.items.find((s) => sheetMatches(sheetPlan, s.name));
    if (found) sheetFor.set(sheetPlan, found.name);
  }
  const tableItems = new Map(tables.items.map((t) => [t.name.toLowerCase(), t] as const));
  const nameSet = new Map(names.items.map((n) => [n.name.toLowerCase(), String(n.formula)] as const));

  const tableProbes = plan.sheets.flatMap((s) =>
    s.tables.flatMap((tablePlan) => {
      const table = tableItems.get(tablePlan.table.toLowerCase());
      if (!table) return [];
      const header = table.getHeaderRowRange().load("values");
      const body = table.getDataBodyRange().load("rowCount");
      const sheet = table.worksheet.load("name");
      return [{ tablePlan, table, header, body, sheet }];
    }),
  );
  const sheetProbes = plan.sheets.flatMap((sheetPlan) => {
    const name = sheetFor.get(sheetPlan);
    if (name === undefined) return [];
    const worksheet = context.workbook.worksheets.getItem(name);
    const missing = sheetPlan.tables.filter((t) => !tableItems.has(t.table.toLowerCase()));
    if (missing.length === 0) return [];
    const used = worksheet.getUsedRangeOrNullObject(true).load("address");
    const anchors = missing.map((tablePlan) => {
      const cells = worksheet
        .getRange(tablePlan.anchor)
        .getResizedRange(1, tablePlan.columns.length - 1)
        .load("values");
      return { tablePlan, cells };
    });
    return [{ sheetPlan, name, used, anchors, allMissing: missing.length === sheetPlan.tables.length }];
  });
  if (tableProbes.length === 0 && sheetProbes.length === 0) {
    return { sheetFor, tables: new Map(), names: nameSet, takenSheets: [], blockedAnchors: [] };
  }

  await context.sync();

  // Validation state needs the column count, known only now: one more request, reads only.
  const validationLoads = tableProbes.map((probe) => {
    const body = probe.table.getDataBodyRange();
    const list = probe.header.values[0].map((header, i) => ({
      header: String(header),
      dv: withValidation ? body.getColumn(i).dataValidation.load("type,prompt") : null,
    }));
    return { list, probe };
  });
  if (withValidation && validationLoads.length > 0) await context.sync();
  const existing = new Map<InputTablePlan, ExistingTable>();
  for (const { list, probe } of validationLoads) {
    existing.set(probe.tablePlan, {
      table: probe.table,
      sheet: probe.sheet.name,
      rows: probe.body.rowCount,
      columns: list.map(({ header, dv }) => ({
        header,
        validationType: dv ? dv.type : null,
        hasPrompt: dv ? dv.prompt.showPrompt : false,
      })),
    });
  }

  const takenSheets: string[] = [];
  const blockedAnchors: { table: InputTablePlan; sheet: string }[] = [];
  for (const probe of sheetProbes) {
    if (probe.allMissing && !probe.used.isNullObject) {
      takenSheets.push(probe.name);
      continue;
    }
    for (const { tablePlan, cells } of probe.anchors) {
      if (cells.values.some((line) => line.some((v) => v !== "")))
        blockedAnchors.push({ table: tablePlan, sheet: probe.name });
    }
  }
  return { sheetFor, tables: existing, names: nameSet, takenSheets, blockedAnchors };
}
