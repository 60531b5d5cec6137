/**
 * The LibreOffice cross-check (ARCHITECTURE "Testing without Excel" 2): rollups that `salespace`
 * writes are recalculated by a real spreadsheet engine, and every scorecard figure it computes from
 * the formulas must equal the core's number. All files go through one LibreOffice start.
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { ownedSheetName, SCORECARD_FIGURES, scorecardFigureAddress } from "../../src/core/plan";
import { METRIC_KEYS } from "../../src/core/schema/enums";
import { TABLES } from "../../src/core/schema/tables";
import { openXlsxPort } from "../../src/xlsx";
import { describeWith } from "../support/programs";
import { readRecalculated, recalculateXlsx, type RecalculatedCell } from "../support/libreoffice";
import { tempFolder } from "../xlsx/workbookFiles";
import { runCli } from "./runCli";

interface ScorecardJsonRow {
  readonly region: string | null;
  readonly salesperson: string | null;
  readonly metric: string;
  readonly [figure: string]: number | string | null;
}

const RATIOS = new Set(["achievement", "timeProgress", "pace"]);

/** Money to the cent, ratios to 1e-9; a figure the core leaves undefined is a blank cell. */
function sameFigure(figure: string, core: number | null, engine: RecalculatedCell): boolean {
  if (core === null) return engine === null || engine === "";
  if (typeof engine !== "number") return false;
  return Math.abs(core - engine) <= (RATIOS.has(figure) ? 1e-9 : 0.005);
}

/** People's text that a spreadsheet would take for a formula if it were not written as text. */
const RISKY_TEXTS = ["=1+1", "+8613800000000", "-5% 降价", "@竞品 新品"];

interface Case {
  readonly name: string;
  /** "full": the 20 × 60 demo; "small": 4 × 60 (edge cases need the calendar, not the volume). */
  readonly book: "full" | "small" | "edited";
  readonly args: readonly string[];
}

const CASES: readonly Case[] = [
  { name: "november", book: "full", args: ["--period", "2026-11", "--as-of", "2026-11-20"] },
  { name: "no-targets", book: "small", args: ["--period", "2027-01", "--as-of", "2027-01-15"] },
  { name: "holiday-month", book: "small", args: ["--period", "2026-10", "--as-of", "2026-10-09"] },
  { name: "week-53", book: "small", args: ["--period", "2026-W53", "--as-of", "2026-12-30"] },
  { name: "nobody-reported", book: "edited", args: ["--period", "2026-11", "--as-of", "2026-11-20"] },
];

