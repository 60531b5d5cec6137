/** Activates a sheet and selects a cell (clicking a finding in the task pane). */
import type { ExcelHost } from "./host";
import { runInExcel } from "./session";

export async function selectCell(host: ExcelHost, sheet: string, address: string): Promise<void> {
  await runInExcel(host, `selecting ${sheet}!${address}`, async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}
