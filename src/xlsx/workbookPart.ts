/**
 * xl/workbook.xml when owned sheets are swapped inside the zip: the old owned sheets leave the sheet
 * list, the new ones are appended (as the in-memory path appends them), and what refers to sheets by
 * position (sheet-scoped defined names, the active tab) follows its sheet. Workbook names are kept; an
 * added sheet's print titles become its sheet-scoped `_xlnm.Print_Titles` name.
 */
import { attributeOf, escapeXml } from "./xmlText";

export interface WorkbookSheet {
  readonly name: string;
  readonly relId: string;
  readonly sheetId: number;
}

const SHEET_TAG = /<sheet\b[^>]*?\/>|<sheet\b[^>]*>[\s\S]*?<\/sheet>/g;

/** The sheets of the workbook, in tab order. */
export function workbookSheets(xml: string): WorkbookSheet[] {
  return [...xml.matchAll(SHEET_TAG)].map((m) => ({
    name: attributeOf(m[0], "name") ?? "",
    relId: attributeOf(m[0], "r:id") ?? "",
    sheetId: Number(attributeOf(m[0], "sheetId") ?? 0),
  }));
}

/** A sheet to append: its name, relationship and print-titles formula (`'Name'!$1:$3`, or null). */
export interface AddedSheet {
  readonly name: string;
  readonly relId: string;
  readonly printTitles?: string | null;
}

/** Sheet-scoped names come after the sheets (and any external references), ECMA-376 Part 1 §18.2.27. */
function withNames(xml: string, names: string): string {
  if (names === "") return xml;
  if (xml.includes("</definedNames>")) return xml.replace("</definedNames>", `${names}</definedNames>`);
  const after = xml.includes("</externalReferences>") ? "</externalReferences>" : "</sheets>";
  return xml.replace(after, `${after}<definedNames>${names}</definedNames>`);
}

/**
 * The workbook part without the sheets at `dropped` (indexes in tab order) and with `added` at the end.
 * Sheet-scoped names of a dropped sheet go with it; the others get their sheet's new position.
 */
export function swapWorkbookSheets(
  xml: string,
  dropped: ReadonlySet<number>,
  added: readonly AddedSheet[],
): string {
  const sheets = workbookSheets(xml);
  const newIndex = new Map<number, number>();
  sheets.forEach((_, i) => {
    if (!dropped.has(i)) newIndex.set(i, newIndex.size);
  });
  let nextId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
  const addedTags = added
    .map((s) => `<sheet name="${escapeXml(s.name)}" sheetId="${nextId++}" r:id="${s.relId}"/>`)
    .join("");
  let index = 0;
  let out = xml.replace(SHEET_TAG, (tag) => (dropped.has(index++) ? "" : tag));
  out = out.replace(/<\/sheets>|<sheets\s*\/>/, (end) =>
    end === "</sheets>" ? `${addedTags}</sheets>` : `<sheets>${addedTags}</sheets>`,
  );
  out = out.replace(
    /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g,
    (whole, attributes: string, body: string) => {
      const local = /\slocalSheetId="(\d+)"/.exec(attributes);
      if (!local) return whole;
      const moved = newIndex.get(Number(local[1]));
      if (moved === undefined) return "";
      return `<definedName${attributes.replace(local[0], ` localSheetId="${moved}"`)}>${body}</definedName>`;
    },
  );
  out = out.replace(/<definedNames>\s*<\/definedNames>/, "");
  const kept = sheets.length - dropped.size;
  const titles = added
    .map((s, i) =>
      s.printTitles
        ? `<definedName name="_xlnm.Print_Titles" localSheetId="${kept + i}">${escapeXml(s.printTitles)}</definedName>`
        : "",
    )
    .join("");
  out = withNames(out, titles);
  // The active tab and the first visible tab follow their sheet; a dropped one falls back to the first.
  out = out.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (_, key: string, at: string) => {
    const moved = newIndex.get(Number(at)) ?? 0;
    return ` ${key}="${moved}"`;
  });
  return out;
}
