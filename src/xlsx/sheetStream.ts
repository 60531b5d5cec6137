/**
 * A streaming reader for the parts of an .xlsx that `validate` needs: sheet names, shared strings
 * and each sheet's rows, decompressed and scanned piece by piece.
 *
 * Written instead of using exceljs's streaming WorkbookReader because that one decodes every
 * decompressed chunk to text on its own, so a Chinese character whose UTF-8 bytes straddle two
 * chunks comes out as "��" (seen on a demo workbook: 快客便利店 read as 快客��利店). Here one
 * StringDecoder per part carries the bytes of a split character over to the next chunk.
 * Only the zip's compressed bytes are held in memory (tens of MB for 400,000 rows); cells carry
 * their stored values, so a date stays its serial number, as Office.js `values` gives it.
 */
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw } from "node:zlib";
import type { RawCell } from "../core/read/raw";
import { columnNumber } from "./address";
import { inflateEntry, readZipDirectory, type ZipDirectoryEntry } from "./zip";

const ENTITY: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes("&") && !text.includes("_x")) return text;
  return text
    .replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : ENTITY[e],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of an `<si>` or `<is>` element: its `<t>` runs, leaving out phonetic runs (`<rPh>`). */
function runText(xml: string): string {
  const withoutPhonetic = xml.includes("<rPh") ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : xml;
  let text = "";
  for (const m of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += m[1];
  return decodeXml(text);
}

export interface SheetPart {
  readonly name: string;
  readonly entry: ZipDirectoryEntry;
}

export interface XlsxPackage {
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings: readonly string[];
  /** Texts read from every sheet of this package, one copy each. */
  readonly pool: TextPool;
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** An attribute's value in a start tag (patterns compiled once per attribute name, not per cell). */
function attribute(tag: string, name: string): string | undefined {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`);
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  return pattern.exec(tag)?.[1];
}

/**
 * Opens the package: sheet names in workbook order with their parts, and the shared strings.
 * @throws Error when the zip or its workbook part is unreadable.
 */
export async function openPackage(path: string): Promise<XlsxPackage> {
  const entries = readZipDirectory(await readFile(path));
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string): string | null => {
    const entry = byName.get(name);
    return entry ? inflateEntry(entry).toString("utf8") : null;
  };
  const workbook = text("xl/workbook.xml");
  if (workbook === null) throw new Error("no xl/workbook.xml");
  const targets = new Map<string, string>();
  for (const m of (text("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], "Id");
    const target = attribute(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: SheetPart[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(m[0], "name");
    const id = attribute(m[0], "r:id");
    const entry = id ? byName.get(targets.get(id) ?? "") : undefined;
    if (name !== undefined && entry) sheets.push({ name: decodeXml(name), entry });
  }
  const shared = text("xl/sharedStrings.xml") ?? "";
  const pool = new TextPool();
  const sharedStrings = [...shared.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) =>
    pool.get(runText(m[1] ?? "")),
  );
  return { sheets, sharedStrings, pool };
}

export interface SheetRow {
  /** 1-based worksheet row number. */
  readonly number: number;
  /** Cells by 1-based column; index 0 and absent cells are undefined. */
  readonly cells: RawCell[];
}

/**
 * One copy of each distinct text. A regex match is a slice of the decompressed chunk it came from and
 * keeps that whole chunk alive; copying each distinct value once lets the chunks go, and repeated
 * names, customers and enumeration labels share one string.
 */
class TextPool {
  private readonly texts = new Map<string, string>();

  get(text: string): string {
    let kept = this.texts.get(text);
    if (kept === undefined) {
      kept = Buffer.from(text, "utf8").toString("utf8");
      this.texts.set(kept, kept);
    }
    return kept;
  }
}

function cellValue(tag: string, body: string, shared: readonly string[], pool: TextPool): RawCell {
  const type = attribute(tag, "t");
  if (type === "inlineStr") return pool.get(runText(body));
  const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (v === undefined) return "";
  switch (type) {
    case "s":
      return shared[Number(v)] ?? "";
    case "str":
    case "e":
      return pool.get(decodeXml(v));
    case "b":
      return v === "1";
    default: {
      const n = Number(v);
      return Number.isFinite(n) ? n : pool.get(decodeXml(v));
    }
  }
}

function parseRow(xml: string, fallbackNumber: number, shared: readonly string[], pool: TextPool): SheetRow {
  const open = /^<row\b[^>]*>/.exec(xml)![0];
  const number = Number(attribute(open, "r") ?? fallbackNumber);
  const cells: RawCell[] = [];
  let column = 0;
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = attribute(` ${m[1]}`, "r");
    column = ref ? columnNumber(/^[A-Z]+/.exec(ref)![0]) : column + 1;
    cells[column] = cellValue(` ${m[1]}`, m[2] ?? "", shared, pool);
  }
  return { number, cells };
}

/** The rows of one sheet, in order, decompressed and scanned piece by piece. */
export async function* sheetRows(sheet: SheetPart, xlsx: XlsxPackage): AsyncGenerator<SheetRow> {
  const inflate = createInflateRaw();
  const decoder = new StringDecoder("utf8");
  const ended = once(inflate, "end");
  inflate.end(sheet.entry.compressed);
  let pending = "";
  let lastNumber = 0;
  const rowPattern = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
  for await (const chunk of inflate as AsyncIterable<Buffer>) {
    pending += decoder.write(chunk);
    rowPattern.lastIndex = 0;
    let consumed = 0;
    for (let m = rowPattern.exec(pending); m; m = rowPattern.exec(pending)) {
      const row = parseRow(m[0], lastNumber + 1, xlsx.sharedStrings, xlsx.pool);
      lastNumber = row.number;
      consumed = rowPattern.lastIndex;
      yield row;
    }
    // Keep what may be the start of an unfinished row.
    const openRow = pending.indexOf("<row", consumed);
    pending = openRow >= 0 ? pending.slice(openRow) : pending.slice(Math.max(consumed, pending.length - 8));
  }
  await ended;
}
