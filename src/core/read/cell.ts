/**
 * One reader per column type, chosen once per column so that the row loop only calls functions.
 */
import type { ColumnDef, ColumnType } from "../schema/types";
import type { RawCell } from "./raw";
import { parseDate } from "./date";
import { enumReader } from "./enumLabel";
import { isExcelError } from "./errorValue";
import { parseCount, parseMoney, parseNumber } from "./number";
import { ERROR_VALUE, type Parsed } from "./problem";
import { parseListRef, parsePeriod, parseText } from "./text";
import { parseTime } from "./time";
import { parseYesNo } from "./yesNo";

/** Reads one cell of a column: its typed value, null when empty, or why it is unreadable. */
export type CellReader = (cell: RawCell) => Parsed<unknown>;

const BY_TYPE: Readonly<Record<Exclude<ColumnType, "enum">, CellReader>> = {
  text: parseText,
  listRef: parseListRef,
  period: parsePeriod,
  date: parseDate,
  time: parseTime,
  number: parseNumber,
  money: parseMoney,
  count: parseCount,
  yesNo: parseYesNo,
  // Any number reads; E09 (validate/scores.ts) says when it is off its scale or not whole.
  score: parseNumber,
};

/**
 * The reader for a column: empty cells are null and Excel error values are unreadable whatever the
 * type; everything else goes to the type's parser.
 */
export function cellReader(column: ColumnDef): CellReader {
  const parse: CellReader =
    column.type === "enum" ? enumReader(requireEnumName(column)) : BY_TYPE[column.type];
  return (cell) => {
    if (cell === "") return null;
    if (isExcelError(cell)) return ERROR_VALUE;
    return parse(cell);
  };
}

function requireEnumName(column: ColumnDef) {
  if (column.enumName === undefined)
    throw new Error(`Enum column ${column.key} has no enumName in the schema`);
  return column.enumName;
}
