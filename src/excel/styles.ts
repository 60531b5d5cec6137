/** Applies the core's cell looks (src/core/plan/looks.ts) to an Office.js range. */
import { CELL_LOOKS, type CellLook } from "../core/plan/looks";
import type { CellStyle } from "../core/plan/types";

function applyLook(range: Excel.Range, look: CellLook): void {
  const font = range.format.font;
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.underline) font.underline = "Single";
  if (look.size !== undefined) font.size = look.size;
  if (look.color) font.color = look.color;
  if (look.fill) range.format.fill.color = look.fill;
  if (look.totalBorder) {
    range.format.borders.getItem("EdgeTop").style = "Continuous";
    range.format.borders.getItem("EdgeBottom").style = "Double";
  }
}

export function applyStyle(range: Excel.Range, style: CellStyle): void {
  applyLook(range, CELL_LOOKS[style]);
}
