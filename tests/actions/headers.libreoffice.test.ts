/**
 * SPEC §1 "Headers as they are", checked by a real engine on both paths: the same rollup, over
 * workbooks whose headers are in Chinese, in English, mixed, not at A1, or left from a set-up in the
 * other language, is written through Office.js (the Excel double, saved as .xlsx by the bridge) and
 * by `salespace rollup` (.xlsx), then LibreOffice recalculates every formula cell. Each one must come
 * out as the core computed it (add-in path: the plan's value; CLI path: the cached value), and every
 * dropdown name must resolve to its column.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { type ActionContext, refreshRollups, setUpWorkbook } from "../../src/core/actions";
import type { WorkbookPort } from "../../src/core/actions/port";
import { generateDemo } from "../../src/core/demo";
import { dayFromYmd } from "../../src/core/periods";
import { ownedSheetName } from "../../src/core/plan";
import type { CellValue, OwnedSheetPlan } from "../../src/core/plan/types";
import { TABLES } from "../../src/core/schema/tables";
import type { Lang, TableName } from "../../src/core/schema/types";
import { createExcelPort } from "../../src/excel";
import { createXlsxPort, openXlsxPort } from "../../src/xlsx";
import { keepFormulaNames } from "../../src/xlsx/definedNames";
import { runCli } from "../cli/runCli";
import { NAME_CHECK_SHEET, saveDoubleAsXlsx } from "../support/doubleToXlsx";
import { type SeedTable, type WorkbookState, createExcelDouble } from "../support/excel";
import { readRecalculated, recalculateXlsx, type RecalculatedCell } from "../support/libreoffice";
import { describeWith } from "../support/programs";
import { tempFolder } from "../xlsx/workbookFiles";

const AS_OF = dayFromYmd(2026, 11, 20);
const ROLLUP_ARGS = ["--period", "2026-11", "--as-of", "2026-11-20"];

function demoTables(lang: Lang) {
  return generateDemo({ people: 5, days: 40, seed: 11, start: dayFromYmd(2026, 10, 8), messy: 0, lang })
    .tables;
}

/** One kind of workbook: tables people made by hand (if any), then set-ups and demo rows in order. */
interface Kind {
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

const KINDS: readonly Kind[] = [
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

async function build(kind: Kind, port: WorkbookPort): Promise<ActionContext> {
  const ctx: ActionContext = { port, today: AS_OF, lang: "en" };
  for (const step of kind.steps) {
    if ("setup" in step) await setUpWorkbook.run(ctx, { lang: step.setup });
    else {
      const rows = demoTables(step.rows);
      for (const def of TABLES) await port.appendRows(def.name, rows[def.name]);
    }
  }
  return ctx;
}

/** A port that remembers the plans it was given, so each formula cell's core value is known. */
function recording(port: WorkbookPort, plans: OwnedSheetPlan[]): WorkbookPort {
  return new Proxy(port, {
    get(target, key, receiver) {
      if (key === "replaceOwnedSheets")
        return (given: readonly OwnedSheetPlan[], onProgress?: never) => {
          plans.push(...given);
          return target.replaceOwnedSheets(given, onProgress);
        };
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly expected: CellValue;
}

function columnName(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Every formula cell the plans write, with the value the core computed for it. */
function planFormulaCells(plans: readonly OwnedSheetPlan[]): FormulaCell[] {
  return plans.flatMap((plan) =>
    plan.writes.flatMap((write) => {
      if (!write.formulas) return [];
      const match = /^([A-Z]+)(\d+)/.exec(write.address)!;
      let left = 0;
      for (const ch of match[1]) left = left * 26 + (ch.charCodeAt(0) - 64);
      const top = Number(match[2]);
      return write.formulas.flatMap((line, r) =>
        line.flatMap((formula, c) =>
          formula === null
            ? []
            : [
                {
                  sheet: plan.name,
                  address: `${columnName(left - 1 + c)}${top + r}`,
                  expected: write.values[r][c],
                },
              ],
        ),
      );
    }),
  );
}

/** The same figure: numbers to a millionth (relative), blanks as blanks, text as text. */
function agrees(expected: RecalculatedCell | CellValue, got: RecalculatedCell): boolean {
  if (expected === null || expected === "") return got === null || got === "";
  if (typeof expected === "number")
    return typeof got === "number" && Math.abs(got - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
  return got === expected;
}

interface Outcome {
  readonly cells: readonly FormulaCell[];
  readonly recalculated: string;
  readonly nameChecks: readonly { name: string; rows: number | null }[];
  readonly lang: Lang;
}

/** The .xlsx a kind starts from on the CLI path: hand-made tables via the bridge, else a new workbook. */
async function startFile(
  kind: Kind,
  path: string,
): Promise<WorkbookPort & { save(p: string): Promise<void> }> {
  if (kind.seed.length === 0) return createXlsxPort();
  await saveDoubleAsXlsx(createExcelDouble({ tables: kind.seed }).workbook, path);
  return openXlsxPort(path);
}

/** Formula cells of every sheet with their cached results (what `salespace rollup` wrote). */
async function cachedFormulaCells(path: string): Promise<FormulaCell[]> {
  const book = await readRecalculated(path);
  const cells: FormulaCell[] = [];
  book.workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula)
          cells.push({
            sheet: sheet.name,
            address: cell.address,
            expected: book.cell(sheet.name, cell.address) as CellValue,
          });
      }),
    ),
  );
  return cells;
}

/** A copy of `path` with a sheet of `=ROWS(name)` for each SP_ name, to see the engine resolve them. */
async function withNameChecks(path: string, out: string): Promise<{ name: string; rows: number | null }[]> {
  const workbook = new ExcelJS.Workbook();
  const names = keepFormulaNames(workbook);
  await workbook.xlsx.readFile(path);
  const dropdowns = names.names().filter((n) => n.startsWith("SP_") && names.formula(n)?.includes("["));
  const sheet = workbook.addWorksheet(NAME_CHECK_SHEET);
  const checks = dropdowns.map((name, i) => {
    sheet.getCell(`A${i + 1}`).value = name;
    sheet.getCell(`B${i + 1}`).value = { formula: `ROWS(${name})` } as ExcelJS.CellFormulaValue;
    return { name, rows: null };
  });
  await workbook.xlsx.writeFile(out);
  return checks;
}

/** The header of the table column each weekly-report link points at ("" when it is in no table). */
function weeklyLinkHeaders(book: WorkbookState, lang: Lang): string[] {
  const weekly = book.sheet(ownedSheetName("weekly", lang))!;
  return [...weekly.hyperlinks.values()].map((link) => {
    const match = /^'((?:[^']|'')+)'!([A-Z]+)(\d+)$/.exec(link.documentReference)!;
    const sheet = book.sheet(match[1].replace(/''/g, "'"))!;
    let column = 0;
    for (const ch of match[2]) column = column * 26 + (ch.charCodeAt(0) - 64);
    const row = Number(match[3]) - 1;
    const table = book.tables.find(
      (t) =>
        t.sheet === sheet &&
        t.rect.left <= column - 1 &&
        column - 1 <= t.rect.right &&
        t.rect.top < row &&
        row <= t.rect.bottom,
    );
    return table ? String(sheet.value(table.rect.top, column - 1)) : "";
  });
}

