/** Reading demo tables in tests by column key, through the schema (the contract the demo follows). */
import type { CellValue } from "../../../src/core/plan/types";
import { tableDef } from "../../../src/core/schema/tables";
import type { TableName } from "../../../src/core/schema/types";
import { type DemoData, type DemoOptions, generateDemo } from "../../../src/core/demo";
import { d } from "../../support/rows";

/** Index of a column in its table's rows. */
export function colOf(table: TableName, key: string): number {
  const i = tableDef(table).columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`${table} has no column ${key}`);
  return i;
}

/** The values of one column over a table's rows. */
export function column(data: DemoData, table: TableName, key: string): CellValue[] {
  const i = colOf(table, key);
  return data.tables[table].map((row) => row[i]);
}

/** Options for a small organisation, overridable per test. */
export function smallOptions(overrides: Partial<DemoOptions> = {}): DemoOptions {
  return { people: 24, days: 40, seed: 42, start: d("2026-09-14"), messy: 0, lang: "zh", ...overrides };
}

export const demo = (overrides: Partial<DemoOptions> = {}): DemoData => generateDemo(smallOptions(overrides));
