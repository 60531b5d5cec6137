/**
 * One Excel.run with a watchdog on every sync: on the web `context.sync()` can hang with neither answer
 * nor error (OfficeDev/office-js#6678, #6150), so a sync that outlives the timeout fails with SyncTimeout.
 * Office errors leave as SalesPaceErrors (errors.ts).
 */
import { SalesPaceError } from "../core/errors";
import type { ExcelHost } from "./host";
import { DEFAULT_SYNC_TIMEOUT_MS, MINIMUM_EXCEL_API } from "./host";
import { toSalesPaceError } from "./errors";

/**
 * Stands in for the request context (callers name it `context`, so the office-addins lint rules see
 * `context.sync()` and check loads against it).
 */
export class Session {
  constructor(
    private readonly request: Excel.RequestContext,
    private readonly timeoutMs: number,
    private readonly action: string,
  ) {}

  get workbook(): Excel.Workbook {
    return this.request.workbook;
  }

  /** `context.sync()`, failing with SyncTimeout when Excel does not answer in time. */
  async sync(): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new SalesPaceError(
              "SyncTimeout",
              `Excel did not answer for ${Math.round(this.timeoutMs / 1000)} s while ${this.action}. Wait until the workbook has finished loading or saving, then try again.`,
              undefined,
              { action: this.action },
            ),
          ),
        this.timeoutMs,
      );
    });
    try {
      await Promise.race([this.request.sync(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Throws RequirementSetMissing when the host lacks the minimum ExcelApi. */
export function ensureExcelApi(host: ExcelHost, version = MINIMUM_EXCEL_API): void {
  if (!host.isSetSupported("ExcelApi", version)) {
    throw new SalesPaceError(
      "RequirementSetMissing",
      `SalesPace needs Excel API ${version} or later. Update Office (Microsoft 365, Office 2021 or newer) or use Excel on the web.`,
      undefined,
      { version },
    );
  }
}

/**
 * Runs `work` in one Excel.run with a guarded session; any Office error is mapped for the user.
 * `delayForCellEdit`: while someone is typing in a cell, Excel holds the requests until they leave the cell
 * instead of failing them (https://learn.microsoft.com/javascript/api/excel/excel.runoptions; the option has
 * no requirement set, and older hosts ignore it, so InvalidOperationInCellEditMode stays mapped).
 * The sync watchdog still applies: someone who stays in a cell for a minute gets SyncTimeout.
 *
 * @example await runInExcel(host, "reading tables", async (context) => { …; await context.sync(); })
 */
export async function runInExcel<T>(
  host: ExcelHost,
  action: string,
  work: (context: Session) => Promise<T>,
): Promise<T> {
  ensureExcelApi(host);
  try {
    return await host.run({ delayForCellEdit: true }, (context) =>
      work(new Session(context, host.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS, action)),
    );
  } catch (error) {
    throw toSalesPaceError(error, action);
  }
}