describeWith("soffice", "headers as found, recalculated by LibreOffice on both paths", (soffice) => {
  jest.setTimeout(600_000);
  const tmp = tempFolder();
  const outcomes = new Map<string, Outcome>();
  /** Per kind, the header above each weekly-report link's target cell (add-in path). */
  const linkedHeaders = new Map<string, string[]>();

  beforeAll(async () => {
    const inputs: string[] = [];
    const pending: {
      key: string;
      cells: FormulaCell[];
      nameChecks: Outcome["nameChecks"];
      file: string;
      lang: Lang;
    }[] = [];
    for (const kind of KINDS) {
      // Office.js path: the Excel double, saved by the bridge.
      const excel = createExcelDouble({ tables: kind.seed });
      const plans: OwnedSheetPlan[] = [];
      const ctx = await build(kind, recording(createExcelPort(excel.host), plans));
      const rollup = await refreshRollups.run(ctx, { period: "2026-11", asOf: AS_OF });
      linkedHeaders.set(kind.name, weeklyLinkHeaders(excel.workbook, rollup.lang));
      const addin = tmp.file(`addin-${kind.name}.xlsx`);
      const addinChecks = await saveDoubleAsXlsx(excel.workbook, addin, { checkNames: true });
      pending.push({
        key: `addin ${kind.name}`,
        cells: planFormulaCells(plans),
        nameChecks: addinChecks,
        file: addin,
        lang: rollup.lang,
      });
      inputs.push(addin);

      // Command-line path: set up and filled with the .xlsx adapter, rolled up by `salespace rollup`.
      const start = tmp.file(`start-${kind.name}.xlsx`);
      const port = await startFile(kind, start);
      await build(kind, port);
      await port.save(start);
      const cli = tmp.file(`cli-${kind.name}.xlsx`);
      const run = await runCli(["rollup", start, ...ROLLUP_ARGS, "--out", cli, "--json", "--quiet"]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const checked = tmp.file(`cli-names-${kind.name}.xlsx`);
      const cliChecks = await withNameChecks(cli, checked);
      const cliCells = await cachedFormulaCells(cli);
      const cliLang = cliCells.some((c) => c.sheet === ownedSheetName("scorecard", "zh")) ? "zh" : "en";
      pending.push({
        key: `cli ${kind.name}`,
        cells: cliCells,
        nameChecks: cliChecks,
        file: cli,
        lang: cliLang,
      });
      pending.push({
        key: `cli-names ${kind.name}`,
        cells: [],
        nameChecks: cliChecks,
        file: checked,
        lang: cliLang,
      });
      inputs.push(cli, checked);
    }
    const outputs = await recalculateXlsx(soffice, inputs, join(tmp.dir, "lo"));
    pending.forEach((p) => {
      outcomes.set(p.key, {
        cells: p.cells,
        nameChecks: p.nameChecks,
        lang: p.lang,
        recalculated: outputs[inputs.indexOf(p.file)],
      });
    });
  });
  afterAll(() => tmp.remove());

  describe.each(KINDS.map((k) => [k.name, k] as const))("%s", (_name, kind) => {
    it.each(["addin", "cli"])(
      "every formula cell LibreOffice recalculates equals the core's value (%s)",
      async (path) => {
        const outcome = outcomes.get(`${path} ${kind.name}`)!;
        const book = await readRecalculated(outcome.recalculated);
        const scorecard = ownedSheetName("scorecard", kind.output);
        expect(outcome.lang).toBe(kind.output);
        expect(outcome.cells.filter((c) => c.sheet === scorecard).length).toBeGreaterThan(100);
        const wrong = outcome.cells.flatMap((c) => {
          const got = book.cell(c.sheet, c.address);
          return agrees(c.expected, got)
            ? []
            : [
                `${c.sheet}!${c.address}: core ${JSON.stringify(c.expected)}, LibreOffice ${JSON.stringify(got)}`,
              ];
        });
        console.log(
          `${kind.name} ${path}: ${outcome.cells.length} formula cells recalculated, ${outcome.cells.length - wrong.length} agree`,
        );
        expect(wrong.slice(0, 10)).toEqual([]);
      },
    );

    it("links each open item of the weekly report to its description, where the table is", () => {
      const headers = linkedHeaders.get(kind.name)!;
      expect(headers.length).toBeGreaterThan(0);
      for (const header of headers) expect(["Description", "情况描述", "投诉内容"]).toContain(header);
    });

    it.each(["addin", "cli-names"])("every dropdown name resolves to its column (%s)", async (path) => {
      const outcome = outcomes.get(`${path} ${kind.name}`)!;
      const set = kind.steps.some((s) => "setup" in s);
      expect(outcome.nameChecks.length).toBe(set ? 4 : 0);
      const book = await readRecalculated(outcome.recalculated);
      outcome.nameChecks.forEach((check, i) => {
        const rows = book.cell(NAME_CHECK_SHEET, `B${i + 1}`);
        expect([check.name, typeof rows === "number" && rows > 0]).toEqual([check.name, true]);
        if (check.rows !== null) expect(rows).toBe(check.rows);
      });
    });
  });
});
