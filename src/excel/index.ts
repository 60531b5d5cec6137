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
import { replaceOwnedSheets } from "./owned-sheets";
import { readTables } from "./read";
import { selectCell } from "./select";
import { writeSettings } from "./settings";
import { applySetup } from "./setup";

export type { ExcelHost } from "./host";
export { markerName } from "./owned-marker";

export function createExcelPort(host: ExcelHost): WorkbookPort {
  return {
    inspect: () => inspect(host),
    writeSettings: (settings) => writeSettings(host, settings),
    applySetup: (plan) => applySetup(host, plan),
    readTables: (tables, onProgress) => readTables(host, tables, onProgress),
    appendRows: (table, rows) => appendRows(host, table, rows),
    appendTables: (batches, onProgress) => appendTables(host, batches, onProgress),
    replaceOwnedSheets: (plans, onProgress) => replaceOwnedSheets(host, plans, onProgress),
    selectCell: (sheet, address) => selectCell(host, sheet, address),
    correctCell: (correction) => correctCell(host, correction),
  };
}
