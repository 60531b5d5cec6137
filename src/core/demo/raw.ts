/**
 * Demo data as the adapters would hand it over after writing it into a workbook: one RawTable per
 * template, headers in the workbook language, empty cells as "". Lets tests and benchmarks run the
 * reader, validator and metrics on demo data without a workbook file.
 */
import type { RawTable } from "../read/raw";
import { tableDef } from "../schema/tables";
import type { Lang, TableName } from "../schema/types";
import type { DemoData } from "./index";

/**
 * Each demo table as if read from its own sheet, header in row 1, first column A.
 *
 * @example readBook(demoRawTables(generateDemo(options), "zh"))
 */
export function demoRawTables(data: DemoData, lang: Lang): RawTable[] {
  return (Object.keys(data.tables) as TableName[]).map((table) => {
    const def = tableDef(table);
    return {
      table,
      sheet: def.sheet[lang],
      headerRow: 1,
      firstColumn: 0,
      headers: def.columns.map((c) => c.header[lang]),
      rows: data.tables[table].map((row) => row.map((cell) => (cell === null ? "" : cell))),
    };
  });
}
