/** What the headers cross-check compares: formula cells with their core values, names, weekly links. */
import ExcelJS from "exceljs";
import type { OwnedSheetWriter } from "../../src/core/actions/port";
import { ownedSheetName } from "../../src/core/plan";
import type { CellValue, OwnedSheetPlan } from "../../src/core/plan/types";
import type { Lang } from "../../src/core/schema/types";
import { type XlsxWorkbookPort, createXlsxPort, openXlsxPort } from "../../src/xlsx";
import { keepFormulaNames } from "../../src/xlsx/definedNames";
import { NAME_CHECK_SHEET, saveDoubleAsXlsx } from "../support/doubleToXlsx";
import { type WorkbookState, createExcelDouble } from "../../src/excel-double";
import { readRecalculated, type RecalculatedCell } from "../support/libreoffice";
import type { Kind } from "./headerKinds";

/** A port that remembers the plans it was given, so each formula cell's core value is known. */
export function recording<P extends OwnedSheetWriter>(port: P, plans: OwnedSheetPlan[]): P {
  return new Proxy(port, {
    get(target, key, receiver) {
      if (key === "replaceOwnedSheets")
        return (given: readonly OwnedSheetPlan[], onProgress?: never) => {
          plans.push(...given);
          return target.replaceOwnedSheets(given, onProgress);
        };
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly expected: CellValue;
}

function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Every formula cell the plans write, with the value the core computed for it. */
export function planFormulaCells(plans: readonly OwnedSheetPlan[]): FormulaCell[] {
  return plans.flatMap((plan) =>
    plan.writes.flatMap((write) => {
      if (!write.formulas) return [];
      const match = /^([A-Z]+)(\d+)/.exec(write.address)!;
      let left = 0;
      for (const ch of match[1]) left = left * 26 + (ch.charCodeAt(0) - 64);
      const top = Number(match[2]);
      return write.formulas.flatMap((line, r) =>
        line.flatMap((formula, c) =>
          formula === null
            ? []
            : [
                {
                  sheet: plan.name,
                  address: `${columnName(left - 1 + c)}${top + r}`,
                  expected: write.values[r][c],
                },
              ],
        ),
      );
    }),
  );
}

/** The same figure: numbers to a millionth (relative), blanks as blanks, text as text. */
export function agrees(expected: RecalculatedCell | CellValue, got: RecalculatedCell): boolean {
  if (expected === null || expected === "") return got === null || got === "";
  if (typeof expected === "number")
    return typeof got === "number" && Math.abs(got - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
  return got === expected;
}

export interface Outcome {
  readonly cells: readonly FormulaCell[];
  readonly recalculated: string;
  readonly nameChecks: readonly { name: string; rows: number | null }[];
  readonly lang: Lang;
}

/** The .xlsx a kind starts from on the CLI path: hand-made tables via the bridge, else a new workbook. */
export async function startFile(kind: Kind, path: string): Promise<XlsxWorkbookPort> {
  if (kind.seed.length === 0) return createXlsxPort();
  await saveDoubleAsXlsx(createExcelDouble({ tables: kind.seed }).workbook, path);
  return openXlsxPort(path);
}

/** Formula cells of every sheet with their cached results (what `salespace rollup` wrote). */
export async function cachedFormulaCells(path: string): Promise<FormulaCell[]> {
  const book = await readRecalculated(path);
  const cells: FormulaCell[] = [];
  book.workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula)
          cells.push({
            sheet: sheet.name,
            address: cell.address,
            expected: book.cell(sheet.name, cell.address) as CellValue,
          });
      }),
    ),
  );
  return cells;
}

/** A copy of `path` with a sheet of `=ROWS(name)` for each SP_ name, to see the engine resolve them. */
export async function withNameChecks(
  path: string,
  out: string,
): Promise<{ name: string; rows: number | null }[]> {
  const workbook = new ExcelJS.Workbook();
  const names = keepFormulaNames(workbook);
  await workbook.xlsx.readFile(path);
  const dropdowns = names.names().filter((n) => n.startsWith("SP_") && names.formula(n)?.includes("["));
  const sheet = workbook.addWorksheet(NAME_CHECK_SHEET);
  const checks = dropdowns.map((name, i) => {
    sheet.getCell(`A${i + 1}`).value = name;
    sheet.getCell(`B${i + 1}`).value = { formula: `ROWS(${name})` } as ExcelJS.CellFormulaValue;
    return { name, rows: null };
  });
  await workbook.xlsx.writeFile(out);
  return checks;
}

/** The header of the table column each weekly-report link points at ("" when it is in no table). */
export function weeklyLinkHeaders(book: WorkbookState, lang: Lang): string[] {
  const weekly = book.sheet(ownedSheetName("weekly", lang))!;
  return [...weekly.hyperlinks.values()].map((link) => {
    const match = /^'((?:[^']|'')+)'!([A-Z]+)(\d+)$/.exec(link.documentReference)!;
    const sheet = book.sheet(match[1].replace(/''/g, "'"))!;
    let column = 0;
    for (const ch of match[2]) column = column * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(match[3]) - 1;
    const table = book.tables.find(
      (t) =>
        t.sheet === sheet &&
        t.rect.left <= column - 1 &&
        column - 1 <= t.rect.right &&
        t.rect.top < row &&
        row <= t.rect.bottom,
    );
    return table ? String(sheet.value(table.rect.top, column - 1)) : "";
  });
}
