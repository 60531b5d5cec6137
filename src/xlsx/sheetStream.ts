/**
 * A sheet's rows, decompressed and parsed piece by piece with a streaming XML parser, so a
 * 400,000-row sheet is never held as text. Cells carry their stored values, so a date stays its
 * serial number, as Office.js `values` gives it.
 *
 * One StringDecoder per part carries the bytes of a character split between two decompressed chunks
 * over to the next one (exceljs's streaming reader decodes each chunk on its own, so 快客便利店 came
 * out as 快客��利店 there).
 */
import { StringDecoder } from "node:string_decoder";
import { createInflateRaw } from "node:zlib";
import type { RawCell } from "../core/read/raw";
import { CorruptPackage, isZlibError } from "./corruptPackage";
import { type SheetPart, type TextPool, unescapeXstring, type XlsxPackage } from "./packageRead";
import { type CodedHandlers, CodedPartParser, SPREADSHEET_NAMESPACES } from "./xmlParse";

export interface SheetRow {
  /** 1-based worksheet row number. */
  readonly number: number;
  /** Cells by 1-based column; index 0 and absent cells are undefined. */
  readonly cells: RawCell[];
}

function cellValue(
  type: string | undefined,
  value: string,
  shared: readonly string[],
  pool: TextPool,
): RawCell {
  switch (type) {
    case "s":
      return value === "" ? "" : (shared[Number(value)] ?? "");
    case "inlineStr":
    case "str":
    case "e":
      return pool.get(unescapeXstring(value));
    case "b":
      return value === "" ? "" : value === "1" || value === "true";
    default: {
      if (value === "") return "";
      const n = Number(value);
      return Number.isFinite(n) ? n : pool.get(value);
    }
  }
}

/**
 * Bytes per decompressed piece. zlib's default 16 KiB makes 20,000 pieces of a 330 MB sheet, each a
 * round trip through the stream and the thread pool; 64 KiB pieces inflate the same sheet with about
 * half the CPU time (1.0 → 0.5 s for the 333 MB DailyReport sheet of the full-size demo). Larger
 * pieces cost less CPU still but, on a busy machine, left the reader waiting for the thread pool.
 */
const INFLATE_CHUNK = 64 * 1024;

/** The elements a sheet's rows are read from, as codes (CodedPartParser). */
const VOCABULARY = ["row", "c", "v", "is", "t", "rPh"] as const;
const ROW = 1;
const C = 2;
const V = 3;
const IS = 4;
const T = 5;
const RPH = 6;

/**
 * The column of a cell reference (`B7` → 2, `ab12` → 28), or 0 when it does not start with letters.
 * Read character by character: this runs for every cell.
 */
function columnOfRef(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 32; // lower case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

/** Collects rows from the parser's events; `take()` hands over those completed so far. */
class RowCollector implements CodedHandlers {
  private ready: SheetRow[] = [];
  private number = 0;
  private cells: RawCell[] = [];
  private column = 0;
  private type: string | undefined;
  private value = "";
  /** Inside <v>, or inside <is>'s <t> outside a phonetic run. */
  private capture = false;
  private inInline = false;
  private phonetic = 0;

  constructor(
    private readonly shared: readonly string[],
    private readonly pool: TextPool,
  ) {}

  open(code: number, attributes: Readonly<Record<string, string>>): void {
    switch (code) {
      case ROW: {
        const r = attributes.r;
        this.number = r === undefined ? this.number + 1 : Number(r);
        this.cells = [];
        this.column = 0;
        break;
      }
      case C: {
        const ref = attributes.r;
        const column = ref === undefined ? 0 : columnOfRef(ref);
        this.column = column > 0 ? column : this.column + 1;
        this.type = attributes.t;
        this.value = "";
        break;
      }
      case V:
        if (!this.inInline) this.capture = true;
        break;
      case IS:
        this.inInline = true;
        break;
      case RPH:
        this.phonetic++;
        break;
      case T:
        if (this.inInline && this.phonetic === 0) this.capture = true;
        break;
    }
  }

  close(code: number): void {
    switch (code) {
      case V:
      case T:
        this.capture = false;
        break;
      case IS:
        this.inInline = false;
        break;
      case RPH:
        this.phonetic--;
        break;
      case C:
        this.cells[this.column] = cellValue(this.type, this.value, this.shared, this.pool);
        break;
      case ROW:
        this.ready.push({ number: this.number, cells: this.cells });
        break;
    }
  }

  text(text: string): void {
    if (this.capture) this.value += text;
  }

  take(): SheetRow[] {
    const rows = this.ready;
    this.ready = [];
    return rows;
  }
}

/**
 * The rows of one sheet, in order, in batches (those completed by each decompressed piece: one
 * asynchronous step per batch rather than per row).
 * @throws CorruptPackage when its data is damaged or not well-formed XML.
 */
export async function* sheetRows(sheet: SheetPart, xlsx: XlsxPackage): AsyncGenerator<readonly SheetRow[]> {
  const part = sheet.entry.name;
  const collector = new RowCollector(xlsx.sharedStrings, xlsx.pool);
  const parser = new CodedPartParser(part, VOCABULARY, SPREADSHEET_NAMESPACES, collector);
  const decoder = new StringDecoder("utf8");
  if (sheet.entry.method !== 0 && sheet.entry.method !== 8) {
    throw new CorruptPackage(`unsupported zip compression ${sheet.entry.method} in ${part}`);
  }
  try {
    if (sheet.entry.method === 0) {
      parser.write(decoder.write(sheet.entry.compressed));
    } else {
      const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK });
      inflate.end(sheet.entry.compressed);
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        parser.write(decoder.write(chunk));
        const rows = collector.take();
        if (rows.length > 0) yield rows;
      }
    }
    parser.write(decoder.end());
    parser.close();
  } catch (error) {
    if (isZlibError(error)) throw new CorruptPackage(`${part}: damaged (${error.message})`);
    throw error;
  }
  const rows = collector.take();
  if (rows.length > 0) yield rows;
}
