/**
 * The workbench's simulated workbook: the in-memory Excel test double (src/excel-double) behind the
 * real Excel adapter, plus what the page and the browser tests need around it — a change counter for
 * re-rendering the grids and a "colleague's paste" below a table. Development only; never in dist/.
 */
import type { WorkbookPort } from "../core/actions/port";
import { createExcelPort } from "../excel";
import { type CellValue, type ExcelDouble, createExcelDouble } from "../excel-double";

export interface Simulator {
  readonly excel: ExcelDouble;
  /** The port the pane uses: the Excel adapter over the double, announcing every finished call. */
  readonly port: WorkbookPort;
  /** Pastes rows into a table's first empty row on (values as typed; the table grows as in Excel). */
  paste(table: string, rows: readonly (readonly CellValue[])[]): void;
  /** Registers a listener called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export interface SimulatorOptions {
  /**
   * Waits this long before every port call and every request, to watch progress and try Cancel
   * (`?slow=400`): one port call can be a run of many requests (appending packs every table together).
   */
  readonly delayMs?: number;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const excel = createExcelDouble({ sheets: ["Sheet1"] });
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  const pause = () => new Promise((resolve) => setTimeout(resolve, options.delayMs));
  const slowRun = (...args: unknown[]) => {
    const batch = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const run = excel.host.run as unknown as (...a: unknown[]) => Promise<unknown>;
    return run(...args.slice(0, -1), (context: Excel.RequestContext) => {
      const sync = context.sync.bind(context);
      context.sync = async () => {
        await pause();
        // What the simulated Excel does with a request, on this page's thread (in Excel it is Excel's own
        // work, elsewhere): the benchmark tells these spans apart from the pane's long tasks.
        const start = performance.now();
        try {
          return await sync();
        } finally {
          performance.measure("excel-double", { start, end: performance.now() });
        }
      };
      return batch(context);
    });
  };
  const inner = createExcelPort(
    options.delayMs ? { ...excel.host, run: slowRun as unknown as typeof Excel.run } : excel.host,
  );
  const announce =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      try {
        return await call(...args);
      } finally {
        changed();
      }
    };
  const port: WorkbookPort = {
    inspect: announce(inner.inspect),
    writeSettings: announce(inner.writeSettings),
    applySetup: announce(inner.applySetup),
    readTables: announce(inner.readTables),
    appendRows: announce(inner.appendRows),
    appendTables: announce(inner.appendTables),
    replaceOwnedSheets: announce(inner.replaceOwnedSheets),
    selectCell: announce(inner.selectCell),
    correctCell: announce(inner.correctCell),
  };
  return {
    excel,
    port,
    paste(tableName, rows) {
      const book = excel.workbook;
      const table = book.table(tableName);
      if (!table) throw new Error(`The simulated workbook has no table ${tableName}. Set it up first.`);
      // Set-up leaves one blank body row; people paste into the first row with nothing in it.
      let top = table.rect.top + 1;
      for (let r = table.rect.bottom; r > table.rect.top; r--) {
        const line = table.sheet.grid({ ...table.rect, top: r, bottom: r })[0];
        if (line.some((cell) => cell !== "")) {
          top = r + 1;
          break;
        }
      }
      rows.forEach((line, r) =>
        line.forEach((value, c) => table.sheet.setValue(top + r, table.rect.left + c, value)),
      );
      book.expandTablesAfterWrite(table.sheet, {
        top,
        left: table.rect.left,
        bottom: top + rows.length - 1,
        right: table.rect.right,
      });
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
