/** Rebuilding add-in-owned sheets (SPEC §4): all swapped in at once, text stays text, live formulas, pivots. */
import { isSalesPaceError } from "../../src/core/errors";
import type { OwnedSheetPlan, PivotPlan } from "../../src/core/plan/types";
import { createExcelPort, markerName } from "../../src/excel";
import { LEGACY_SWAP_FLAG_NAME } from "../../src/excel/owned-swap";
import { PAYLOAD_LIMIT_BYTES } from "../../src/excel-double";
import { excelWithReportTable as createExcelDouble, ownedPlan } from "./plans";

function facts(rows: number): OwnedSheetPlan {
  return ownedPlan({
    kind: "facts",
    name: "Facts",
    altNames: ["数据"],
    writes: [],
    conditionalFormats: [],
    freeze: { rows: 1, columns: 0 },
    tables: [
      {
        name: "SP_Facts",
        headerAddress: "A1:D1",
        headers: ["Region", "Salesperson", "Kind", "Amount"],
        rows: Array.from({ length: rows }, (_, i) => [
          i % 2 ? "East" : "West",
          `销售员${i % 50}`,
          "Actual",
          i * 10,
        ]),
        textColumns: [0, 1],
        numberFormats: ["@", "@", "@", "#,##0.00"],
        style: "TableStyleLight9",
      },
    ],
  });
}

const PIVOT: PivotPlan = {
  name: "SP_PivotByRegion",
  sourceTable: "SP_Facts",
  destination: "A3",
  rows: ["Region", "Salesperson"],
  columns: ["Kind"],
  filters: [],
  data: [{ field: "Amount", name: "Amount ", summarizeBy: "Sum", numberFormat: "#,##0" }],
};

const pivotsPlan = ownedPlan({
  kind: "pivots",
  name: "Pivots",
  altNames: ["透视"],
  writes: [],
  conditionalFormats: [],
  pivots: [PIVOT],
  pivotNotes: {
    unsupported: ["Needs Excel API 1.8.", "需要 Excel API 1.8。"],
    withoutExcel: ["Not from the add-in"],
  },
});

