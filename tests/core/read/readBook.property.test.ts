import fc from "fast-check";
import { readBook } from "../../../src/core/read";
import type { RawCell, RawTable } from "../../../src/core/read/raw";
import { BOOK_KEY } from "../../../src/core/read";
import { TABLES } from "../../../src/core/schema/tables";
import type { RowBase } from "../../../src/core/model";
import { isSalesPaceError } from "../../../src/core/errors";

/** Cells as people and Excel produce them, edges included. */
const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constant(""),
  fc.constantFrom("#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#SPILL!", "#GETTING_DATA"),
  fc.constantFrom(0, -0, 1, -1, 0.5, 2958465, 2958466, 46353.75, 1e308, -1e308, Number.MAX_SAFE_INTEGER),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(
    "Y",
    "否",
    "出勤",
    "Order",
    "2026-02-30",
    "2026年11月27日",
    "１，２００元",
    "9点30",
    "２０２６－Ｑ４",
  ),
  fc.constantFrom("😀", "王伟😀", "　", " \t ", '=HYPERLINK("x")', "x".repeat(5000)),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** A table with every template header (some in Chinese, in any order) plus an extra column, and random rows. */
const rawTable: fc.Arbitrary<RawTable> = fc
  .record({
    tableIndex: fc.integer({ min: 0, max: TABLES.length - 1 }),
    chinese: fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
    order: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    headerRow: fc.integer({ min: 1, max: 50 }),
    rows: fc.array(fc.array(cell, { maxLength: 25 }), { maxLength: 12 }),
  })
  .map(({ tableIndex, chinese, order, headerRow, rows }) => {
    const def = TABLES[tableIndex];
    const headers: RawCell[] = def.columns.map((c, i) => (chinese[i] ? c.header.zh : c.header.en));
    headers.push("Extra");
    const permutation = headers.map((_, i) => i).sort((a, b) => order[a] - order[b] || a - b);
    return {
      table: def.name,
      sheet: def.sheet.en,
      headerRow,
      firstColumn: 0,
      headers: permutation.map((i) => headers[i]),
      rows,
    };
  });

describe("readBook on any grid", () => {
  it("never throws when the headers are there, whatever the cells hold", () => {
    fc.assert(
      fc.property(fc.array(rawTable, { maxLength: 4 }), (raws) => {
        readBook(raws);
      }),
      { numRuns: 300 },
    );
  });

  it("points one finding at every unreadable cell, and at nothing else", () => {
    fc.assert(
      fc.property(rawTable, (raw) => {
        const { book, findings } = readBook([raw]);
        const rows = book[BOOK_KEY[raw.table]] as RowBase[];
        const unreadable = rows.flatMap((r) => [...r.unreadable].map((column) => `${r.row}:${column}`));
        const pointed = findings.map((f) => `${f.row}:${f.column}`);
        expect(pointed.sort()).toEqual(unreadable.sort());
        for (const r of rows)
          for (const column of r.unreadable)
            expect((r as unknown as Record<string, unknown>)[column]).toBeNull();
        for (const f of findings) expect(f.table).toBe(raw.table);
      }),
      { numRuns: 300 },
    );
  });

  it("numbers rows as worksheet rows and skips exactly the rows blank in every template column", () => {
    fc.assert(
      fc.property(rawTable, (raw) => {
        const { book } = readBook([raw]);
        const rows = book[BOOK_KEY[raw.table]] as RowBase[];
        const extra = raw.headers.indexOf("Extra");
        const filled = (c: RawCell | undefined) =>
          c !== undefined && (typeof c !== "string" || c.trim() !== "");
        const expected = raw.rows
          .map((cells, i) => ({ cells, row: raw.headerRow + 1 + i }))
          .filter(({ cells }) => cells.some((c, i) => i < raw.headers.length && i !== extra && filled(c)))
          .map(({ row }) => row);
        expect(rows.map((r) => r.row)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe("readBook on any headers", () => {
  it("either reads the table or throws ColumnMissing, never another error", () => {
    const header = fc.oneof(
      fc.constantFrom(...TABLES.flatMap((t) => t.columns.flatMap((c) => [c.header.en, c.header.zh]))),
      cell,
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: TABLES.length - 1 }),
        fc.array(header, { maxLength: 25 }),
        fc.array(fc.array(cell, { maxLength: 25 }), { maxLength: 5 }),
        (tableIndex, headers, rows) => {
          const raw: RawTable = {
            table: TABLES[tableIndex].name,
            sheet: "S",
            headerRow: 1,
            firstColumn: 0,
            headers,
            rows,
          };
          try {
            readBook([raw]);
          } catch (error) {
            expect(isSalesPaceError(error, "ColumnMissing")).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
