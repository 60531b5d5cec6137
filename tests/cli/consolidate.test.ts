import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { computeRollups, loadBook, rollupPeriod } from "../../src/core/actions";
import { CompanyRollup } from "../../src/core/consolidate";
import { generateDemo } from "../../src/core/demo";
import { buildSetupPlan } from "../../src/core/plan";
import type { CellValue } from "../../src/core/plan/types";
import { TABLES } from "../../src/core/schema/tables";
import type { TableName } from "../../src/core/schema/types";
import { createXlsxPort, openXlsxReader } from "../../src/xlsx";
import { dayFromIso } from "../support/day";
import { sha256, tempFolder } from "../xlsx/workbookFiles";
import { runCli } from "./runCli";
import { defaultSettings } from "../../src/core/settings";

const tmp = tempFolder();
afterAll(() => tmp.remove());

type Tables = Record<TableName, CellValue[][]>;

function demoTables(seed: number, lang: "zh" | "en"): Tables {
  const demo = generateDemo({ people: 4, days: 25, seed, start: dayFromIso("2026-10-01"), messy: 0, lang });
  return Object.fromEntries(TABLES.map((t) => [t.name, demo.tables[t.name].map((r) => [...r])])) as Tables;
}

async function writeBook(
  file: string,
  lang: "zh" | "en",
  tables: Tables,
  skip: TableName[] = [],
): Promise<string> {
  const port = createXlsxPort();
  await port.applySetup(buildSetupPlan(lang, []));
  await port.writeSettings(defaultSettings(lang, 1));
  for (const t of TABLES) await port.appendRows(t.name, tables[t.name]);
  await port.save(tmp.file(file));
  if (skip.length > 0) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(tmp.file(file));
    for (const name of skip) for (const ws of wb.worksheets) if (ws.getTable(name)) ws.removeTable(name);
    await wb.xlsx.writeFile(tmp.file(file));
  }
  return tmp.file(file);
}

/** The rollups a single book gives on its own (the oracle the company figures must add up to). */
async function ownRollups(path: string) {
  const port = openXlsxReader(path);
  const inventory = await port.inspect();
  const loaded = await loadBook({ port, today: dayFromIso("2026-11-27"), lang: "en" }, inventory);
  const asOf = dayFromIso("2026-10-20");
  return computeRollups(loaded, rollupPeriod("2026-10", asOf), asOf);
}

const north = demoTables(3, "zh");
const south = demoTables(4, "en");
// One salesperson in two regions: north's first salesperson is listed in south too, in south's region.
const [, movedName] = north.Salespeople[0];
south.Salespeople.push(["X900", movedName, south.Salespeople[0][2], null, null, "Y"]);
// The same target row in two books.
const copiedTarget = [...north.Targets.find((t) => t[1] !== null)!];
south.Targets.push(copiedTarget);

let books: string[];
beforeAll(async () => {
  books = [await writeBook("north.xlsx", "zh", north), await writeBook("south.xlsx", "en", south)];
});

const args = (out: string, ...more: string[]) => [
  "consolidate",
  out,
  ...books,
  "--period",
  "2026-10",
  "--as-of",
  "2026-10-20",
  ...more,
];

