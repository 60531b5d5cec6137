/**
 * Opening and saving .xlsx files: recognise what is not a workbook before exceljs sees it, and write
 * atomically (a temporary file in the same folder, then a rename), so a failure never leaves a
 * half-written workbook and the input stays untouched.
 */
import { randomBytes } from "node:crypto";
import { open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { SalesPaceError } from "../core/errors";
import { keepFormulaNames, type FormulaNames } from "./definedNames";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: a legacy .xls, or an .xlsx encrypted with a password (Excel wraps those in OLE). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function notAWorkbook(path: string, why: string, detail?: string): SalesPaceError {
  return new SalesPaceError("NotAWorkbook", `${path}: ${why}`, detail, { path });
}

/**
 * Checks that `path` is a readable .xlsx file (a zip), without loading it.
 * @throws SalesPaceError NotAWorkbook naming what is wrong (missing, a folder, not a zip, encrypted…).
 */
export async function checkWorkbookFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info) throw notAWorkbook(path, "no such file.");
  if (!info.isFile()) throw notAWorkbook(path, "is not a file.");
  const handle = await open(path, "r");
  const head = Buffer.alloc(8);
  try {
    await handle.read(head, 0, 8, 0);
  } finally {
    await handle.close();
  }
  if (startsWith(head, OLE_MAGIC)) {
    throw notAWorkbook(
      path,
      "is password-protected or a legacy .xls file; save it as an unprotected .xlsx workbook.",
    );
  }
  if (!startsWith(head, ZIP_MAGIC)) throw notAWorkbook(path, "is not an .xlsx workbook.");
}

export interface LoadedWorkbook {
  readonly workbook: ExcelJS.Workbook;
  readonly formulaNames: FormulaNames;
}

/** A new, empty workbook (with the defined-name keeper installed). */
export function newWorkbook(): LoadedWorkbook {
  const workbook = new ExcelJS.Workbook();
  return { workbook, formulaNames: keepFormulaNames(workbook) };
}

/**
 * Loads an .xlsx file into memory.
 * @throws SalesPaceError NotAWorkbook when the file is missing, encrypted, not a zip or a corrupt workbook.
 */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  await checkWorkbookFile(path);
  const loaded = newWorkbook();
  try {
    await loaded.workbook.xlsx.readFile(path);
  } catch (error) {
    throw notAWorkbook(path, "is a corrupt or unreadable .xlsx file.", String(error));
  }
  if (loaded.workbook.worksheets.length === 0) throw notAWorkbook(path, "has no worksheets.");
  return loaded;
}

/**
 * Writes `workbook` to `path` atomically: into a temporary file beside it, then renamed over it.
 * @throws SalesPaceError OutputNotWritable when the folder cannot be written (the target is untouched).
 */
export async function saveWorkbookAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await writeAtomically(path, (temp) => workbook.xlsx.writeFile(temp));
}

/** Runs `write(tempPath)` and renames the result onto `path`; removes the temporary file on failure. */
export async function writeAtomically(
  path: string,
  write: (tempPath: string) => Promise<void>,
): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) {
    throw new SalesPaceError("OutputNotWritable", `${path}: is a folder, not a file.`, undefined, { path });
  }
  // Renaming over a file needs only a writable folder, so a read-only workbook would be replaced
  // (for root, even chmod would not stop it): its mode says the owner wants it left alone.
  if (existing && (existing.mode & 0o222) === 0) {
    throw new SalesPaceError(
      "OutputNotWritable",
      `${path}: is read-only, so SalesPace will not replace it. Write elsewhere with --out OTHER.xlsx, or make the file writable.`,
      undefined,
      { path },
    );
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await write(temp);
    await rename(temp, path);
  } catch (error) {
    // Where the folder cannot be reached (a path through a file: ENOTDIR) no temporary file exists
    // and removing it fails too; the user must hear about the write, not about the clean-up.
    await rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof SalesPaceError) throw error;
    throw new SalesPaceError("OutputNotWritable", `${path}: cannot write the workbook here.`, String(error), {
      path,
    });
  }
}
