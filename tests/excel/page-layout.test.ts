/**
 * Page set-up over Office.js (issue #15 item 12): set-up's new template sheets and every rebuilt owned sheet
 * print landscape, one page wide, their header rows repeated; a host without ExcelApi 1.9 gets the sheets
 * without it. The double refuses what Excel refuses.
 */
import { buildSetupPlan } from "../../src/core/plan";
import { createExcelPort } from "../../src/excel";
import { createExcelDouble, type ExcelDouble } from "../../src/excel-double";
import { excelWithReportTable, ownedPlan } from "./plans";

const LANDSCAPE_ONE_WIDE = {
  orientation: "Landscape",
  zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
};

describe("page set-up in Excel", () => {
  it("set-up's template sheets print landscape, one page wide, the header row on every page", async () => {
    const excel = createExcelDouble();
    await createExcelPort(excel.host).applySetup(buildSetupPlan("zh", []));
    for (const name of ["拜访计划", "每日销售报告", "基础资料"]) {
      expect(excel.workbook.sheet(name)!.page).toEqual({
        ...LANDSCAPE_ONE_WIDE,
        printTitleRows: { first: 1, last: 1 },
      });
    }
  });

  it("a rebuilt owned sheet repeats its frozen header rows, first build and rebuild alike", async () => {
    const excel = excelWithReportTable();
    const port = createExcelPort(excel.host);
    await port.replaceOwnedSheets([ownedPlan()]);
    const expected = { ...LANDSCAPE_ONE_WIDE, printTitleRows: { first: 1, last: 3 } };
    expect(excel.workbook.sheet("Scorecard")!.page).toEqual(expected);
    await port.replaceOwnedSheets([ownedPlan()]);
    expect(excel.workbook.sheet("Scorecard")!.page).toEqual(expected);
  });

  it("without ExcelApi 1.9 the sheets are written with Excel's default page set-up", async () => {
    const excel = excelWithReportTable({ excelApi: "1.8" });
    const port = createExcelPort(excel.host);
    await port.applySetup(buildSetupPlan("en", []));
    await port.replaceOwnedSheets([ownedPlan()]);
    for (const name of ["Visit Plan", "Scorecard"]) {
      expect(excel.workbook.sheet(name)!.page).toEqual({
        orientation: "Portrait",
        zoom: { scale: 100 },
        printTitleRows: null,
      });
    }
  });
});

describe("the double's pageLayout, as strict as Excel", () => {
  async function attempt(excel: ExcelDouble, change: (layout: Excel.PageLayout) => void): Promise<void> {
    await excel.host.run(async (context: Excel.RequestContext) => {
      change(context.workbook.worksheets.getItem("Sheet1").pageLayout);
      await context.sync();
    });
  }

  it.each([
    ["print titles that are not whole rows", (l: Excel.PageLayout) => l.setPrintTitleRows("A1:C3")],
    ["print titles upside down", (l: Excel.PageLayout) => l.setPrintTitleRows("$3:$1")],
    [
      "a scale and pages to fit at once",
      (l: Excel.PageLayout) => (l.zoom = { scale: 80, horizontalFitToPages: 1 }),
    ],
    ["a scale under 10", (l: Excel.PageLayout) => (l.zoom = { scale: 5 })],
    ["half a page", (l: Excel.PageLayout) => (l.zoom = { horizontalFitToPages: 0.5 })],
  ])("refuses %s with InvalidArgument", async (_, change) => {
    await expect(attempt(createExcelDouble(), change)).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses pageLayout on a host without ExcelApi 1.9", async () => {
    const excel = createExcelDouble({ excelApi: "1.8" });
    await expect(attempt(excel, (l) => (l.orientation = "Landscape"))).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });

  it("reads back what was set, after load and sync", async () => {
    const excel = createExcelDouble();
    const read = await excel.host.run(async (context: Excel.RequestContext) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.load("orientation,zoom");
      await context.sync();
      return { orientation: layout.orientation, zoom: layout.zoom };
    });
    expect(read).toEqual(LANDSCAPE_ONE_WIDE);
  });
});
