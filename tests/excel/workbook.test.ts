/** Settings, inspection, selection and how Excel's failures reach the user. */
import { isSalesPaceError } from "../../src/core/errors";
import { createExcelPort } from "../../src/excel";
import { createExcelDouble } from "../../src/excel-double";
import { setupPlan } from "./plans";
import { defaultSettings } from "../../src/core/settings";

describe("settings and inspect", () => {
  it("stores settings in the workbook under SalesPace and reads them back with the template tables", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.applySetup(setupPlan());
    await port.appendRows("DailyReport", [[46353, "王伟", 1200, "好"]]);
    await port.writeSettings({ ...defaultSettings("zh", 1), signOffOverdueDays: 3 });

    const inventory = await port.inspect();

    expect(excel.workbook.settings.get("SalesPace")).toEqual({
      ...defaultSettings("zh", 1),
      signOffOverdueDays: 3,
    });
    expect(inventory.settings).toEqual({ ...defaultSettings("zh", 1), signOffOverdueDays: 3 });
    expect(inventory.sheets).toEqual(["Sheet1", "Lists", "Daily Report"]);
    expect(inventory.tables).toEqual([
      { table: "Salespeople", sheet: "Lists", headers: ["Name", "Region", "Active"], rowCount: 0 },
      { table: "Products", sheet: "Lists", headers: ["Name", "Unit price"], rowCount: 0 },
      {
        table: "DailyReport",
        sheet: "Daily Report",
        headers: ["Date", "Salesperson", "Order amount", "Customer feedback"],
        rowCount: 1,
      },
    ]);
  });

  it("reads settings from the SalesPace.Settings sheet of a workbook the command line prepared", async () => {
    const excel = createExcelDouble();
    const sheet = excel.workbook.addSheet("SalesPace.Settings");
    [
      ["lang", "en"],
      ["schemaVersion", 1],
      ["signOffOverdueDays", "2"],
    ].forEach(([k, v], r) => {
      sheet.put(r, 0, k);
      sheet.put(r, 1, v);
    });

    expect((await createExcelPort(excel.host).inspect()).settings).toEqual(defaultSettings("en", 1));
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell of a finding", async () => {
    const excel = createExcelDouble({ sheets: ["Sheet1", "Daily Report"] });
    await createExcelPort(excel.host).selectCell("Daily Report", "G7");
    expect(excel.workbook.activeSheet?.name).toBe("Daily Report");
    expect(excel.workbook.selection).toEqual({ sheet: "Daily Report", address: "G7" });
  });
});

describe("Excel failures reach the user as sentences", () => {
  it("turns a protected sheet into SheetProtected with what to do", async () => {
    const excel = createExcelDouble();
    const port = createExcelPort(excel.host);
    await port.applySetup(setupPlan());
    excel.workbook.sheet("Daily Report")!.protected = true;

    const error = await port.appendRows("DailyReport", [[46353, "王伟", 1, ""]]).catch((e: unknown) => e);

    expect(isSalesPaceError(error, "SheetProtected")).toBe(true);
    expect((error as Error).message).toMatch(/Unprotect/);
    expect((error as { detail?: string }).detail).toMatch(/^AccessDenied:/);
  });

  it("gives up on a sync that never answers with SyncTimeout", async () => {
    const excel = createExcelDouble({ syncTimeoutMs: 50 });
    excel.inject.hangAtSync(1);

    const error = await createExcelPort(excel.host)
      .inspect()
      .catch((e: unknown) => e);

    expect(isSalesPaceError(error, "SyncTimeout")).toBe(true);
    expect((error as Error).message).toMatch(/did not answer/);
  });

  it("refuses to run on a host older than ExcelApi 1.7", async () => {
    const excel = createExcelDouble({ excelApi: "1.6" });
    const error = await createExcelPort(excel.host)
      .inspect()
      .catch((e: unknown) => e);
    expect(isSalesPaceError(error, "RequirementSetMissing")).toBe(true);
    expect(excel.counters.syncs).toBe(0);
  });

  it("keeps Excel's own code and message in the detail of an unknown failure", async () => {
    const excel = createExcelDouble();
    excel.inject.failAtSync(1, "GeneralException");
    const error = await createExcelPort(excel.host)
      .inspect()
      .catch((e: unknown) => e);
    expect(isSalesPaceError(error, "OutputNotWritable")).toBe(true);
    expect((error as { detail?: string }).detail).toBe("GeneralException: Injected failure at sync 1.");
  });
});
