/**
 * Hand-written .xlsx packages for reader tests: parts spelled the way other tools write them
 * (`x:`-prefixed SpreadsheetML, single-quoted attributes, a strange relationship prefix, tables
 * away from A1), which no exceljs-written fixture has.
 */
import { deflateRawSync, crc32 } from "node:zlib";
import { writeFileSync } from "node:fs";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/** A zip of deflated entries (written here by hand, so the reader under test is not its own oracle). */
export function zipOf(entries: Readonly<Record<string, string>>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data) >>> 0, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data) >>> 0, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface HandMadeTable {
  readonly name: string;
  /** Top-left cell of the header row, e.g. "C5". */
  readonly at: { readonly row: number; readonly column: number };
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export interface HandMadeSheet {
  readonly name: string;
  readonly tables: readonly HandMadeTable[];
  /** Extra rows outside any table: [row number, column, text]. */
  readonly loose?: readonly (readonly [number, number, string])[];
}

const letters = (column: number): string => {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const esc = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/'/g, "&apos;");

/**
 * Writes a package whose every part uses the `x:` prefix for SpreadsheetML and single quotes; texts
 * alternate between shared strings and inline strings; the relationship prefix is `rel:`.
 */
export function writeHandMadeBook(path: string, sheets: readonly HandMadeSheet[]): void {
  const shared: string[] = [];
  const entries: Record<string, string> = {};
  let tableId = 0;
  const sheetEntries: string[] = [];
  const workbookRels: string[] = [];
  const overrides: string[] = [];
  sheets.forEach((sheet, s) => {
    const cells = new Map<number, Map<number, string>>();
    const put = (row: number, column: number, value: string | number | null): void => {
      if (value === null) return;
      const ref = `${letters(column)}${row}`;
      let xml: string;
      if (typeof value === "number") xml = `<x:c r='${ref}'><x:v>${value}</x:v></x:c>`;
      else if ((row + column) % 2 === 0) {
        shared.push(value);
        xml = `<x:c r='${ref}' t='s'><x:v>${shared.length - 1}</x:v></x:c>`;
      } else xml = `<x:c r='${ref}' t='inlineStr'><x:is><x:t>${esc(value)}</x:t></x:is></x:c>`;
      if (!cells.has(row)) cells.set(row, new Map());
      cells.get(row)!.set(column, xml);
    };
    const tableRels: string[] = [];
    const tableParts: string[] = [];
    for (const table of sheet.tables) {
      table.headers.forEach((h, c) => put(table.at.row, table.at.column + c, h));
      table.rows.forEach((r, i) => r.forEach((v, c) => put(table.at.row + 1 + i, table.at.column + c, v)));
      const id = ++tableId;
      const ref = `${letters(table.at.column)}${table.at.row}:${letters(table.at.column + table.headers.length - 1)}${table.at.row + Math.max(1, table.rows.length)}`;
      entries[`xl/tables/table${id}.xml`] =
        `<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<x:table xmlns:x='${MAIN}' id='${id}' name='${table.name}' displayName='${table.name}' ref='${ref}'>` +
        `<x:autoFilter ref='${ref}'/><x:tableColumns count='${table.headers.length}'>` +
        table.headers.map((h, c) => `<x:tableColumn id='${c + 1}' name='${esc(h)}'/>`).join("") +
        `</x:tableColumns></x:table>`;
      overrides.push(
        `<Override PartName='/xl/tables/table${id}.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml'/>`,
      );
      tableRels.push(`<Relationship Id='rIdT${id}' Type='${REL}/table' Target='../tables/table${id}.xml'/>`);
      tableParts.push(`<x:tablePart rel:id='rIdT${id}'/>`);
    }
    for (const [row, column, text] of sheet.loose ?? []) put(row, column, text);
    const rows = [...cells.keys()]
      .sort((a, b) => a - b)
      .map((r) => {
        const row = cells.get(r)!;
        return `<x:row r='${r}'>${[...row.keys()]
          .sort((a, b) => a - b)
          .map((c) => row.get(c))
          .join("")}</x:row>`;
      });
    entries[`xl/worksheets/sheet${s + 1}.xml`] =
      `<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<x:worksheet xmlns:x='${MAIN}' xmlns:rel='${REL}'>` +
      `<x:sheetData>${rows.join("")}</x:sheetData>` +
      (tableParts.length > 0
        ? `<x:tableParts count='${tableParts.length}'>${tableParts.join("")}</x:tableParts>`
        : "") +
      `</x:worksheet>`;
    if (tableRels.length > 0) {
      entries[`xl/worksheets/_rels/sheet${s + 1}.xml.rels`] =
        `<?xml version='1.0' encoding='UTF-8'?>\n<Relationships xmlns='${PKG}'>${tableRels.join("")}</Relationships>`;
    }
    sheetEntries.push(`<x:sheet name='${esc(sheet.name)}' sheetId='${s + 1}' rel:id='rId${s + 1}'/>`);
    workbookRels.push(
      `<Relationship Id='rId${s + 1}' Type='${REL}/worksheet' Target='worksheets/sheet${s + 1}.xml'/>`,
    );
    overrides.push(
      `<Override PartName='/xl/worksheets/sheet${s + 1}.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'/>`,
    );
  });
  workbookRels.push(`<Relationship Id='rIdS' Type='${REL}/sharedStrings' Target='sharedStrings.xml'/>`);
  entries["[Content_Types].xml"] =
    `<?xml version='1.0' encoding='UTF-8'?>\n<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>` +
    `<Default Extension='rels' ContentType='application/vnd.openxmlformats-package.relationships+xml'/>` +
    `<Default Extension='xml' ContentType='application/xml'/>` +
    `<Override PartName='/xl/workbook.xml' ContentType='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'/>` +
    overrides.join("") +
    `</Types>`;
  entries["_rels/.rels"] =
    `<?xml version='1.0' encoding='UTF-8'?>\n<Relationships xmlns='${PKG}'><Relationship Id='rId1' Type='${REL}/officeDocument' Target='xl/workbook.xml'/></Relationships>`;
  entries["xl/workbook.xml"] =
    `<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n<x:workbook xmlns:x='${MAIN}' xmlns:rel='${REL}'><x:sheets>${sheetEntries.join("")}</x:sheets></x:workbook>`;
  entries["xl/_rels/workbook.xml.rels"] =
    `<?xml version='1.0' encoding='UTF-8'?>\n<Relationships xmlns='${PKG}'>${workbookRels.join("")}</Relationships>`;
  entries["xl/sharedStrings.xml"] =
    `<?xml version='1.0' encoding='UTF-8'?>\n<x:sst xmlns:x='${MAIN}' count='${shared.length}'>` +
    shared
      .map(
        (t) =>
          `<x:si><x:t xml:space='preserve'>${esc(t)}</x:t><x:rPh sb='0' eb='1'><x:t>ピン</x:t></x:rPh></x:si>`,
      )
      .join("") +
    `</x:sst>`;
  writeFileSync(path, zipOf(entries));
}
