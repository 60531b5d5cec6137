/**
 * A sheet's page set-up from its plan (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayout):
 * orientation, zoom fitted to pages wide (`verticalFitToPages: 0` leaves the height automatic; a zoom with
 * only one of the two is not applied on some hosts, OfficeDev/office-js#1860), and the rows repeated at
 * the top of every page (whole rows: https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-setprinttitlerows-member).
 * Callers check ExcelApi 1.9 first; an older host prints with Excel's defaults.
 */
import { printTitleRows } from "../core/plan/pages";
import type { PagePlan } from "../core/plan/types";

/** Queues the page set-up of `sheet` (no sync). */
export function applyPage(sheet: Excel.Worksheet, page: PagePlan): void {
  const layout = sheet.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { horizontalFitToPages: page.pagesWide, verticalFitToPages: 0 };
  const titles = printTitleRows(page);
  if (titles) layout.setPrintTitleRows(titles);
}
