/**
 * Set-up: adds what the plan has and the workbook lacks, in one Excel.run. On an empty workbook that is
 * one request to look and one to write; re-running on a complete workbook writes nothing. Existing
 * rows are never deleted, moved or rewritten: missing columns go to a table's right end, formats and
 * widths are applied only to what set-up creates.
 */
import type { SetupReport } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { ColumnPlan, InputSheetPlan, InputTablePlan, SetupPlan } from "../core/plan/types";
import type { TableName } from "../core/schema/types";
import { matchKey } from "../core/text/fold";
import { blockAddress, parseBlock } from "./address";
import type { ExcelHost } from "./host";
import { PAGE_LAYOUT_API, VALIDATION_AND_PIVOTS_API } from "./host";
import { applyPage } from "./page-layout";
import type { Session } from "./session";
import { runInExcel } from "./session";
import type { ExistingTable, SetupInventory } from "./setup-inventory";
import { loadSetupInventory } from "./setup-inventory";
import { dataValidationRule, errorAlert, prompt, widthInPoints } from "./validation-rules";

/** Number formats for a new column of a big table go in pieces of this many rows (a request each). */
const FORMAT_PIECE_ROWS = 50_000;

interface ColumnJob {
  readonly body: Excel.Range;
  readonly rows: number;
  readonly column: ColumnPlan;
  readonly isNew: boolean;
  readonly addRule: boolean;
  readonly addPrompt: boolean;
}

function refuseTakenSheets(inventory: SetupInventory): void {
  const [taken] = inventory.takenSheets;
  if (taken !== undefined) {
    throw new SalesPaceError(
      "SheetNameTaken",
      `The sheet "${taken}" already holds other content, so SalesPace cannot put its table there. Rename or remove that sheet, then run “Set up workbook” again.`,
      undefined,
      { sheet: taken },
    );
  }
  const [blocked] = inventory.blockedAnchors;
  if (blocked !== undefined) {
    throw new SalesPaceError(
      "SheetNameTaken",
      `The cells at ${blocked.sheet}!${blocked.table.anchor} where SalesPace puts the ${blocked.table.table} table are not empty. Move that content elsewhere, then run “Set up workbook” again.`,
      undefined,
      { sheet: blocked.sheet, table: blocked.table.table },
    );
  }
}

function createTable(worksheet: Excel.Worksheet, plan: InputTablePlan, jobs: ColumnJob[]): void {
  const at = parseBlock(plan.anchor);
  const address = blockAddress({ row: at.row, column: at.column, rows: 1, columns: plan.columns.length });
  worksheet.getRange(address).values = [plan.columns.map((c) => c.header)];
  const table = worksheet.tables.add(address, true);
  table.name = plan.table;
  table.style = plan.style;
  plan.columns.forEach((column, i) => {
    const body = table.getDataBodyRange().getColumn(i);
    jobs.push({ body, rows: 1, column, isNew: true, addRule: column.validation !== null, addPrompt: true });
  });
}

function completeTable(
  existing: ExistingTable,
  plan: InputTablePlan,
  checkValidation: boolean,
  jobs: ColumnJob[],
): ColumnPlan[] {
  const added: ColumnPlan[] = [];
  plan.columns.forEach((column) => {
    const keys = new Set([column.header, ...column.altHeaders].map(matchKey));
    const index = existing.columns.findIndex((c) => keys.has(matchKey(c.header)));
    if (index < 0) {
      const body = existing.table.columns.add(undefined, undefined, column.header).getDataBodyRange();
      jobs.push({
        body,
        rows: existing.rows,
        column,
        isNew: true,
        addRule: column.validation !== null,
        addPrompt: true,
      });
      added.push(column);
      return;
    }
    const found = existing.columns[index];
    const addRule = checkValidation && column.validation !== null && found.validationType === "None";
    const addPrompt = checkValidation && !found.hasPrompt;
    if (addRule || addPrompt) {
      const body = existing.table.getDataBodyRange().getColumn(index);
      jobs.push({ body, rows: existing.rows, column, isNew: false, addRule, addPrompt });
    }
  });
  return added;
}