describeWith("soffice", "rollup formulas recalculated by LibreOffice", (soffice) => {
  jest.setTimeout(600_000);
  const tmp = tempFolder();
  const json = new Map<string, { scorecard: ScorecardJsonRow[] }>();
  const recalculated = new Map<string, string>();
  let initBook = "";

  beforeAll(async () => {
    const books = {
      full: tmp.file("full.xlsx"),
      small: tmp.file("small.xlsx"),
      edited: tmp.file("edited.xlsx"),
    };
    for (const [path, people] of [
      [books.full, "20"],
      [books.small, "4"],
    ]) {
      const demo = [
        "demo",
        path,
        "--people",
        people,
        "--days",
        "60",
        "--seed",
        "11",
        "--start",
        "2026-10-08",
      ];
      expect((await runCli([...demo, "--lang", "zh", "--quiet"])).code).toBe(0);
    }

    // A salesperson with a target and no report at all, and risky text in open market items.
    const edited = await openXlsxPort(books.small);
    const [people] = await edited.readTables(["Salespeople"]);
    const region = String(people.rows[0][2]);
    await edited.appendRows("Salespeople", [["S999", "新来的", region, "", "", "Y"]]);
    await edited.appendRows("Targets", [["2026-11", "新来的", "", region, "", "销售额", 50000]]);
    await edited.appendRows(
      "MarketReport",
      RISKY_TEXTS.map((text) => [
        46339,
        "新来的",
        region,
        "",
        "竞品促销",
        "",
        "",
        text,
        "严重",
        "Y",
        "",
        "",
        "待处理",
        "",
      ]),
    );
    await edited.save(books.edited);

    for (const c of CASES) {
      const input = books[c.book];
      const run = await runCli([
        "rollup",
        input,
        ...c.args,
        "--out",
        tmp.file(`${c.name}.xlsx`),
        "--json",
        "--quiet",
      ]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      json.set(c.name, JSON.parse(run.stdout));
    }

    // Stale cached values: LibreOffice must recalculate, not show what we cached.
    const stale = new ExcelJS.Workbook();
    await stale.xlsx.readFile(tmp.file("november.xlsx"));
    const card = stale.getWorksheet(ownedSheetName("scorecard", "zh"))!;
    const actual = card.getCell(scorecardFigureAddress(0, "sales", "actual"));
    actual.value = { formula: (actual.value as { formula: string }).formula, result: 999_999_999 };
    await stale.xlsx.writeFile(tmp.file("stale.xlsx"));

    initBook = tmp.file("init.xlsx");
    expect((await runCli(["init", initBook, "--lang", "en", "--quiet"])).code).toBe(0);

    const names = [...CASES.map((c) => c.name), "stale", "init"];
    const outputs = await recalculateXlsx(
      soffice,
      names.map((n) => tmp.file(`${n}.xlsx`)),
      join(tmp.dir, "lo"),
    );
    names.forEach((n, i) => recalculated.set(n, outputs[i]));
  });
  afterAll(() => tmp.remove());

  async function mismatches(name: string, jsonName = name): Promise<string[]> {
    const book = await readRecalculated(recalculated.get(name)!);
    const sheet = ownedSheetName("scorecard", "zh");
    const rows = json.get(jsonName)!.scorecard;
    const wrong: string[] = [];
    rows.forEach((row, i) => {
      const lineIndex = Math.floor(i / METRIC_KEYS.length);
      expect(row.metric).toBe(METRIC_KEYS[i % METRIC_KEYS.length]);
      for (const figure of SCORECARD_FIGURES) {
        const address = scorecardFigureAddress(lineIndex, row.metric as (typeof METRIC_KEYS)[number], figure);
        const core = row[figure] as number | null;
        const engine = book.cell(sheet, address);
        if (!sameFigure(figure, core, engine)) {
          wrong.push(
            `${address} ${row.region}/${row.salesperson} ${row.metric}.${figure}: core ${core}, LibreOffice ${JSON.stringify(engine)}`,
          );
        }
      }
    });
    return wrong;
  }

  it.each(CASES.map((c) => c.name))(
    "every scorecard figure LibreOffice computes equals the core's (%s)",
    async (name) => {
      expect(json.get(name)!.scorecard.length).toBeGreaterThan(METRIC_KEYS.length);
      expect(await mismatches(name)).toEqual([]);
    },
  );

  it("LibreOffice really recalculates: a stale cached figure comes back as the core's", async () => {
    expect(await mismatches("stale", "november")).toEqual([]);
  });

  it("rollup over a workbook LibreOffice saved replaces its rollups, and LibreOffice agrees with every figure", async () => {
    const args = CASES.find((c) => c.name === "november")!.args;
    const again = tmp.file("again.xlsx");
    const run = await runCli([
      "rollup",
      recalculated.get("november")!,
      ...args,
      "--out",
      again,
      "--json",
      "--quiet",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    json.set("again", JSON.parse(run.stdout));
    const [output] = await recalculateXlsx(soffice, [again], join(tmp.dir, "lo-again"));
    recalculated.set("again", output);
    const book = await readRecalculated(output);
    const names = book.workbook.worksheets.map((ws) => ws.name);
    expect(names.filter((n) => n === ownedSheetName("scorecard", "zh"))).toHaveLength(1);
    expect(await mismatches("again")).toEqual([]);
  });

  it("a period with no targets has blank achievement, pace and forecast (not zero, not an error)", () => {
    const rows = json.get("no-targets")!.scorecard;
    expect(rows.every((r) => r.target === null && r.achievement === null && r.pace === null)).toBe(true);
  });

  it("a salesperson with no reports has a line with actual 0 against their target", () => {
    const line = json
      .get("nobody-reported")!
      .scorecard.find((r) => r.salesperson === "新来的" && r.metric === "sales");
    expect(line).toMatchObject({ target: 50000, actual: 0, achievement: 0 });
  });

  it("people's text starting with =, +, - or @ is still text in the weekly report after recalculation", async () => {
    const book = await readRecalculated(recalculated.get("nobody-reported")!);
    const sheet = ownedSheetName("weekly", "zh");
    const found = new Map<string, { value: unknown; formula: string | null }>();
    book.workbook.getWorksheet(sheet)!.eachRow((row) =>
      row.eachCell((cell) => {
        // LibreOffice may store mixed Latin/Chinese text as rich text runs: compare the plain text.
        const value = book.cell(sheet, cell.address);
        const text = RISKY_TEXTS.find(
          (t) => value === t || String(book.formula(sheet, cell.address)).includes(t.slice(1)),
        );
        if (text) found.set(text, { value, formula: book.formula(sheet, cell.address) });
      }),
    );
    for (const text of RISKY_TEXTS) expect(found.get(text)).toEqual({ value: text, formula: null });
  });

  it("the set-up workbook survives a LibreOffice round trip with its tables, columns and dropdowns", async () => {
    const book = await readRecalculated(recalculated.get("init")!);
    for (const def of TABLES) {
      const sheet = book.workbook.getWorksheet(def.sheet.en)!;
      const table = sheet.getTable(def.name) as unknown as { table: { columns: { name: string }[] } };
      expect(table.table.columns.map((c) => c.name)).toEqual(def.columns.map((c) => c.header.en));
    }
    const report = book.workbook.getWorksheet("Daily Report")!;
    expect(report.getCell("C2").dataValidation).toMatchObject({ type: "list" });
    expect(report.getCell("B2").dataValidation).toMatchObject({ type: "list" });
  });
});
