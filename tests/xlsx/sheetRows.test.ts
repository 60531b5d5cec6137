import { deflateRawSync } from "node:zlib";
import { TextPool, type SheetPart, type XlsxPackage } from "../../src/xlsx/packageRead";
import { sheetRows } from "../../src/xlsx/sheetStream";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function part(xml: string, method: 0 | 8): SheetPart {
  const bytes = Buffer.from(xml, "utf8");
  const compressed = method === 0 ? bytes : deflateRawSync(bytes);
  return {
    name: "表1",
    tables: [],
    entry: { name: "xl/worksheets/sheet1.xml", method, compressed, crc: 0, size: bytes.length },
  };
}

const pkg = (shared: string[] = []): XlsxPackage => ({
  sheets: [],
  sharedStrings: shared,
  pool: new TextPool(),
});

async function rowsOf(sheet: SheetPart, xlsx = pkg()): Promise<[number, unknown[]][]> {
  const out: [number, unknown[]][] = [];
  for await (const rows of sheetRows(sheet, xlsx)) for (const r of rows) out.push([r.number, [...r.cells]]);
  return out;
}

describe("a sheet's rows read through the element codes", () => {
  it("follows prefixes declared on an inner element, and only while they are in scope", async () => {
    const xml =
      `<worksheet xmlns="${MAIN}" xmlns:o="urn:other"><sheetData>` +
      `<row r="3"><c r="B3" t="inlineStr"><is><t>王伟</t></is></c></row>` +
      // A row spelled with a prefix declared on the row itself: SpreadsheetML all the same.
      `<s:row xmlns:s='${MAIN}' r='4'><s:c r='c4'><s:v>12.5</s:v></s:c></s:row>` +
      // Same local names in another namespace are not cells.
      `<o:row r="5"><o:c r="A5"><o:v>99</o:v></o:c></o:row>` +
      // After the s: row closed, s: means nothing any more: a stray s:c is not read as a cell.
      `<row r="6"><s:c r="A6"><s:v>7</s:v></s:c><c r="AB6"><v>1</v></c></row>` +
      `</sheetData></worksheet>`;
    const rows = await rowsOf(part(xml, 0));
    expect(rows.map(([n]) => n)).toEqual([3, 4, 6]);
    expect(rows[0][1][2]).toBe("王伟");
    expect(rows[1][1][3]).toBe(12.5);
    expect(rows[2][1][28]).toBe(1);
    expect(rows[2][1][1]).toBeUndefined();
  });

  it("reads cells without references in order, shared strings, booleans and escaped text", async () => {
    const xml =
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row>` +
      `<x:c t="s"><x:v>1</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c>` +
      `<x:c t="str"><x:v>a_x000D_b &amp; &lt;c&gt;</x:v></x:c>` +
      `<x:c t="inlineStr"><x:is><x:t>东</x:t><x:rPh><x:t>dong</x:t></x:rPh><x:t>区</x:t></x:is></x:c>` +
      `</x:row></x:sheetData></x:worksheet>`;
    const [[number, cells]] = await rowsOf(part(xml, 8), pkg(["零", "一"]));
    expect(number).toBe(1);
    expect(cells.slice(1)).toEqual(["一", true, "a\rb & <c>", "东区"]);
  });

  it("keeps a character whose bytes are split between two decompressed pieces", async () => {
    // 20,000 rows of three-byte characters: pieces of 64 KiB end inside a character many times.
    const body = Array.from(
      { length: 20000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>快客便利店${i}</t></is></c></row>`,
    ).join("");
    const rows = await rowsOf(
      part(`<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`, 8),
    );
    expect(rows).toHaveLength(20000);
    expect(rows.every(([n, cells]) => cells[1] === `快客便利店${n - 1}`)).toBe(true);
  });
});
