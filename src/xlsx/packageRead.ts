/**
 * The small parts of an .xlsx that say where things are: the sheets in workbook order
 * (xl/workbook.xml and its relationships), each sheet's tables (its relationships → xl/tables/*.xml:
 * name, range, header and totals rows, column names) and the shared strings. Parsed with a real XML
 * parser (xmlParse.ts), so prefixes, quotes and entities are as XML allows them.
 */
import { readFile } from "node:fs/promises";
import { boxOf, type Box } from "./address";
import { parseRelationships, type Relationship, relsPartOf } from "./packageParts";
import {
  CodedPartParser,
  CorruptPackage,
  isSpreadsheet,
  parseXmlPart,
  RELATIONSHIP_NAMESPACES,
  SPREADSHEET_NAMESPACES,
} from "./xmlParse";
import { inflateEntry, readZipDirectory, type ZipDirectoryEntry } from "./zip";

/** An Excel table as its table part defines it. */
export interface TablePart {
  /** The name formulas and Office.js use (`displayName`; `name` when that is absent). */
  readonly name: string;
  readonly box: Box;
  /** 0 for a table without a header row. */
  readonly headerRows: number;
  readonly totalsRows: number;
  readonly columns: readonly string[];
}

export interface SheetPart {
  readonly name: string;
  readonly entry: ZipDirectoryEntry;
  readonly tables: readonly TablePart[];
}

export interface XlsxPackage {
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings: readonly string[];
  /** Texts read from every sheet of this package, one copy each. */
  readonly pool: TextPool;
}

/**
 * One copy of each distinct text. A parsed string may be a slice of the decompressed chunk it came
 * from and keep that whole chunk alive; copying each distinct value once lets the chunks go, and
 * repeated names, customers and enumeration labels share one string.
 */
export class TextPool {
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

/** SpreadsheetML escapes characters XML cannot carry as `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19). */
export function unescapeXstring(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

class Parts {
  private readonly byName: Map<string, ZipDirectoryEntry>;
  private readonly byLowerName: Map<string, ZipDirectoryEntry>;

  constructor(readonly entries: readonly ZipDirectoryEntry[]) {
    this.byName = new Map(entries.map((e) => [e.name, e]));
    // Part names compare case-insensitively (ECMA-376 Part 2, §6.2.2.3).
    this.byLowerName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  }

  entry(name: string): ZipDirectoryEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  text(name: string): string | null {
    const entry = this.entry(name);
    return entry ? inflateEntry(entry).toString("utf8") : null;
  }

  relationships(source: string): Relationship[] {
    const text = this.text(relsPartOf(source));
    return text === null ? [] : parseRelationships(source, text).filter((r) => !r.external);
  }
}

function readTablePart(part: string, text: string): TablePart | null {
  let table: { name: string; ref: string; headerRows: number; totalsRows: number } | null = null;
  const columns: string[] = [];
  parseXmlPart(part, text, {
    open(el) {
      if (!isSpreadsheet(el.uri)) return;
      const a = el.attributes;
      if (el.local === "table") {
        table = {
          name: a.displayName ?? a.name ?? "",
          ref: a.ref ?? "",
          headerRows: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount),
          totalsRows: a.totalsRowCount === undefined ? 0 : Number(a.totalsRowCount),
        };
      } else if (el.local === "tableColumn") columns.push(unescapeXstring(a.name ?? ""));
    },
  });
  const found = table as { name: string; ref: string; headerRows: number; totalsRows: number } | null;
  if (!found || found.name === "" || !/^[A-Z]+\d+:[A-Z]+\d+$/i.test(found.ref)) {
    throw new CorruptPackage(`${part}: a table part without a name or a range`);
  }
  return { ...found, box: boxOf(found.ref.toUpperCase()), columns };
}

const SI = 1;
const T = 2;
const RPH = 3;

/** The shared strings (a workbook Excel saved keeps every text there: one `<si>` per distinct text). */
function readSharedStrings(part: string, text: string, pool: TextPool): string[] {
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let phonetic = 0;
  const parser = new CodedPartParser(part, ["si", "t", "rPh"], SPREADSHEET_NAMESPACES, {
    open(code) {
      if (code === SI) current = "";
      else if (code === T) inText = true;
      else if (code === RPH) phonetic++;
    },
    close(code) {
      if (code === T) inText = false;
      else if (code === RPH) phonetic--;
      else if (code === SI) strings.push(pool.get(unescapeXstring(current)));
    },
    text(t) {
      if (inText && phonetic === 0) current += t;
    },
  });
  parser.write(text);
  parser.close();
  return strings;
}

/**
 * Opens the package: sheets in workbook order with their parts and tables, and the shared strings.
 * @throws CorruptPackage when the zip, its workbook part or another part read here is unreadable.
 */
export async function openPackage(path: string): Promise<XlsxPackage> {
  const parts = new Parts(readZipDirectory(await readFile(path)));
  const workbookPart =
    parts.relationships("").find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbook = parts.text(workbookPart);
  if (workbook === null) throw new CorruptPackage(`no ${workbookPart} in the package`);
  const rels = parts.relationships(workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r.target]));
  const declared: { name: string; part: string }[] = [];
  parseXmlPart(workbookPart, workbook, {
    open(el) {
      if (el.local !== "sheet" || !isSpreadsheet(el.uri)) return;
      const id = el.attributeNs(RELATIONSHIP_NAMESPACES, "id");
      const part = id === undefined ? undefined : byId.get(id);
      if (el.attributes.name !== undefined && part !== undefined) {
        declared.push({ name: el.attributes.name, part });
      }
    },
  });
  const sheets: SheetPart[] = [];
  for (const { name, part } of declared) {
    const entry = parts.entry(part);
    if (!entry) continue; // a chartsheet or dialog sheet part missing is not our business
    const tables = parts.relationships(part).flatMap((r) => {
      if (!r.type.endsWith("/table")) return [];
      const text = parts.text(r.target);
      if (text === null) throw new CorruptPackage(`no ${r.target} in the package`);
      const table = readTablePart(r.target, text);
      return table ? [table] : [];
    });
    sheets.push({ name, entry, tables });
  }
  const pool = new TextPool();
  const stringsPart = rels.find((r) => r.type.endsWith("/sharedStrings"))?.target ?? "xl/sharedStrings.xml";
  const shared = parts.text(stringsPart);
  const sharedStrings = shared === null ? [] : readSharedStrings(stringsPart, shared, pool);
  return { sheets, sharedStrings, pool };
}
