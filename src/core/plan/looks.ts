/**
 * How each cell style of a plan looks, as data: the Office.js adapter and both .xlsx writers (exceljs and
 * the streaming SpreadsheetML writer) apply these same looks, so a rollup looks the same whether the pane
 * or the command line built it.
 */
import type { CellStyle } from "./types";

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Font size in points; absent = the workbook's default (11). */
  readonly size?: number;
  /** Font colour, `#RRGGBB`. */
  readonly color?: string;
  /** Solid fill, `#RRGGBB`. */
  readonly fill?: string;
  /** A thin line above and a double line below (a total). */
  readonly totalBorder?: boolean;
}

export const CELL_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  title: { bold: true, size: 14, color: "#0F6CBD" },
  subtitle: { bold: true, size: 12, color: "#605E5C" },
  header: { bold: true, fill: "#DDEBF7" },
  subtotal: { bold: true, fill: "#F2F2F2" },
  total: { bold: true, fill: "#D9D9D9", totalBorder: true },
  note: { italic: true, color: "#605E5C" },
  body: {},
};

/** A hyperlink's text: blue and underlined, as Excel shows a link. */
export const LINK_LOOK: CellLook = { underline: true, color: "#0563C1" };

/** `#RRGGBB` → `FFRRGGBB`, the ARGB form SpreadsheetML stores. */
export function argbOf(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}