function applyColumnJob(job: ColumnJob, withValidation: boolean, bigFormats: ColumnJob[]): boolean {
  if (job.isNew) {
    job.body.format.columnWidth = widthInPoints(job.column.width);
    if (job.rows <= FORMAT_PIECE_ROWS)
      job.body.numberFormat = new Array(job.rows).fill([job.column.numberFormat]);
    else bigFormats.push(job);
  }
  if (!withValidation || (!job.addRule && !job.addPrompt)) return false;
  if (job.addRule && job.column.validation) {
    job.body.dataValidation.rule = dataValidationRule(job.column.validation);
    job.body.dataValidation.errorAlert = errorAlert(job.column, job.column.validation);
  }
  if (job.addPrompt) job.body.dataValidation.prompt = prompt(job.column);
  return true;
}

function freezeRow(sheetPlan: InputSheetPlan): number {
  return Math.min(...sheetPlan.tables.map((t) => parseBlock(t.anchor).row)) + 1;
}

async function writeBigFormats(context: Session, jobs: readonly ColumnJob[]): Promise<void> {
  for (const job of jobs) {
    for (let start = 0; start < job.rows; start += FORMAT_PIECE_ROWS) {
      const rows = Math.min(FORMAT_PIECE_ROWS, job.rows - start);
      job.body.getRow(start).getResizedRange(rows - 1, 0).numberFormat = new Array(rows).fill([
        job.column.numberFormat,
      ]);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a new column on a very large table, 50,000 rows a request
      await context.sync();
    }
  }
}

/**
 * Applies the set-up plan: missing sheets, tables, columns, names, validation and formats.
 *
 * @throws SalesPaceError SheetNameTaken when a sheet of a template's name holds something else.
 */
export async function applySetup(host: ExcelHost, plan: SetupPlan): Promise<SetupReport> {
  const withValidation = host.isSetSupported("ExcelApi", VALIDATION_AND_PIVOTS_API);
  const withPageLayout = host.isSetSupported("ExcelApi", PAGE_LAYOUT_API);
  return runInExcel(host, "setting up the workbook", async (context) => {
    const inventory = await loadSetupInventory(context, plan, withValidation);
    refuseTakenSheets(inventory);

    const sheetsAdded: string[] = [];
    const tablesAdded: TableName[] = [];
    const columnsAdded: { table: TableName; header: string }[] = [];
    const jobs: ColumnJob[] = [];
    for (const sheetPlan of plan.sheets) {
      const name = inventory.sheetFor.get(sheetPlan);
      const missing = sheetPlan.tables.filter((t) => !inventory.tables.has(t));
      let worksheet: Excel.Worksheet | null = null;
      if (name === undefined) {
        worksheet = context.workbook.worksheets.add(sheetPlan.name);
        sheetsAdded.push(sheetPlan.name);
        if (sheetPlan.freezeHeader) worksheet.freezePanes.freezeRows(freezeRow(sheetPlan));
        if (withPageLayout) applyPage(worksheet, sheetPlan.page);
      } else if (missing.length > 0) {
        worksheet = context.workbook.worksheets.getItem(name);
      }
      for (const tablePlan of sheetPlan.tables) {
        const existing = inventory.tables.get(tablePlan);
        if (!existing && worksheet) {
          createTable(worksheet, tablePlan, jobs);
          tablesAdded.push(tablePlan.table);
        } else if (existing) {
          for (const column of completeTable(existing, tablePlan, withValidation, jobs)) {
            columnsAdded.push({ table: tablePlan.table, header: column.header });
          }
        }
      }
    }
    // Names after tables (they point at table columns), validation after names (lists point at names).
    // A name set up earlier over headers that have changed since is pointed at the headers of now.
    const namesToAdd = plan.names.filter((n) => !inventory.names.has(n.name.toLowerCase()));
    for (const name of namesToAdd) context.workbook.names.add(name.name, name.formula, name.comment);
    const namesToMend = plan.names.filter((n) => {
      const formula = inventory.names.get(n.name.toLowerCase());
      return formula !== undefined && formula !== n.formula;
    });
    for (const name of namesToMend) context.workbook.names.getItem(name.name).formula = name.formula;
    const bigFormats: ColumnJob[] = [];
    const validationsAdded = jobs.filter((job) => applyColumnJob(job, withValidation, bigFormats)).length;

    const changes =
      sheetsAdded.length + tablesAdded.length + columnsAdded.length + namesToAdd.length + namesToMend.length;
    if (changes + jobs.length > 0) {
      await context.sync();
    }
    await writeBigFormats(context, bigFormats);
    return { sheetsAdded, tablesAdded, columnsAdded, validationsAdded };
  });
}
