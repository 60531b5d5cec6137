/**
 * The shared actions over the Office.js adapter and the in-memory Excel, plus a fingerprint of
 * everything a workbook holds, so a test can say "as before", "complete" or "half-built".
 */
import { type ActionContext, fillSampleData, setUpWorkbook } from "../../src/core/actions";
import { createExcelPort } from "../../src/excel";
import type { Lang } from "../../src/core/schema/types";
import { type ExcelDouble, createExcelDouble } from "../../src/excel-double";
import { dayFromIso } from "../support/day";

export const TODAY = dayFromIso("2026-11-20");

export interface Bench {
  readonly excel: ExcelDouble;
  readonly ctx: ActionContext;
}

export function bench(lang: Lang = "en", syncTimeoutMs?: number): Bench {
  const excel = createExcelDouble(syncTimeoutMs === undefined ? {} : { syncTimeoutMs });
  const ctx: ActionContext = { port: createExcelPort(excel.host), today: TODAY, lang };
  return { excel, ctx };
}

/** A set-up workbook with a few people's plans and reports in it. */
export async function filledBench(lang: Lang = "en", syncTimeoutMs?: number): Promise<Bench> {
  const b = bench(lang, syncTimeoutMs);
  await setUpWorkbook.run(b.ctx, {});
  await fillSampleData.run(b.ctx, { people: 3, days: 6, seed: 5, messy: 0.1 });
  return b;
}

/**
 * Everything the workbook holds, element by element (each sheet with its cells, formulas, formats,
 * validation, pivots and charts; each table; each defined name; each setting), keyed so that two
 * states can be compared element-wise. Sheet tab order is left out: a swap may reorder tabs.
 */
export function elements(excel: ExcelDouble): Map<string, string> {
  const book = excel.workbook;
  const out = new Map<string, string>();
  for (const sheet of book.sheets) {
    out.set(
      `sheet:${sheet.name.toLowerCase()}`,
      JSON.stringify({
        name: sheet.name,
        cells: book.dump(sheet.name),
        formats: sheet.formats.length,
        validations: sheet.validations.length,
        conditionalFormats: sheet.conditionalFormats.length,
        charts: sheet.charts.map((c) => c.name).sort(),
        pivots: sheet.pivots.map((p) => `${p.name}<-${p.sourceTable}`).sort(),
        hyperlinks: sheet.hyperlinks.size,
        tabColor: sheet.tabColor,
        freeze: sheet.freeze,
      }),
    );
  }
  for (const t of book.tables)
    out.set(`table:${t.name.toLowerCase()}`, `${t.sheet.name}:${JSON.stringify(t.rect)}`);
  for (const n of book.names.values()) out.set(`name:${n.name.toLowerCase()}`, n.formula);
  for (const [k, v] of book.settings.entries()) out.set(`setting:${k}`, JSON.stringify(v));
  return out;
}

export function fingerprint(excel: ExcelDouble): string {
  return JSON.stringify([...elements(excel).entries()].sort());
}

/**
 * Elements of `after` that are neither as in `before` nor as in `complete` (absent counts as a state):
 * what a failure left half-built.
 */
export function halfBuilt(
  before: Map<string, string>,
  after: Map<string, string>,
  complete: Map<string, string>,
): string[] {
  const keys = new Set([...before.keys(), ...after.keys(), ...complete.keys()]);
  return [...keys].filter((k) => after.get(k) !== before.get(k) && after.get(k) !== complete.get(k)).sort();
}

/** Sheet and table names that occur twice (case-insensitive), and leftover temporary sheets. */
export function duplicatesAndLeftovers(excel: ExcelDouble): string[] {
  const problems: string[] = [];
  const seen = (list: string[], what: string) => {
    const lower = list.map((n) => n.toLowerCase());
    lower.forEach((n, i) => {
      if (lower.indexOf(n) !== i) problems.push(`${what} ${list[i]} twice`);
    });
  };
  seen(
    excel.workbook.sheets.map((s) => s.name),
    "sheet",
  );
  seen(
    excel.workbook.tables.map((t) => t.name),
    "table",
  );
  for (const s of excel.workbook.sheets) if (/tmp|~/i.test(s.name)) problems.push(`leftover sheet ${s.name}`);
  for (const t of excel.workbook.tables)
    if (/_SPnew$/i.test(t.name)) problems.push(`leftover table ${t.name}`);
  return problems;
}

/** Counts the syncs an operation makes, on a fresh copy prepared the same way. */
export async function syncsOf(
  prepare: () => Promise<Bench>,
  operation: (b: Bench) => Promise<unknown>,
): Promise<number> {
  const b = await prepare();
  b.excel.resetCounters();
  await operation(b);
  return b.excel.counters.syncs;
}
