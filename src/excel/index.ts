/**
 * The Excel adapter: `WorkbookPort`, every capability an action may need, over Office.js. Office is injected (`ExcelHost`), so importing this
 * module touches no Office global; the task pane passes `Excel.run` and
 * `Office.context.requirements.isSetSupported`.
 *
 * @example
 *   const port = createExcelPort({ run: Excel.run, isSetSupported: (n, v) => Office.context.requirements.isSetSupported(n, v) });
 *   await port.applySetup(buildSetupPlan("zh"));
 */
import type { WorkbookPort } from "../core/actions/port";
import { appendRows, appendTables } from "./append";
import { correctCell } from "./correct";
import type { ExcelHost } from "./host";
import { inspect } from "./inspect";
import { readTables } from "./read";
import { selectCell } from "./select";
import { writeSettings } from "./settings";

export type { ExcelHost } from "./host";
export { markerName } from "./owned-marker";

// Set-up and rebuilding add-in-owned sheets are the adapter's largest parts and only run after a click:
// their code arrives on demand, so the task pane's first load stays within its budget (180 KB gzipped).
const setup = () => import(/* webpackChunkName: "excel-setup" */ "./setup");
const ownedSheets = () => import(/* webpackChunkName: "excel-owned" */ "./owned-sheets");

export function createExcelPort(host: ExcelHost): WorkbookPort {
  return {
    inspect: () => inspect(host),
    writeSettings: (settings) => writeSettings(host, settings),
    applySetup: async (plan) => (await setup()).applySetup(host, plan),
    readTables: (tables, onProgress) => readTables(host, tables, onProgress),
    appendRows: (table, rows) => appendRows(host, table, rows),
    appendTables: (batches, onProgress) => appendTables(host, batches, onProgress),
    replaceOwnedSheets: async (plans, onProgress) =>
      (await ownedSheets()).replaceOwnedSheets(host, plans, onProgress),
    selectCell: (sheet, address) => selectCell(host, sheet, address),
    correctCell: (correction) => correctCell(host, correction),
  };
}
