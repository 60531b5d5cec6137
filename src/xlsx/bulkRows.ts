/**
 * Writing a set-up workbook with very many rows (the 200 × 250 demo: 400,000 report rows and as many
 * planned visits). exceljs's in-memory model costs about 25 KB a row, so the workbook is first written
 * by exceljs with every table's single blank row, and then re-zipped with the big tables' rows
 * streamed into their sheets as they are generated: the blank row gives each column's style (number
 * format), and the table's range, the sheet's dimension and each column's validation are stretched
 * over the new rows. Everything else (tables, names, validation, settings) is exceljs's own output.
 */
import type { Workbook } from "exceljs";
import type { CellValue } from "../core/plan/types";
import type { TableName } from "../core/schema/types";
import { columnLetters, columnNumber } from "./address";
import { writeAtomically } from "./workbookFile";
import { escapeXml } from "./xmlText";
import { readZip, ZipWriter, type ZipEntry } from "./zip";

const ROWS_PER_PIECE = 2000;

function cellXml(address: string, style: string, value: CellValue): string {
  if (value === null || value === "") return "";
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${address}"${s}><v>${value}</v></c>` : "";
  if (typeof value === "boolean") return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${address}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
}

interface TablePart {
  readonly sheetPath: string;
  readonly tablePath: string;
  readonly ref: string;
}

/** Where exceljs put each table: its part, its sheet's part and its range. */
function tableParts(entries: readonly ZipEntry[]): Map<string, TablePart> {
  const byTarget = new Map<string, string>();
  for (const e of entries) {
    const rels = /^xl\/worksheets\/_rels\/(sheet\d+\.xml)\.rels$/.exec(e.name);
    if (!rels) continue;
    for (const m of e.data.toString("utf8").matchAll(/Target="\.\.\/tables\/(table\d+\.xml)"/g)) {
      byTarget.set(`xl/tables/${m[1]}`, `xl/worksheets/${rels[1]}`);
    }
  }
  const parts = new Map<string, TablePart>();
  for (const e of entries) {
    if (!/^xl\/tables\/table\d+\.xml$/.test(e.name)) continue;
    const xml = e.data.toString("utf8");
    const name = /<table [^>]*\bname="([^"]+)"/.exec(xml)?.[1];
    const ref = /<table [^>]*\bref="([^"]+)"/.exec(xml)?.[1];
    const sheetPath = byTarget.get(e.name);
    if (name && ref && sheetPath) parts.set(name, { sheetPath, tablePath: e.name, ref });
  }
  return parts;
}

interface BigTable {
  readonly table: TableName;
  readonly rows: readonly (readonly CellValue[])[];
}

/**
 * Saves `workbook` to `path` (atomically) with `big` tables' rows streamed in below their headers.
 * Each big table must be the only table on its sheet, still holding just its blank row.
 */
export async function saveWithBulkRows(
  workbook: Workbook,
  big: readonly BigTable[],
  path: string,
  onProgress?: (table: TableName, done: number, total: number) => void,
): Promise<void> {
  const entries = readZip(Buffer.from(await workbook.xlsx.writeBuffer()));
  const parts = tableParts(entries);
  const plans = new Map<
    string,
    { big: BigTable; part: TablePart; top: number; left: number; right: number }
  >();
  for (const b of big) {
    const part = parts.get(b.table);
    if (!part) throw new Error(`No table part for ${b.table}`);
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(part.ref);
    if (!m) throw new Error(`Unexpected table range ${part.ref}`);
    plans.set(part.sheetPath, {
      big: b,
      part,
      top: Number(m[2]),
      left: columnNumber(m[1]),
      right: columnNumber(m[3]),
    });
  }
  const lastRowOf = (p: { big: BigTable; top: number }) => p.top + Math.max(1, p.big.rows.length);

  await writeAtomically(path, async (temp) => {
    const zip = new ZipWriter(temp);
    try {
      for (const entry of entries) {
        const sheetPlan = plans.get(entry.name);
        const tablePlan = [...plans.values()].find((p) => p.part.tablePath === entry.name);
        if (tablePlan) {
          const last = lastRowOf(tablePlan);
          const ref = `${columnLetters(tablePlan.left)}${tablePlan.top}:${columnLetters(tablePlan.right)}${last}`;
          const xml = entry.data.toString("utf8").replace(/\bref="[A-Z]+\d+:[A-Z]+\d+"/g, `ref="${ref}"`);
          await zip.add(entry.name, async (push) => push(xml));
        } else if (sheetPlan) {
          await zip.add(entry.name, (push) =>
            streamSheet(entry.data.toString("utf8"), sheetPlan, push, onProgress),
          );
        } else {
          await zip.add(entry.name, async (push) => push(entry.data));
        }
      }
      await zip.close();
    } catch (error) {
      zip.destroy();
      throw error;
    }
  });
}

async function streamSheet(
  xml: string,
  plan: { big: BigTable; top: number; left: number; right: number },
  push: (text: string) => Promise<void>,
  onProgress?: (table: TableName, done: number, total: number) => void,
): Promise<void> {
  const blankRow = plan.top + 1;
  const rowStart = xml.indexOf(`<row r="${blankRow}"`);
  const dataEnd = xml.indexOf("</sheetData>");
  if (rowStart < 0 || dataEnd < 0) throw new Error(`No blank row ${blankRow} under table ${plan.big.table}`);
  const blank = xml.slice(rowStart, dataEnd);
  const styles: string[] = [];
  const letters: string[] = [];
  for (let c = plan.left; c <= plan.right; c++) {
    const letter = columnLetters(c);
    letters.push(letter);
    styles.push(new RegExp(`<c r="${letter}${blankRow}"[^>]*\\bs="(\\d+)"`).exec(blank)?.[1] ?? "");
  }
  const rows = plan.big.rows;
  const last = plan.top + Math.max(1, rows.length);
  const stretch = (text: string): string =>
    text
      .replace(/<dimension ref="([A-Z]+)(\d+):([A-Z]+)\d+"\/>/, `<dimension ref="$1$2:$3${last}"/>`)
      .replace(
        new RegExp(`sqref="([A-Z]+)${blankRow}(?::[A-Z]+${blankRow})?"`, "g"),
        `sqref="$1${blankRow}:$1${last}"`,
      );
  await push(stretch(xml.slice(0, rowStart)));
  if (rows.length === 0) await push(blank);
  const span = `${plan.left}:${plan.right}`;
  for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
    let piece = "";
    const end = Math.min(rows.length, start + ROWS_PER_PIECE);
    for (let i = start; i < end; i++) {
      const r = blankRow + i;
      piece += `<row r="${r}" spans="${span}">`;
      const values = rows[i];
      for (let c = 0; c < letters.length; c++)
        piece += cellXml(`${letters[c]}${r}`, styles[c], values[c] ?? null);
      piece += "</row>";
    }
    await push(piece);
    onProgress?.(plan.big.table, end, rows.length);
  }
  await push(stretch(xml.slice(dataEnd)));
}
