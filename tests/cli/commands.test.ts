import ExcelJS from "exceljs";
import { loadBook } from "../../src/core/actions";
import { ownedSheetNames } from "../../src/core/plan";
import { TABLES } from "../../src/core/schema/tables";
import { openXlsxReader } from "../../src/xlsx";
import { sha256, tempFolder } from "../xlsx/workbookFiles";
import { runCli } from "./runCli";

describe("salespace init", () => {
  const tmp = tempFolder();
  afterAll(() => tmp.remove());

  it.each(["en", "zh"] as const)(
    "writes every template table with its columns and dropdowns (%s)",
    async (lang) => {
      const path = tmp.file(`init-${lang}.xlsx`);
      expect((await runCli(["init", path, "--lang", lang, "--quiet"])).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      for (const def of TABLES) {
        const sheet = wb.getWorksheet(def.sheet[lang]);
        expect(sheet).toBeDefined();
        const table = sheet!.getTable(def.name) as unknown as {
          table: { columns: { name: string }[]; tableRef: string };
        };
        expect(table.table.columns.map((c) => c.name)).toEqual(def.columns.map((c) => c.header[lang]));
        const first = /^([A-Z]+)1:/.exec(table.table.tableRef)![1];
        // Every column has a validation rule (a dropdown, a type check or at least the input message).
        const firstColumn = sheet!.getColumn(first).number;
        def.columns.forEach((column, i) => {
          const rule = sheet!.getRow(2).getCell(firstColumn + i).dataValidation;
          expect({ column: column.key, prompt: Boolean(rule?.prompt) }).toEqual({
            column: column.key,
            prompt: true,
          });
          if (column.type === "enum")
            expect({ column: column.key, type: rule.type }).toEqual({ column: column.key, type: "list" });
        });
      }
    },
  );

  it("takes the workbook language from LANG when --lang is not given", async () => {
    const path = tmp.file("init-locale.xlsx");
    expect((await runCli(["init", path, "--quiet"], { locale: "zh_CN.UTF-8" })).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.getWorksheet("每日销售报告")).toBeDefined();
  });

  it("prints help for a command and for the whole tool", async () => {
    expect((await runCli(["init", "--help"])).stdout).toMatch(/Usage: salespace init BOOK\.xlsx/);
    expect((await runCli(["--help"])).stdout).toMatch(/Commands:/);
  });
});

describe("salespace validate and rollup on a demo workbook", () => {
  const tmp = tempFolder();
  afterAll(() => tmp.remove());
  const clean = () => tmp.file("clean.xlsx");
  const messy = () => tmp.file("messy.xlsx");
  const demo = (path: string, rate: string) =>
    runCli([
      "demo",
      path,
      "--people",
      "3",
      "--days",
      "10",
      "--seed",
      "2",
      "--start",
      "2026-11-02",
      "--messy",
      rate,
      "--lang",
      "en",
    ]);

  beforeAll(async () => {
    expect((await demo(clean(), "0")).code).toBe(0);
    expect((await demo(messy(), "0.3")).code).toBe(0);
  });

  it("validate exits 0 when there are only warnings, and prints the counts", async () => {
    const run = await runCli(["validate", clean(), "--today", "2026-11-14", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^0 error\(s\), \d+ warning\(s\)\.$/m);
  });

  it("validate exits 1 on errors and lists sheet, row, column and the message", async () => {
    const run = await runCli(["validate", messy(), "--today", "2026-11-14", "--quiet"]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toMatch(/^Code\s+Sheet\s+Row\s+Column\s+Message$/);
    expect(run.stdout).toMatch(/^E0\d\s+(Visit Plan|Daily Report)\s+\d+\s+/m);
  });

  it("validate --json gives findings with messages and counts that match", async () => {
    const run = await runCli(["validate", messy(), "--today", "2026-11-14", "--json", "--quiet"]);
    const json = JSON.parse(run.stdout) as {
      findings: Record<string, unknown>[];
      counts: { error: number; warning: number };
    };
    expect(Object.keys(json.findings[0]).sort()).toEqual(
      ["code", "column", "message", "row", "severity", "suggestion", "table", "value"].sort(),
    );
    expect(json.counts.error).toBe(json.findings.filter((f) => f.severity === "error").length);
    expect(json.counts.error).toBeGreaterThan(0);
    expect(json.findings.every((f) => typeof f.message === "string" && f.message !== "")).toBe(true);
  });

  it("validate only reads: the workbook is byte-identical afterwards", async () => {
    const before = sha256(messy());
    await runCli(["validate", messy(), "--quiet"]);
    expect(sha256(messy())).toBe(before);
  });

  it("rollup writes the six rollup sheets into the workbook and the figures as JSON", async () => {
    const run = await runCli(["rollup", clean(), "--as-of", "2026-11-13", "--json", "--quiet"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ period: "2026-11", asOf: "2026-11-13" });
    const company = json.scorecard.filter(
      (r: { region: unknown; salesperson: unknown }) => r.region === null,
    );
    expect(company.map((r: { metric: string }) => r.metric)).toEqual([
      "sales",
      "grossMargin",
      "newOutlets",
      "collections",
      "visits",
    ]);
    expect(company.every((r: { salesperson: unknown }) => r.salesperson === null)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(clean());
    const owned = new Set(ownedSheetNames());
    expect(wb.worksheets.filter((ws) => owned.has(ws.name)).map((ws) => ws.name)).toEqual([
      "Scorecard",
      "Pivots",
      "Facts",
      "Efficiency",
      "Weekly report",
      "Customers",
    ]);
    // SPEC §8.5: `customers` has exactly this shape, dates as YYYY-MM-DD.
    const { customers } = json;
    expect(Object.keys(customers)).toEqual([
      "lines",
      "classes",
      "development",
      "satisfaction",
      "complaints",
      "churn",
    ]);
    expect(Object.keys(customers.lines[0])).toEqual([
      "id",
      "name",
      "type",
      "region",
      "owner",
      "status",
      "class",
      "firstOrder",
      "lastOrder",
      "lastVisit",
      "daysSinceVisit",
      "visits",
      "sales",
      "margin",
      "collections",
      "trailingSales",
      "trailingMargin",
      "openComplaints",
      "latestOverall",
      "lifetimeValue",
      "flags",
    ]);
    expect(Object.keys(customers.classes[0])).toEqual([
      "class",
      "customers",
      "sales",
      "share",
      "lifetimeValueMean",
      "lifetimeValueTotal",
    ]);
    expect(Object.keys(customers.development[0])).toEqual([
      "salesperson",
      "region",
      "prospectsAtStart",
      "prospectsAdded",
      "won",
      "conversion",
      "daysToFirstOrder",
      "newCustomerVisitsPerWin",
    ]);
    expect(Object.keys(customers.satisfaction[0])).toEqual([
      "level",
      "name",
      "surveys",
      "csat",
      "satisfiedShare",
      "nps",
    ]);
    expect(Object.keys(customers.complaints)).toEqual([
      "received",
      "closedShare",
      "medianDaysToClose",
      "satisfiedShare",
    ]);
    expect(Object.keys(customers.churn)).toEqual([
      "rate",
      "activeAtStart",
      "lostInWindow",
      "expectedLifetimeYears",
      "lost",
      "lostSales",
      "reasons",
      "interviewedShare",
      "wonBack",
    ]);
    const ordered = customers.lines.find((l: { lastOrder: string | null }) => l.lastOrder !== null);
    expect(ordered.lastOrder).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const shares = customers.classes.reduce(
      (sum: number, c: { share: number | null }) => sum + (c.share ?? 0),
      0,
    );
    expect(shares).toBeCloseTo(1, 9);
  });

  it("rollup --out leaves the workbook byte-identical and copies the template tables intact", async () => {
    const before = sha256(messy());
    const out = tmp.file("messy-rolled.xlsx");
    const run = await runCli(["rollup", messy(), "--as-of", "2026-11-13", "--out", out, "--quiet"]);
    expect(run.code).toBe(0);
    expect(sha256(messy())).toBe(before);
    const findings = async (path: string) =>
      (await runCli(["validate", path, "--today", "2026-11-14", "--json", "--quiet"])).stdout;
    expect(await findings(out)).toBe(await findings(messy()));
  });

  it("rollup run twice replaces its sheets instead of adding more", async () => {
    expect((await runCli(["rollup", clean(), "--as-of", "2026-11-13", "--quiet"])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(clean());
    const names = wb.worksheets.map((ws) => ws.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n === "Scorecard")).toHaveLength(1);
  });

  it("rollup ends with one line saying what it wrote where and how long it took, in the workbook's language", async () => {
    const out = tmp.file("rolled.xlsx");
    const run = await runCli(["rollup", clean(), "--as-of", "2026-11-13", "--out", out], {
      secondsPerClockReading: 0.5,
    });
    expect(run.code).toBe(0);
    const last = run.stderr.trimEnd().split("\n").pop();
    expect(last).toMatch(
      /^Rolled up 2026-11 as of 2026-11-13: wrote Scorecard, Pivots, Facts, Efficiency, Weekly report, Customers to .*rolled\.xlsx in \d+\.\d s\.$/,
    );
    expect((await runCli(["rollup", clean(), "--as-of", "2026-11-13", "--out", out, "--quiet"])).stderr).toBe(
      "",
    );
  });

  it("rollup says it finished on an empty Chinese workbook too, and takes the period's last day for a past period", async () => {
    const empty = tmp.file("empty-zh.xlsx");
    expect((await runCli(["init", empty, "--lang", "zh", "--quiet"])).code).toBe(0);
    const run = await runCli(["rollup", empty, "--period", "2026-10"], { today: "2026-11-27" });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^已汇总 2026-10（截至 2026-10-31）：目标达成、.+ 已写入 .*empty-zh\.xlsx，用时 \d+\.\d 秒。\n$/,
    );
  });

  it("demo --customers gives about that many customers in all (for the 20,000-customer scale)", async () => {
    const path = tmp.file("customers.xlsx");
    const args = [
      "demo",
      path,
      "--people",
      "3",
      "--days",
      "3",
      "--customers",
      "300",
      "--lang",
      "zh",
      "--quiet",
    ];
    expect((await runCli(args)).code).toBe(0);
    const [customers] = await openXlsxReader(path).readTables(["Customers"]);
    expect(customers.rows.length).toBeGreaterThanOrEqual(291);
    expect(customers.rows.length).toBeLessThanOrEqual(309);
  });

  it("demo --lang zh answers yes/no columns 是/否, and validate reads them", async () => {
    const path = tmp.file("yes-no-zh.xlsx");
    const args = [
      "demo",
      path,
      "--people",
      "3",
      "--days",
      "5",
      "--today",
      "2026-11-30",
      "--lang",
      "zh",
      "--quiet",
    ];
    expect((await runCli(args)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const answers = new Set<unknown>();
    for (const def of TABLES) {
      const sheet = wb.getWorksheet(def.sheet.zh)!;
      const table = sheet.getTable(def.name) as unknown as { table: { tableRef: string } };
      const [, first, top, bottom] = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(table.table.tableRef)!;
      def.columns.forEach((column, i) => {
        if (column.type !== "yesNo") return;
        const at = sheet.getColumn(first).number + i;
        for (let r = Number(top) + 1; r <= Number(bottom); r++) {
          const value = sheet.getRow(r).getCell(at).value;
          if (value !== null && value !== "") answers.add(value);
        }
      });
    }
    expect([...answers].sort()).toEqual(["否", "是"]);
    expect((await runCli(["validate", path, "--quiet"])).code).toBe(0);
  });

  it("demo data ends on the last working day before --today", async () => {
    const path = tmp.file("today.xlsx");
    const args = [
      "demo",
      path,
      "--people",
      "2",
      "--days",
      "5",
      "--today",
      "2026-11-30",
      "--lang",
      "en",
      "--quiet",
    ];
    expect((await runCli(args)).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheet = wb.getWorksheet("Daily Report")!;
    const dates = new Set<string>();
    sheet.eachRow((row, i) => {
      const value = row.getCell(1).value;
      if (i > 1 && value instanceof Date) dates.add(value.toISOString().slice(0, 10));
      else if (i > 1 && typeof value === "number")
        dates.add(new Date(Date.UTC(1899, 11, 30) + value * 864e5).toISOString().slice(0, 10));
    });
    // Friday 27 November is the last working day before Monday 30 November; five working days back is the 23rd.
    expect([...dates].sort()).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]);
  });

  it("demo --region writes one regional book with its region's IDs, and refuses a region it does not know", async () => {
    const path = tmp.file("south-region.xlsx");
    const base = ["--people", "2", "--days", "5", "--today", "2026-11-30", "--lang", "zh"];
    const run = await runCli(["demo", path, ...base, "--region", "South China"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Created .*south-region\.xlsx: 2 salespeople in 华南,/);
    const port = openXlsxReader(path);
    const { book } = await loadBook({ port, today: 46356, lang: "zh" }, await port.inspect());
    expect(book.salespeople.map((p) => [p.id, p.region])).toEqual([
      ["SCS001", "华南"],
      ["SCS002", "华南"],
    ]);
    const unknown = await runCli(["demo", tmp.file("nowhere.xlsx"), ...base, "--region", "Atlantis"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split("\n")).toHaveLength(1);
    expect(unknown.stderr).toContain("Atlantis");
  });

  it("shows progress on stderr when a command takes more than a second, and --quiet silences it", async () => {
    const slow = { secondsPerClockReading: 1 };
    const loud = await runCli(["validate", clean(), "--today", "2026-11-14"], slow);
    expect(loud.stderr).toMatch(/^\[\d+\.\ds\] reading the workbook$/m);
    const quiet = await runCli(["validate", clean(), "--today", "2026-11-14", "--quiet"], slow);
    expect(quiet.stderr).toBe("");
  });
});
