/**
 * How the sheets SalesPace writes print, as data: the Office.js adapter and both .xlsx writers apply
 * the same page set-up. Templates and rollups are wide tables: landscape, every column on one page
 * wide (as many pages tall as it takes), the header rows repeated on every page.
 */
import type { PagePlan } from "./types";

/** Pages wide every sheet is squeezed onto. */
export const PAGES_WIDE = 1;

/**
 * The page set-up of a sheet whose header ends on row `headerRows` (1-based; 0 = no header to repeat).
 *
 * @example sheetPage(1) // { orientation: "landscape", pagesWide: 1, titleRows: { first: 1, last: 1 } }
 */
export function sheetPage(headerRows: number): PagePlan {
  return {
    orientation: "landscape",
    pagesWide: PAGES_WIDE,
    titleRows: headerRows > 0 ? { first: 1, last: headerRows } : null,
  };
}

/**
 * The print-titles reference of a page plan, `$1:$3` (whole rows, as Excel requires), or null.
 *
 * @example printTitleRows(sheetPage(3)) === "$1:$3"
 */
export function printTitleRows(page: PagePlan): string | null {
  return page.titleRows ? `$${page.titleRows.first}:$${page.titleRows.last}` : null;
}
