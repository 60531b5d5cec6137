/** How plan cell styles look in Excel (kept small: bold, italic, fill, font colour). */
import type { CellStyle } from "../core/plan/types";

interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fill?: string;
  readonly color?: string;
}

const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, color: "#0F6CBD" },
  subtitle: { italic: true, color: "#605E5C" },
  header: { bold: true, fill: "#DDEBF7" },
  subtotal: { bold: true, fill: "#F2F2F2" },
  total: { bold: true, fill: "#D9D9D9" },
  note: { italic: true, color: "#605E5C" },
  body: {},
};

export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const look = LOOKS[style];
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.color) range.format.font.color = look.color;
  if (look.fill) range.format.fill.color = look.fill;
}
