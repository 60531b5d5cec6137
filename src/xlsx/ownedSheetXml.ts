/**
 * One add-in-owned sheet (an OwnedSheetPlan) rendered as SpreadsheetML, for writing rollups into a
 * workbook without loading it: cells with formulas and their cached values, number formats and
 * looks (via StylesPart), column widths, frozen panes, conditional formats, internal hyperlinks, the
 * facts table as a table part, the tab colour and the Pivots note. Written the way the in-memory
 * path (ownedSheets.ts) writes the same plan, so both give the same workbook.
 */
import { fileFormula } from "./formulaText";
import type { CellValue, OwnedSheetPlan, OwnedTablePlan } from "../core/plan/types";
import { boxOf, cellAddress, columnLetters, parseCell, rangeAddress } from "./address";
import { FIT_TO_PAGE_XML, pageSetupXml } from "./pageSetup";
import type { CellLook, StylesPart } from "./stylesPart";
import { escapeXml } from "./xmlText";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const ROWS_PER_PIECE = 200;

interface GridCell {
  readonly value: CellValue;
  /** Formula text without its leading `=`, or null. */
  readonly formula: string | null;
  /** People's text: always a string cell. */
  readonly text: boolean;
  readonly style: number;
  /** Range writes lie under a table's cells; links and notes over them (the in-memory path's order). */
  readonly underTables?: boolean;
}

/** A table's data rows, rendered straight from the plan when the sheet is written (not held as cells). */
interface TableBody {
  readonly top: number;
  readonly left: number;
  readonly rows: readonly (readonly CellValue[])[];
  readonly width: number;
  readonly text: ReadonlySet<number>;
  readonly styles: readonly number[];
}

/** A table part to write beside the sheet. */
export interface RenderedTable {
  readonly name: string;
  /** The table part, given its workbook-wide id. */
  readonly xml: (id: number) => string;
}

/** A rendered sheet: its XML in pieces (the relationship ids of its tables filled in on the way). */
export interface RenderedSheet {
  readonly plan: OwnedSheetPlan;
  readonly tables: readonly RenderedTable[];
  /** The worksheet part; `tableRelIds[i]` is the sheet's relationship id of `tables[i]`. */
  pieces(tableRelIds: readonly string[]): Generator<string>;
}

class Grid {
  readonly rows = new Map<number, Map<number, GridCell>>();
  readonly bodies: TableBody[] = [];
  private readonly styleIds = new Map<string, number>();

  constructor(private readonly styles: StylesPart) {}

  style(look: CellLook | undefined, format: string | undefined): number {
    const key = `${look ?? ""}\u0000${format ?? ""}`;
    let id = this.styleIds.get(key);
    if (id === undefined) {
      id = this.styles.cellFormat(look, format);
      this.styleIds.set(key, id);
    }
    return id;
  }

  set(row: number, column: number, cell: GridCell): void {
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(column, cell);
  }
}

function placeWrites(grid: Grid, plan: OwnedSheetPlan): void {
  for (const write of plan.writes) {
    const origin = boxOf(write.address);
    write.values.forEach((rowValues, r) => {
      rowValues.forEach((value, c) => {
        const formula = write.formulas?.[r]?.[c] ?? null;
        const format =
          typeof write.numberFormat === "string" ? write.numberFormat : write.numberFormat?.[r]?.[c];
        const isText = formula === null && write.text === true;
        grid.set(origin.top + r, origin.left + c, {
          value: isText && value !== null ? String(value) : value,
          formula: formula === null ? null : fileFormula(formula),
          text: isText,
          style: grid.style(write.style, isText ? "@" : format),
          underTables: true,
        });
      });
    });
  }
}

function placeTable(grid: Grid, table: OwnedTablePlan): RenderedTable {
  const header = boxOf(table.headerAddress);
  const text = new Set(table.textColumns);
  const rows = table.rows.length > 0 ? table.rows : [table.headers.map(() => null)];
  table.headers.forEach((name, c) =>
    grid.set(header.top, header.left + c, { value: name, formula: null, text: false, style: 0 }),
  );
  const columnStyles = table.headers.map((_, c) =>
    grid.style(undefined, text.has(c) ? "@" : table.numberFormats[c] || undefined),
  );
  grid.bodies.push({
    top: header.top + 1,
    left: header.left,
    rows,
    width: table.headers.length,
    text,
    styles: columnStyles,
  });
  const ref = rangeAddress({
    top: header.top,
    left: header.left,
    bottom: header.top + rows.length,
    right: header.left + table.headers.length - 1,
  });
  const columns = table.headers
    .map((name, c) => `<tableColumn id="${c + 1}" name="${escapeXml(name)}"/>`)
    .join("");
  return {
    name: table.name,
    xml: (id) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="${id}" ` +
      `name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0">` +
      `<autoFilter ref="${ref}"/><tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
      `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" ` +
      `showRowStripes="1" showColumnStripes="0"/></table>`,
  };
}

/** The plan's words for a file without PivotTables, from the first pivot's destination down. */
function placePivotNote(grid: Grid, plan: OwnedSheetPlan): void {
  const lines = plan.pivotNotes?.withoutExcel ?? [];
  if (plan.pivots.length === 0 || lines.length === 0) return;
  const start = parseCell(plan.pivots[0].destination);
  const style = grid.style("note", undefined);
  lines.forEach((line, i) =>
    grid.set(start.row + i, start.column, { value: line, formula: null, text: false, style }),
  );
}