describe("replaceOwnedSheets", () => {
  it("builds the sheet from its plan: values, the plan's formula text, formats, freeze, tab colour, marker", async () => {
    const excel = createExcelDouble();
    await createExcelPort(excel.host).replaceOwnedSheets([ownedPlan()]);

    const sheet = excel.workbook.sheet("Scorecard")!;
    expect(excel.workbook.dump("Scorecard")).toEqual([
      ["Scorecard 2026-11", "", ""],
      ["", "", ""],
      ["Region", "Target", "Actual"],
      ["East", 1000, '=SUMIFS(DailyReport[Order amount],DailyReport[Salesperson],"王伟")'],
    ]);
    expect(sheet.formula(3, 2)).toBe('=SUMIFS(DailyReport[Order amount],DailyReport[Salesperson],"王伟")');
    expect(sheet.conditionalFormats).toEqual([
      {
        rect: { top: 3, left: 2, bottom: 3, right: 2 },
        formula: "=C4<B4",
        fill: "#FDE7E9",
        fontColor: "#A4262C",
      },
    ]);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 1 });
    expect(sheet.tabColor).toBe("#0F6CBD");
    expect(sheet.columnWidths.size).toBe(3);
    expect(excel.workbook.names.get(markerName("scorecard").toLowerCase())!.formula).toBe(
      "='Scorecard'!$A$1",
    );
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Scorecard"]);
  });

  it("writes people's text that starts with = + - @ as text, never as a formula", async () => {
    const excel = createExcelDouble();
    const typed = ['=HYPERLINK("http://x")', "+86 138", "-折扣", "@王伟", "-12"];
    const plan = ownedPlan({
      kind: "weekly",
      name: "Weekly",
      altNames: ["周报"],
      writes: [{ address: "A1:A5", values: typed.map((t) => [t]), text: true }],
      conditionalFormats: [],
    });

    await createExcelPort(excel.host).replaceOwnedSheets([plan]);

    const sheet = excel.workbook.sheet("Weekly")!;
    typed.forEach((text, r) => {
      expect(sheet.value(r, 0)).toBe(text);
      expect(sheet.formula(r, 0)).toBeUndefined();
      expect(sheet.numberFormat(r, 0)).toBe("@");
    });
  });

  it("replaces its own sheet under the other language's name and moves the marker", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.replaceOwnedSheets([ownedPlan({ name: "目标达成", altNames: ["Scorecard"] })]);

    await port.replaceOwnedSheets([ownedPlan()]);

    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Scorecard"]);
    expect(excel.workbook.names.get(markerName("scorecard").toLowerCase())!.formula).toBe(
      "='Scorecard'!$A$1",
    );
  });

  it("refuses to replace a sheet of the same name that holds someone's work (SheetNameTaken)", async () => {
    const excel = createExcelDouble({ sheets: ["Sheet1", "Scorecard"] });
    excel.workbook.sheet("Scorecard")!.put(0, 0, "my own scorecard");

    const error = await createExcelPort(excel.host)
      .replaceOwnedSheets([ownedPlan()])
      .catch((e: unknown) => e);

    expect(isSalesPaceError(error, "SheetNameTaken")).toBe(true);
    expect(excel.workbook.dump("Scorecard")).toEqual([["my own scorecard"]]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Scorecard"]);
  });

  it("replaces a sheet the command line built (add-in tab colour, no marker yet)", async () => {
    const excel = createExcelDouble({ sheets: ["Sheet1", "Scorecard"] });
    const cliBuilt = excel.workbook.sheet("Scorecard")!;
    cliBuilt.put(0, 0, "old figures");
    cliBuilt.tabColor = "#0F6CBD";

    await createExcelPort(excel.host).replaceOwnedSheets([ownedPlan()]);

    expect(excel.workbook.dump("Scorecard")[0][0]).toBe("Scorecard 2026-11");
  });

  describe("a failure at any sync leaves the old sheet or the new one, never a mix", () => {
    const oldPlan = ownedPlan({ writes: [{ address: "A1:B1", values: [["OLD", 1]] }] });
    const newPlan = ownedPlan();

    async function syncsOfCleanRun(): Promise<number> {
      const excel = createExcelDouble();
      const port = createExcelPort(excel.host);
      await port.replaceOwnedSheets([oldPlan]);
      excel.resetCounters();
      await port.replaceOwnedSheets([newPlan]);
      return excel.counters.syncs;
    }

    it("at every sync of the rebuild", async () => {
      const total = await syncsOfCleanRun();
      // One survey; the temporary sheet, which also lists what the kept sheet holds; the commit.
      expect(total).toBe(3);
      const reference = createExcelDouble();
      await createExcelPort(reference.host).replaceOwnedSheets([oldPlan]);
      const oldDump = reference.workbook.dump("Scorecard");
      await createExcelPort(reference.host).replaceOwnedSheets([newPlan]);
      const newDump = reference.workbook.dump("Scorecard");

      for (let k = 1; k <= total; k++) {
        const excel = createExcelDouble();
        const port = createExcelPort(excel.host);
        await port.replaceOwnedSheets([oldPlan]);
        excel.inject.failAtSync(k);

        await expect(port.replaceOwnedSheets([newPlan])).rejects.toMatchObject({ name: "SalesPaceError" });

        const names = excel.workbook.sheets.map((s) => s.name);
        expect(names).toEqual(["Sheet1", "Scorecard"]);
        expect([oldDump, newDump]).toContainEqual(excel.workbook.dump("Scorecard"));
        await port.replaceOwnedSheets([newPlan]);
        expect(excel.workbook.dump("Scorecard")).toEqual(newDump);
        expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Scorecard"]);
      }
    });

    it("deletes what a cut run left behind: a temporary sheet and an older version's swap flag", async () => {
      const excel = createExcelDouble();
      const port = createExcelPort(excel.host);
      await port.replaceOwnedSheets([oldPlan]);
      excel.workbook.addName(LEGACY_SWAP_FLAG_NAME, '="SalesPace"', "");
      excel.workbook.addSheet("~SP tmp scorecard").put(0, 0, "half built");

      await port.replaceOwnedSheets([newPlan]);

      expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Scorecard"]);
      expect(excel.workbook.dump("Scorecard")[0][0]).toBe("Scorecard 2026-11");
      expect(excel.workbook.names.has(LEGACY_SWAP_FLAG_NAME.toLowerCase())).toBe(false);
    });

    it("across several sheets: all old sheets or all new ones, at every sync", async () => {
      const oldPlans = [pivotsPlan, facts(3), oldPlan];
      const newPlans = [pivotsPlan, facts(5), newPlan];
      const dumps = (excel: ReturnType<typeof createExcelDouble>) =>
        JSON.stringify([excel.workbook.dump("Scorecard"), excel.workbook.tableRows("SP_Facts")]);
      const reference = createExcelDouble();
      const port = createExcelPort(reference.host);
      await port.replaceOwnedSheets(oldPlans);
      const oldState = dumps(reference);
      reference.resetCounters();
      await port.replaceOwnedSheets(newPlans);
      const total = reference.counters.syncs;
      const newState = dumps(reference);

      for (let k = 1; k <= total; k++) {
        const excel = createExcelDouble();
        const again = createExcelPort(excel.host);
        await again.replaceOwnedSheets(oldPlans);
        excel.inject.failAtSync(k);
        await expect(again.replaceOwnedSheets(newPlans)).rejects.toMatchObject({ name: "SalesPaceError" });
        expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Facts", "Pivots", "Scorecard"]);
        expect([oldState, newState]).toContain(dumps(excel));
        await again.replaceOwnedSheets(newPlans);
        expect(dumps(excel)).toBe(newState);
        expect(excel.workbook.sheet("Pivots")!.pivots.map((p) => p.sourceTable)).toEqual(["SP_Facts"]);
      }
    });

    it("a commit cut after its first sheets is run again by the clean-up: every sheet new, none deleted", async () => {
      const excel = createExcelDouble();
      await createExcelPort(excel.host).replaceOwnedSheets([pivotsPlan, facts(3), oldPlan]);
      const people = excel.workbook.addSheet("我的看板");
      people.setFormula(0, 0, "=Scorecard!A1");
      people.setFormula(1, 0, "=Facts!B2");
      // The commit is the third request (survey, build, commit); it strips the Scorecard, then the
      // Pivots, then the Facts sheet. The Facts sheet is protected just for that request, so the commit
      // stops there, after the other two sheets were emptied.
      let syncs = 0;
      const factsSheet = () => excel.workbook.sheet("Facts")!;
      const run = (options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<unknown>) =>
        excel.host.run(options, async (context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            syncs++;
            factsSheet().protected = syncs === 3;
            return sync();
          };
          return batch(context);
        });
      const port = createExcelPort({ ...excel.host, run: run as typeof Excel.run });

      await expect(port.replaceOwnedSheets([pivotsPlan, facts(5), newPlan])).rejects.toMatchObject({
        name: "SalesPaceError",
        code: "SheetProtected",
      });

      const reference = createExcelDouble();
      await createExcelPort(reference.host).replaceOwnedSheets([pivotsPlan, facts(5), newPlan]);
      expect(excel.workbook.sheets.map((s) => s.name).sort()).toEqual(
        ["Sheet1", "Facts", "Pivots", "Scorecard", "我的看板"].sort(),
      );
      expect(excel.workbook.dump("Scorecard")).toEqual(reference.workbook.dump("Scorecard"));
      expect(excel.workbook.tableRows("SP_Facts")).toHaveLength(5);
      expect(excel.workbook.sheet("Pivots")!.pivots.map((p) => p.sourceTable)).toEqual(["SP_Facts"]);
      expect([...excel.workbook.names.keys()].sort()).toEqual(
        ["facts", "pivots", "scorecard"].map((k) => markerName(k as "facts").toLowerCase()),
      );
      expect([people.formula(0, 0), people.formula(1, 0)]).toEqual(["=Scorecard!A1", "=Facts!B2"]);
    });
  });

  it("builds the facts table before the pivots that read it, with hierarchies and summarizeBy", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);

    const first = await port.replaceOwnedSheets([pivotsPlan, facts(10)]);
    const second = await port.replaceOwnedSheets([pivotsPlan, facts(12)]);

    expect(first).toEqual({ pivotsSkipped: [] });
    expect(second).toEqual({ pivotsSkipped: [] });
    expect(excel.workbook.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["DailyReport", "Sheet1"],
      ["SP_Facts", "Facts"],
    ]);
    expect(excel.workbook.tableRows("SP_Facts")).toHaveLength(12);
    const [pivot] = excel.workbook.sheet("Pivots")!.pivots;
    expect(pivot).toMatchObject({
      name: "SP_PivotByRegion",
      sourceTable: "SP_Facts",
      rows: ["Region", "Salesperson"],
      columns: ["Kind"],
      filters: [],
      data: [{ field: "Amount", name: "Amount ", summarizeBy: "Sum", numberFormat: "#,##0" }],
    });
  });

  it("rebuilds the Pivots sheet alone over the Facts table as it stands", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.replaceOwnedSheets([pivotsPlan, facts(3)]);

    await port.replaceOwnedSheets([pivotsPlan]);

    expect(excel.workbook.sheet("Pivots")!.pivots.map((p) => p.sourceTable)).toEqual(["SP_Facts"]);
    expect(excel.workbook.tableRows("SP_Facts")).toHaveLength(3);
  });

  it("leaves PivotTables out and says why on the sheet when ExcelApi 1.8 is missing", async () => {
    const excel = createExcelDouble({ excelApi: "1.7" });

    const report = await createExcelPort(excel.host).replaceOwnedSheets([pivotsPlan, facts(3)]);

    expect(report).toEqual({ pivotsSkipped: ["SP_PivotByRegion"] });
    expect(excel.workbook.sheet("Pivots")!.pivots).toEqual([]);
    // The plan's lines, one per row from the pivot's destination (A3): the adapter adds no words of its own.
    expect(excel.workbook.dump("Pivots").map((row) => row[0])).toEqual([
      "",
      "",
      "Needs Excel API 1.8.",
      "需要 Excel API 1.8。",
    ]);
  });

  it("writes a large refresh in ceil(bytes / 5 MB) + 2 requests, none over 5 MB", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.replaceOwnedSheets([pivotsPlan, facts(1000), ownedPlan()]);
    excel.resetCounters();
    await port.replaceOwnedSheets([pivotsPlan, facts(150_000), ownedPlan()]);

    expect(excel.workbook.tableRows("SP_Facts")).toHaveLength(150_000);
    expect(excel.workbook.sheet("Facts")!.numberFormat(5, 1)).toBe("@");
    const { perSync } = excel.counters;
    expect(perSync.every((s) => !s.failed && s.requestBytes + s.responseBytes <= PAYLOAD_LIMIT_BYTES)).toBe(
      true,
    );
    const bytes = perSync.reduce((sum, s) => sum + s.requestBytes + s.responseBytes, 0);
    expect(perSync.length).toBeGreaterThanOrEqual(3); // more than one request of cells
    expect(perSync.length).toBeLessThanOrEqual(Math.ceil(bytes / PAYLOAD_LIMIT_BYTES) + 2);
  }, 60_000);
});
