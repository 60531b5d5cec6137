/**
 * What the Excel adapter needs from Office, injected so that nothing here reads Office globals at
 * import time: the task pane passes `Excel.run` and `Office.context.requirements.isSetSupported`;
 * tests pass the in-memory double.
 */
export interface ExcelHost {
  readonly run: typeof Excel.run;
  isSetSupported(name: string, version: string): boolean;
  /** A `context.sync()` that has not answered after this long fails with SyncTimeout (default 60 s). */
  readonly syncTimeoutMs?: number;
}

export const DEFAULT_SYNC_TIMEOUT_MS = 60_000;

/** Lowest ExcelApi the adapter runs on: names with `formula` and hyperlinks need 1.7. */
export const MINIMUM_EXCEL_API = "1.7";
/** Data validation and PivotTable creation need 1.8; without it SalesPace skips them and says so. */
export const VALIDATION_AND_PIVOTS_API = "1.8";
/** Page set-up (orientation, fit to pages, print titles: `worksheet.pageLayout`) needs 1.9; without it sheets print as Excel's default. */
export const PAGE_LAYOUT_API = "1.9";
