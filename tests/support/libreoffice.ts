/**
 * LibreOffice Calc as an independent spreadsheet engine for tests: it opens .xlsx files that SalesPace
 * wrote, recalculates every formula and saves them again, so a test can read back what a real engine
 * computes (exceljs gives each formula cell's new cached `result`).
 *
 * LibreOffice 7.4 does not recalculate on load a file that already has cached values (its default
 * OOXMLRecalcMode is "never"), and ours always has them; so each run uses a private profile whose
 * registrymodifications.xcu sets OOXMLRecalcMode=0 ("always"). The profile also keeps LibreOffice out
 * of $HOME. Several files go through one soffice start (≈1.5 s per start), so tests batch them.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { ScorecardFigureCell } from "../../src/core/plan";

const run = promisify(execFile);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profile: string | null = null;

/** A private LibreOffice profile that recalculates on load (made once per test process). */
function recalculatingProfile(): string {
  if (profile) return profile;
  const dir = mkdtempSync(join(tmpdir(), "salespace-lo-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  profile = dir;
  return dir;
}

/**
 * Opens each file in LibreOffice, recalculates and saves it as .xlsx into `outDir` (same base names;
 * give inputs distinct names). One soffice start for all files. Returns the output paths in order.
 * @throws Error when soffice fails or an output is missing.
 */
export async function recalculateXlsx(
  soffice: string,
  files: readonly string[],
  outDir: string,
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const names = files.map((f) => basename(f));
  if (new Set(names).size !== names.length)
    throw new Error(`recalculateXlsx needs distinct file names: ${names}`);
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${recalculatingProfile()}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...files,
    ],
    { timeout: 120_000 },
  );
  const outputs = names.map((n) => join(outDir, n));
  const missing = outputs.filter((o) => !existsSync(o));
  if (missing.length > 0) throw new Error(`LibreOffice wrote no ${missing.join(", ")}`);
  return outputs;
}

/** A cell as LibreOffice left it: the recalculated result of a formula, else the value. */
export type RecalculatedCell = string | number | boolean | null | { error: string };

function plain(value: ExcelJS.CellValue): RecalculatedCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  if (typeof value === "object" && "formula" in value)
    return plain((value.result ?? null) as ExcelJS.CellValue);
  if (typeof value === "object" && "sharedFormula" in value)
    return plain((value.result ?? null) as ExcelJS.CellValue);
  if (typeof value === "object" && "error" in value) return { error: String(value.error) };
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  if (typeof value === "object" && "text" in value) return String(value.text);
  return String(value);
}

/** Reads a recalculated workbook: `cell(sheet, "B7")` gives LibreOffice's value for that cell. */
export async function readRecalculated(path: string): Promise<{
  workbook: ExcelJS.Workbook;
  cell: (sheet: string, address: string) => RecalculatedCell;
  formula: (sheet: string, address: string) => string | null;
}> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheetOf = (name: string): ExcelJS.Worksheet => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error(`${path} has no sheet "${name}"`);
    return sheet;
  };
  return {
    workbook,
    cell: (sheet, address) => {
      const cell = sheetOf(sheet).getCell(address);
      // exceljs's cell.value leaves out a formula result that is 0, false or ""; cell.result keeps it.
      return cell.formula ? plain((cell.result ?? null) as ExcelJS.CellValue) : plain(cell.value);
    },
    formula: (sheet, address) => {
      const value = sheetOf(sheet).getCell(address).value;
      return value && typeof value === "object" && "formula" in value ? (value.formula ?? null) : null;
    },
  };
}

/**
 * Each scorecard figure whose recalculated cell differs from the core's number (relative 1e-6; a
 * figure the core leaves undefined must be a blank cell), as a line naming the cell and both values.
 */
export function figureMismatches(
  cells: readonly ScorecardFigureCell[],
  recalculated: (address: string) => unknown,
  label = "",
): string[] {
  return cells.flatMap((c) => {
    const got = recalculated(c.address);
    const same =
      c.value === null
        ? got === null || got === ""
        : typeof got === "number" && Math.abs(got - c.value) <= 1e-6 * Math.max(1, Math.abs(c.value));
    return same
      ? []
      : [
          `${label}${c.address} ${c.level} ${c.salesperson ?? c.region} ${c.metric}.${c.figure}: core ${c.value}, LibreOffice ${JSON.stringify(got)}`,
        ];
  });
}
