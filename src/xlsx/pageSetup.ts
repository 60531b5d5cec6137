/**
 * A sheet's page set-up from its plan, in both .xlsx writers: exceljs (`worksheet.pageSetup`, its print
 * titles written as the sheet's `_xlnm.Print_Titles` name) and the streaming SpreadsheetML writer
 * (`<pageSetUpPr fitToPage>`, `<pageSetup>`, ECMA-376 Part 1 §18.3.1.63 and §18.3.1.64).
 */
import type { Worksheet } from "exceljs";
import type { PagePlan } from "../core/plan/types";
import { quoteSheet } from "../core/plan/a1";

/** Applies `page` to an exceljs worksheet. */
export function applyPageSetup(sheet: Worksheet, page: PagePlan): void {
  sheet.pageSetup.orientation = page.orientation;
  sheet.pageSetup.fitToPage = true;
  sheet.pageSetup.fitToWidth = page.pagesWide;
  // 0: as many pages tall as it takes.
  sheet.pageSetup.fitToHeight = 0;
  if (page.titleRows) sheet.pageSetup.printTitlesRow = `${page.titleRows.first}:${page.titleRows.last}`;
}

/** `<sheetPr>` child that makes the fit-to-pages settings count. */
export const FIT_TO_PAGE_XML = `<pageSetUpPr fitToPage="1"/>`;

/** The `<pageSetup>` element (after `<pageMargins>`). */
export function pageSetupXml(page: PagePlan): string {
  return `<pageSetup orientation="${page.orientation}" fitToWidth="${page.pagesWide}" fitToHeight="0"/>`;
}

/** The print-titles name formula of a sheet, `'Sheet name'!$1:$3`, or null. */
export function printTitlesFormula(sheetName: string, page: PagePlan): string | null {
  if (!page.titleRows) return null;
  return `${quoteSheet(sheetName)}!$${page.titleRows.first}:$${page.titleRows.last}`;
}