describe("salespace consolidate", () => {
  it("adds the books up: company sales are the sum of each book's, targets counted once, inputs unchanged", async () => {
    const before = books.map(sha256);
    const run = await runCli([...args(tmp.file("company.xlsx")), "--json"]);
    expect(run.code).toBe(0);
    expect(books.map(sha256)).toEqual(before);
    const json = JSON.parse(run.stdout);
    const company = (metric: string) =>
      json.scorecard.find(
        (l: { region: null; salesperson: null; metric: string }) => l.region === null && l.metric === metric,
      );
    const own = await Promise.all(books.map(ownRollups));
    const ownCompany = own.map((r) => r.scorecard.lines.find((l) => l.level === "company")!.metrics);
    for (const metric of ["sales", "grossMargin", "collections", "visits"] as const) {
      expect(company(metric).actual).toBeCloseTo(
        ownCompany[0][metric].actual + ownCompany[1][metric].actual,
        6,
      );
    }
    // The copied target row is counted once: the company target is north's plus south's own rows.
    const southOwn = await ownRollups(
      await writeBook("south-own.xlsx", "en", { ...south, Targets: south.Targets.slice(0, -1) }),
    );
    const southTargets = southOwn.scorecard.lines.find((l) => l.level === "company")!.metrics;
    for (const metric of ["sales", "grossMargin", "visits"] as const) {
      expect(company(metric).target).toBeCloseTo(
        ownCompany[0][metric].target! + southTargets[metric].target!,
        6,
      );
    }
    expect(json.books.map((b: { book: string; lang: string }) => [b.book, b.lang])).toEqual([
      ["north.xlsx", "zh"],
      ["south.xlsx", "en"],
    ]);
    // Both languages' regions, as written, each with its subtotal.
    const regions = new Set(json.scorecard.map((l: { region: string | null }) => l.region));
    expect(regions).toEqual(new Set([...own.flatMap((r) => r.scorecard.lines.map((l) => l.region))]));
  });

  it("warns about books that disagree, naming both, and goes on (exit 0)", async () => {
    const run = await runCli([...args(tmp.file("warned.xlsx")), "--json"]);
    expect(run.code).toBe(0);
    const kinds = new Map<string, { subject: string; first: { book: string }; second: { book: string } }[]>();
    for (const d of JSON.parse(run.stdout).disagreements)
      kinds.set(d.kind, [...(kinds.get(d.kind) ?? []), d]);
    expect(kinds.get("nameTwoRegions")).toContainEqual(
      expect.objectContaining({
        subject: movedName,
        first: expect.objectContaining({ book: "north.xlsx" }),
        second: expect.objectContaining({ book: "south.xlsx" }),
      }),
    );
    expect(kinds.get("sameTarget")).toHaveLength(1);
    // The demo books number their customers alike (C0001 …) under other names: warned, both kept.
    expect(kinds.get("idTwoNames")).toContainEqual(
      expect.objectContaining({
        list: "customers",
        subject: north.Customers[0][0],
        first: { book: "north.xlsx", value: north.Customers[0][1] },
        second: { book: "south.xlsx", value: south.Customers[0][1] },
      }),
    );
    expect(run.stderr).toMatch(/warning: .*north\.xlsx.*south\.xlsx/);
    expect(existsSync(tmp.file("warned.xlsx"))).toBe(true);
  });

  it("writes a company workbook whose Scorecard holds values and says so, and whose facts sum to its figures", async () => {
    const out = tmp.file("company-zh.xlsx");
    const run = await runCli([...args(out), "--json"]);
    const json = JSON.parse(run.stdout);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // The cover sheet, the (very hidden) settings, then the rollups in a single workbook's order.
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "工作簿",
      "SalesPace.Settings",
      "目标达成",
      "透视",
      "数据源",
      "推销效率",
      "周报",
      "客户分析",
    ]);
    const scorecard = wb.getWorksheet("目标达成")!;
    expect(String(scorecard.getCell("A3").value)).toContain("salespace consolidate");
    scorecard.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined()));
    const facts = wb.worksheets.find((w) => w.getTable("SP_Facts"))!;
    let sales = 0;
    facts.eachRow((row, n) => {
      if (n > 2) sales += Number(row.getCell(10).value ?? 0);
    });
    const company = json.scorecard.find(
      (l: { region: null; metric: string }) => l.region === null && l.metric === "sales",
    );
    expect(sales).toBeCloseTo(company.actual, 4);
  });

  it("stops at a book that lacks a table or is not a workbook: one line naming it, exit 2, nothing written", async () => {
    const broken = await writeBook("no-targets.xlsx", "en", south, ["Targets"]);
    const out = tmp.file("never.xlsx");
    const run = await runCli(["consolidate", out, books[0], broken]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("no-targets.xlsx");
    expect(run.stderr).toContain("Targets");
    expect(existsSync(out)).toBe(false);
    const notABook = await runCli(["consolidate", out, books[0], tmp.file("missing.xlsx")]);
    expect(notABook.code).toBe(2);
    expect(notABook.stderr).toContain("missing.xlsx");
    expect(existsSync(out)).toBe(false);
  });
});

describe("salespace export", () => {
  // hyparquet-writer is an ES module, which this test runner cannot load in-process: the export runs
  // as the real command, built from this worktree's sources.
  const root = join(__dirname, "..", "..");
  beforeAll(() => execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: root }), 120_000);

  it("writes report and target facts that DuckDB reads back with the core's sums", async () => {
    const to = tmp.file("facts.parquet");
    execFileSync("node", [
      join(root, "bin", "salespace.js"),
      "export",
      ...books,
      "--to",
      to,
      "--as-of",
      "2026-10-20",
      "--quiet",
    ]);
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    const result = await connection.runAndReadAll(
      `select book, kind, count(*)::int as n, sum(order_amount) as sales, sum(target) as tgt from '${to}'
       where kind = 'target' or (date between '2026-10-01' and '2026-10-20') group by all order by all`,
    );
    const rows = result.getRowObjectsJson() as {
      book: string;
      kind: string;
      n: number;
      sales: number | null;
    }[];
    const own = await Promise.all(books.map(ownRollups));
    for (const [i, book] of ["north.xlsx", "south.xlsx"].entries()) {
      const report = rows.find((r) => r.book === book && r.kind === "report")!;
      const company = own[i].scorecard.lines.find((l) => l.level === "company")!.metrics;
      expect(report.sales).toBeCloseTo(company.sales.actual, 4);
      expect(rows.find((r) => r.book === book && r.kind === "target")!.n).toBeGreaterThan(0);
    }
    const all = await connection.runAndReadAll(
      `select count(*)::int as n from '${to}' where kind = 'report'`,
    );
    expect(all.getRowObjectsJson()[0].n).toBe(north.DailyReport.length + south.DailyReport.length);

    // customer_class is the class the company's Customers sheet shows on the export's as-of date.
    const classes = await connection.runAndReadAll(
      `select customer, list(distinct customer_class) as classes, count(*)::int as n from '${to}'
       where kind = 'report' group by customer order by customer`,
    );
    const company = new CompanyRollup(
      rollupPeriod("2026-10", dayFromIso("2026-10-20")),
      dayFromIso("2026-10-20"),
    );
    for (const [i, path] of books.entries()) {
      const port = openXlsxReader(path);
      const loaded = await loadBook(
        { port, today: dayFromIso("2026-11-27"), lang: "en" },
        await port.inspect(),
      );
      company.addBook(["north.xlsx", "south.xlsx"][i], loaded);
    }
    const core = new Map(company.finish().customers.lines.map((l) => [l.name, l.class]));
    const read = classes.getRowObjectsJson() as { customer: string | null; classes: (string | null)[] }[];
    expect(read.length).toBeGreaterThan(20);
    for (const row of read) {
      expect([row.customer, row.classes]).toEqual([
        row.customer,
        [row.customer === null ? null : (core.get(row.customer) ?? null)],
      ]);
    }
    const seen = new Set(read.flatMap((r) => r.classes));
    for (const cls of ["A", "B", "C", null]) expect(seen).toContain(cls);
  }, 90_000);
});
