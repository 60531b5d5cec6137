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
import { columnNumber } from "./address";
import { CorruptPackage, isZlibError } from "./corruptPackage";
import { type SheetPart, type TextPool, unescapeXstring, type XlsxPackage } from "./packageRead";
import { isSpreadsheet, XmlPartParser } from "./xmlParse";

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

const COLUMN_LETTERS = /^[A-Za-z]+/;

/** Collects rows from the parser's events; `take()` hands over those completed so far. */
class RowCollector {
  private ready: SheetRow[] = [];
  private number = 0;
  private cells: RawCell[] = [];
  private column = 0;
  private type: string | undefined;
  private value = "";
  /** Inside <v> (1), or inside <is>'s <t> outside a phonetic run (2). */
  private capture = 0;
  private inInline = false;
  private phonetic = 0;

  constructor(
    private readonly shared: readonly string[],
    private readonly pool: TextPool,
  ) {}

  readonly parser = (part: string): XmlPartParser =>
    new XmlPartParser(part, {
      open: (el) => {
        if (!isSpreadsheet(el.uri)) return;
        switch (el.local) {
          case "row": {
            const r = el.attributes.r;
            this.number = r === undefined ? this.number + 1 : Number(r);
            this.cells = [];
            this.column = 0;
            break;
          }
          case "c": {
            const ref = el.attributes.r;
            const letters = ref === undefined ? null : COLUMN_LETTERS.exec(ref);
            this.column = letters ? columnNumber(letters[0].toUpperCase()) : this.column + 1;
            this.type = el.attributes.t;
            this.value = "";
            break;
          }
          case "v":
            if (!this.inInline) this.capture = 1;
            break;
          case "is":
            this.inInline = true;
            break;
          case "rPh":
            this.phonetic++;
            break;
          case "t":
            if (this.inInline && this.phonetic === 0) this.capture = 2;
            break;
        }
      },
      close: (local, uri) => {
        if (!isSpreadsheet(uri)) return;
        switch (local) {
          case "v":
          case "t":
            this.capture = 0;
            break;
          case "is":
            this.inInline = false;
            break;
          case "rPh":
            this.phonetic--;
            break;
          case "c":
            this.cells[this.column] = cellValue(this.type, this.value, this.shared, this.pool);
            break;
          case "row":
            this.ready.push({ number: this.number, cells: this.cells });
            break;
        }
      },
      text: (text) => {
        if (this.capture !== 0) this.value += text;
      },
    });

  take(): SheetRow[] {
    const rows = this.ready;
    this.ready = [];
    return rows;
  }
}

/**
 * The rows of one sheet, in order.
 * @throws CorruptPackage when its data is damaged or not well-formed XML.
 */
export async function* sheetRows(sheet: SheetPart, xlsx: XlsxPackage): AsyncGenerator<SheetRow> {
  const part = sheet.entry.name;
  const collector = new RowCollector(xlsx.sharedStrings, xlsx.pool);
  const parser = collector.parser(part);
  const decoder = new StringDecoder("utf8");
  if (sheet.entry.method !== 0 && sheet.entry.method !== 8) {
    throw new CorruptPackage(`unsupported zip compression ${sheet.entry.method} in ${part}`);
  }
  try {
    if (sheet.entry.method === 0) {
      parser.write(decoder.write(sheet.entry.compressed));
    } else {
      const inflate = createInflateRaw();
      inflate.end(sheet.entry.compressed);
      for await (const chunk of inflate as AsyncIterable<Buffer>) {
        parser.write(decoder.write(chunk));
        yield* collector.take();
      }
    }
    parser.write(decoder.end());
    parser.close();
  } catch (error) {
    if (isZlibError(error)) throw new CorruptPackage(`${part}: damaged (${error.message})`);
    throw error;
  }
  yield* collector.take();
}