function inlineString(ref: string, style: string, text: string): string {
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function cellXml(ref: string, cell: GridCell): string {
  const s = cell.style ? ` s="${cell.style}"` : "";
  const v = cell.value;
  if (cell.formula !== null) {
    const f = `<f>${escapeXml(cell.formula)}</f>`;
    if (typeof v === "number" && Number.isFinite(v)) return `<c r="${ref}"${s}>${f}<v>${v}</v></c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === "string") return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(v)}</v></c>`;
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (v === null || (typeof v === "number" && !Number.isFinite(v))) return s ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "number") return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return inlineString(ref, s, v);
}

function paneXml(freeze: OwnedSheetPlan["freeze"]): string {
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return `<sheetView workbookViewId="0"/>`;
  const pane =
    freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = cellAddress(freeze.rows + 1, freeze.columns + 1);
  const x = freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : "";
  const y = freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "";
  return (
    `<sheetView workbookViewId="0"><pane${x}${y} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`
  );
}

/**
 * Renders `plan` against `styles` (which gains the formats the sheet needs).
 * @throws Error on an address that is not A1 notation (before anything is written).
 */
export function renderOwnedSheet(plan: OwnedSheetPlan, styles: StylesPart): RenderedSheet {
  const grid = new Grid(styles);
  placeWrites(grid, plan);
  const tables = plan.tables.map((t) => placeTable(grid, t));
  const linkStyle = grid.style("link", undefined);
  for (const link of plan.hyperlinks) {
    const at = parseCell(link.address);
    grid.set(at.row, at.column, { value: link.text, formula: null, text: false, style: linkStyle });
  }
  placePivotNote(grid, plan);
  const formats = plan.conditionalFormats.map((format, i) => {
    boxOf(format.address);
    const dxf = styles.highlight(format.fill, format.fontColor);
    return (
      `<conditionalFormatting sqref="${format.address}"><cfRule type="expression" dxfId="${dxf}" ` +
      `priority="${i + 1}"><formula>${escapeXml(format.formula.replace(/^=/, ""))}</formula></cfRule></conditionalFormatting>`
    );
  });
  const links = plan.hyperlinks.map(
    (link) =>
      `<hyperlink ref="${link.address}" location="${escapeXml(link.target)}" display="${escapeXml(link.text)}"` +
      (link.tooltip ? ` tooltip="${escapeXml(link.tooltip)}"` : "") +
      "/>",
  );
  return { plan, tables, pieces: (relIds) => sheetPieces(plan, grid, formats, links, relIds) };
}

/** The cells of row `r`: a table body's, with range writes under them and links and notes over them. */
function rowCells(
  r: number,
  placed: ReadonlyMap<number, GridCell> | undefined,
  body: TableBody | undefined,
): ReadonlyMap<number, GridCell> {
  if (!body) return placed!;
  const cells = new Map<number, GridCell>();
  for (const [c, cell] of placed ?? []) if (cell.underTables) cells.set(c, cell);
  const values = body.rows[r - body.top];
  for (let c = 0; c < body.width; c++) {
    const value = values[c] ?? null;
    cells.set(body.left + c, {
      value: body.text.has(c) && value !== null ? String(value) : value,
      formula: null,
      text: body.text.has(c),
      style: body.styles[c],
    });
  }
  for (const [c, cell] of placed ?? []) if (!cell.underTables) cells.set(c, cell);
  return cells;
}

function* sheetPieces(
  plan: OwnedSheetPlan,
  grid: Grid,
  formats: readonly string[],
  links: readonly string[],
  tableRelIds: readonly string[],
): Generator<string> {
  const numbers = new Set(grid.rows.keys());
  let right = 1;
  for (const cells of grid.rows.values()) for (const c of cells.keys()) right = Math.max(right, c);
  const bodyAt = new Map<number, TableBody>();
  for (const body of grid.bodies) {
    right = Math.max(right, body.left + body.width - 1);
    for (let r = 0; r < body.rows.length; r++) {
      numbers.add(body.top + r);
      bodyAt.set(body.top + r, body);
    }
  }
  const rowNumbers = [...numbers].sort((a, b) => a - b);
  const bottom = rowNumbers.length > 0 ? rowNumbers[rowNumbers.length - 1] : 1;
  const cols = plan.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  yield (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetPr><tabColor rgb="FF${plan.tabColor.replace("#", "").toUpperCase()}"/>${FIT_TO_PAGE_XML}</sheetPr>` +
    `<dimension ref="A1:${columnLetters(right)}${bottom}"/>` +
    `<sheetViews>${paneXml(plan.freeze)}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    "<sheetData>"
  );
  let piece = "";
  for (let i = 0; i < rowNumbers.length; i++) {
    const r = rowNumbers[i];
    const cells = rowCells(r, grid.rows.get(r), bodyAt.get(r));
    piece += `<row r="${r}">`;
    for (const c of [...cells.keys()].sort((a, b) => a - b))
      piece += cellXml(`${columnLetters(c)}${r}`, cells.get(c)!);
    piece += "</row>";
    if ((i + 1) % ROWS_PER_PIECE === 0) {
      yield piece;
      piece = "";
    }
  }
  yield piece + "</sheetData>";
  yield formats.join("");
  if (links.length > 0) yield `<hyperlinks>${links.join("")}</hyperlinks>`;
  yield `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
  yield pageSetupXml(plan.page);
  if (tableRelIds.length > 0) {
    yield (
      `<tableParts count="${tableRelIds.length}">` +
      tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("") +
      "</tableParts>"
    );
  }
  yield "</worksheet>";
}
