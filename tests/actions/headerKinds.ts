/**
 * The kinds of workbook the headers cross-check runs on (SPEC §1 "Headers as they are"): set up in zh,
 * in en, made by hand with zh headers and no settings, English with one header typed in Chinese and
 * tables off A1, and set up in en then again in zh — each built the same way through either adapter.
 */
import { type ActionContext, setUpWorkbook } from "../../src/core/actions";
import type { BookInspector, RowAppender, WorkbookSetup } from "../../src/core/actions/port";
import { generateDemo } from "../../src/core/demo";
import { dayFromYmd } from "../../src/core/periods";
import type { CellValue } from "../../src/core/plan/types";
import { TABLES } from "../../src/core/schema/tables";
import type { Lang, TableName } from "../../src/core/schema/types";
import type { SeedTable } from "../../src/excel-double";

export const AS_OF = dayFromYmd(2026, 11, 20);
export const ROLLUP_ARGS = ["--period", "2026-11", "--as-of", "2026-11-20"];

function demoTables(lang: Lang) {
  return generateDemo({ people: 5, days: 40, seed: 11, start: dayFromYmd(2026, 10, 8), messy: 0, lang })
    .tables;
}

/** One kind of workbook: tables people made by hand (if any), then set-ups and demo rows in order. */
export interface Kind {
  readonly name: string;
  /** The language the rollup sheets must come out in. */
  readonly output: Lang;
  readonly seed: readonly SeedTable[];
  /** Steps after the seed: a set-up in a language, or appending the demo rows in a language. */
  readonly steps: readonly ({ setup: Lang } | { rows: Lang })[];
}

/** Every template table typed by hand: `header` picks each column's header, anchors as `anchorOf` says. */
function handMade(
  lang: Lang,
  header: (table: TableName, key: string, en: string, zh: string) => string,
  anchorOf: (table: TableName, index: number) => string,
): SeedTable[] {
  const rows = demoTables(lang);
  const perSheet = new Map<string, number>();
  return TABLES.map((def) => {
    const sheet = def.sheet[lang];
    const index = perSheet.get(sheet) ?? 0;
    perSheet.set(sheet, index + 1);
    return {
      sheet,
      name: def.name,
      anchor: anchorOf(def.name, index),
      headers: def.columns.map((c) => header(def.name, c.key, c.header.en, c.header.zh)),
      rows: rows[def.name] as CellValue[][] as SeedTable["rows"],
    };
  });
}

/** Lists holds four tables side by side: 12 columns apart leaves a gap after the widest (Customers, 7). */
const LISTS_COLUMNS = ["C", "O", "AA", "AM"];

export const KINDS: readonly Kind[] = [
  { name: "setup-zh", output: "zh", seed: [], steps: [{ setup: "zh" }, { rows: "zh" }] },
  { name: "setup-en", output: "en", seed: [], steps: [{ setup: "en" }, { rows: "en" }] },
  {
    name: "handmade-zh",
    output: "zh",
    seed: handMade(
      "zh",
      (_t, _k, _en, zh) => zh,
      (_table, index) => `${["A", "M", "Y", "AK"][index]}1`,
    ),
    steps: [],
  },
  {
    name: "mixed-en",
    output: "en",
    seed: handMade(
      "en",
      (table, key, en, zh) => (table === "DailyReport" && key === "orderAmount" ? zh : en),
      (table, index) => (table === "DailyReport" ? "B3" : `${LISTS_COLUMNS[index]}4`),
    ),
    steps: [{ setup: "en" }],
  },
  { name: "en-then-zh", output: "zh", seed: [], steps: [{ setup: "en" }, { rows: "en" }, { setup: "zh" }] },
];

export async function build<P extends BookInspector & WorkbookSetup & RowAppender>(
  kind: Kind,
  port: P,
): Promise<ActionContext<P>> {
  const ctx: ActionContext<P> = { port, today: AS_OF, lang: "en" };
  for (const step of kind.steps) {
    if ("setup" in step) await setUpWorkbook.run(ctx, { lang: step.setup });
    else {
      const rows = demoTables(step.rows);
      for (const def of TABLES) await port.appendRows(def.name, rows[def.name]);
    }
  }
  return ctx;
}
