/**
 * Writing the company workbook of `salespace consolidate` (SPEC §9): a small first sheet listing the
 * books and where they disagree (exceljs), then the rollup sheets rendered as XML and added by zip
 * surgery (the same path as `salespace rollup`), so a facts table of hundreds of thousands of rows
 * never goes through exceljs's in-memory model. Written atomically: nothing appears on failure.
 */
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkbookSettings } from "../core/actions/port";
import type { CellValue, OwnedSheetPlan } from "../core/plan/types";
import { renderOwnedSheet } from "./ownedSheetXml";
import { openRollupTarget, writeRollupPackage } from "./rollupFile";
import { writeSettingsSheet } from "./settingsSheet";
import { newWorkbook, writeAtomically } from "./workbookFile";

/** The first sheet: a title, then rows of text (header row bold). */
export interface CoverSheet {
  readonly name: string;
  readonly title: string;
  /** Blocks of rows; each block's first row is its header. */
  readonly blocks: readonly (readonly (readonly CellValue[])[])[];
}

/**
 * Writes `out` with the cover sheet and the rollup sheets.
 * @throws SalesPaceError OutputNotWritable when `out` cannot be written (nothing is left behind).
 */
export async function writeCompanyWorkbook(
  out: string,
  cover: CoverSheet,
  settings: WorkbookSettings,
  plans: readonly OwnedSheetPlan[],
): Promise<void> {
  const { workbook } = newWorkbook();
  const sheet = workbook.addWorksheet(cover.name);
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 12;
  sheet.getColumn(3).width = 14;
  sheet.getColumn(4).width = 14;
  sheet.addRow([cover.title]).font = { bold: true, size: 14 };
  for (const block of cover.blocks) {
    sheet.addRow([]);
    block.forEach((cells, i) => {
      const row = sheet.addRow([...cells]);
      if (i === 0) row.font = { bold: true };
      // Book names and messages came from people's files: text, never formulas.
      row.eachCell((cell) => {
        if (typeof cell.value === "string") cell.numFmt = "@";
      });
    });
  }
  writeSettingsSheet(workbook, settings);
  const base = join(tmpdir(), `salespace-company-${randomBytes(6).toString("hex")}.xlsx`);
  try {
    await workbook.xlsx.writeFile(base);
    const target = await openRollupTarget(base);
    const rendered = plans.map((plan) => renderOwnedSheet(plan, target.styles));
    await writeAtomically(out, (temp) => writeRollupPackage(target, rendered, temp));
  } finally {
    await rm(base, { force: true });
  }
}
