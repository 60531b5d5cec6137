/**
 * xl/styles.xml for rollup sheets written as XML: the input's styles are kept as they are (every
 * existing `s="…"` index stays valid) and what the owned sheets need is appended — number formats,
 * fonts, fills, borders, cell formats (cellXfs) and the conditional formats' differential formats (dxfs).
 */
import { CELL_LOOKS, type CellLook as CoreLook, LINK_LOOK, argbOf } from "../core/plan/looks";
import type { CellStyle } from "../core/plan/types";
import { escapeXml, unescapeXml } from "./xmlText";

/** The order SpreadsheetML requires for the children of `<styleSheet>`. */
const SECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
] as const;
type Section = (typeof SECTION_ORDER)[number];

/** Excel's built-in number formats that rollups use (ids below 164 have no `<numFmt>` entry). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

const ITEM_TAG: Readonly<Record<Section, string>> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellStyleXfs: "xf",
  cellXfs: "xf",
  cellStyles: "cellStyle",
  dxfs: "dxf",
  tableStyles: "tableStyle",
  colors: "",
  extLst: "",
};

/** How a cell looks, apart from its number format. */
export type CellLook = CellStyle | "link";

/** The styles part being extended; `xml()` gives the new part. */
export class StylesPart {
  private readonly sections = new Map<Section, { items: string[]; existing: number }>();
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = 164;
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly borderIds = new Map<string, number>();
  private readonly xfIds = new Map<string, number>();
  private readonly dxfIds = new Map<string, number>();
  private readonly fontName: string;

  constructor(private readonly source: string) {
    for (const section of SECTION_ORDER) {
      const tag = ITEM_TAG[section];
      const body = this.body(section);
      const existing = tag && body ? (body.match(new RegExp(`<${tag}\\b`, "g")) ?? []).length : 0;
      this.sections.set(section, { items: [], existing });
    }
    for (const m of (this.body("numFmts") ?? "").matchAll(/<numFmt\b[^>]*>/g)) {
      const id = Number(/numFmtId="(\d+)"/.exec(m[0])?.[1]);
      const code = /formatCode="([^"]*)"/.exec(m[0])?.[1];
      if (code !== undefined && Number.isFinite(id)) this.formatIds.set(unescapeXml(code), id);
      if (id >= this.nextFormatId) this.nextFormatId = id + 1;
    }
    this.fontName = /<font\b[\s\S]*?<name val="([^"]*)"/.exec(this.body("fonts") ?? "")?.[1] ?? "Calibri";
  }

  private body(section: Section): string | null {
    const m = new RegExp(`<${section}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${section}>)`).exec(this.source);
    return m ? (m[1] ?? "") : null;
  }

  private append(section: Section, item: string, memo: Map<string, number>): number {
    let id = memo.get(item);
    if (id === undefined) {
      const s = this.sections.get(section)!;
      id = s.existing + s.items.length;
      s.items.push(item);
      memo.set(item, id);
    }
    return id;
  }

  private numberFormatId(format: string | undefined): number {
    if (!format) return 0;
    const builtIn = BUILT_IN_FORMATS[format];
    if (builtIn !== undefined) return builtIn;
    let id = this.formatIds.get(format);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formatIds.set(format, id);
      this.sections
        .get("numFmts")!
        .items.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`);
    }
    return id;
  }

  private lookOf(look: CellLook | undefined): CoreLook | null {
    if (look === undefined) return null;
    return look === "link" ? LINK_LOOK : CELL_LOOKS[look];
  }

  /** The font of a core look (src/core/plan/looks.ts), or 0 (the default font) when it has none. */
  private font(look: CellLook | undefined): number {
    const l = this.lookOf(look);
    if (!l || !(l.bold || l.italic || l.underline || l.size !== undefined || l.color)) return 0;
    const color = l.color ? `<color rgb="${argbOf(l.color)}"/>` : "";
    const font =
      `<font>${l.bold ? "<b/>" : ""}${l.italic ? "<i/>" : ""}${l.underline ? "<u/>" : ""}` +
      `<sz val="${l.size ?? 11}"/>${color}<name val="${this.fontName}"/><family val="2"/></font>`;
    return this.append("fonts", font, this.fontIds);
  }

  private fill(look: CellLook | undefined): number {
    const fill = this.lookOf(look)?.fill;
    if (!fill) return 0;
    const solid = `<fill><patternFill patternType="solid"><fgColor rgb="${argbOf(fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
    return this.append("fills", solid, this.fillIds);
  }

  private border(look: CellLook | undefined): number {
    if (!this.lookOf(look)?.totalBorder) return 0;
    return this.append(
      "borders",
      `<border><left/><right/><top style="thin"/><bottom style="double"/><diagonal/></border>`,
      this.borderIds,
    );
  }

  /** The cellXfs index (`s="…"`) of a cell with this look and number format. */
  cellFormat(look: CellLook | undefined, format: string | undefined): number {
    const numFmtId = this.numberFormatId(format);
    const fontId = this.font(look);
    const fillId = this.fill(look);
    const borderId = this.border(look);
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && borderId === 0) return 0;
    const applies = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      fontId ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      borderId ? ' applyBorder="1"' : "",
    ].join("");
    return this.append(
      "cellXfs",
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}/>`,
      this.xfIds,
    );
  }

  /** The dxfs index of a traffic-light conditional format (fill and font colour, `#RRGGBB`). */
  highlight(fill: string, fontColor: string): number {
    return this.append(
      "dxfs",
      `<dxf><font><color rgb="${argbOf(fontColor)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${argbOf(fill)}"/></patternFill></fill></dxf>`,
      this.dxfIds,
    );
  }

  /** The styles part with everything appended. */
  xml(): string {
    let xml = this.source;
    for (const section of SECTION_ORDER) {
      const { items, existing } = this.sections.get(section)!;
      if (items.length === 0) continue;
      const count = existing + items.length;
      const element = new RegExp(`<${section}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${section}>)`);
      const found = element.exec(xml);
      if (found) {
        const attributes = found[1].replace(/\s*count="\d*"/, "");
        const replaced = `<${section} count="${count}"${attributes}>${found[2] ?? ""}${items.join("")}</${section}>`;
        xml = xml.slice(0, found.index) + replaced + xml.slice(found.index + found[0].length);
      } else {
        xml = insertSection(xml, section, `<${section} count="${count}">${items.join("")}</${section}>`);
      }
    }
    return xml;
  }
}

/** Puts a section that the part lacks before the first later section (or at the end). */
function insertSection(xml: string, section: Section, element: string): string {
  const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1);
  for (const next of later) {
    const at = xml.search(new RegExp(`<${next}\\b`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  const end = xml.lastIndexOf("</styleSheet>");
  return xml.slice(0, end) + element + xml.slice(end);
}
