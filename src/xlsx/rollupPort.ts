/**
 * The port `salespace rollup` runs Refresh rollups over, with a rollup's capabilities only: tables are
 * read by streaming (streamRead.ts) and owned sheets are rendered as XML and swapped into the zip on
 * `save` (rollupFile.ts), so a 400,000-row workbook is never loaded into exceljs's in-memory model.
 */
import type { BookInventory, Progress, RollupPort } from "../core/actions/port";
import { SalesPaceError } from "../core/errors";
import type { OwnedSheetPlan } from "../core/plan/types";
import type { RawTable } from "../core/read/raw";
import type { TableName } from "../core/schema/types";
import { CorruptPackage } from "./corruptPackage";
import { renderOwnedSheet, type RenderedSheet } from "./ownedSheetXml";
import { XlsxStreamingReader } from "./port";
import { openRollupTarget, writeRollupPackage, type RollupTarget } from "./rollupFile";
import { writeAtomically } from "./workbookFile";

/** Reads a workbook by streaming and writes rollup sheets into a copy of its zip: the capabilities of a rollup. */
export class XlsxRollupPort implements RollupPort {
  private readonly reader: XlsxStreamingReader;
  private target: RollupTarget | null = null;
  private rendered: RenderedSheet[] = [];

  constructor(
    readonly path: string,
    onProgress?: (p: Progress) => void,
  ) {
    this.reader = new XlsxStreamingReader(path, onProgress);
  }

  inspect(): Promise<BookInventory> {
    return this.reader.inspect();
  }

  readTables(tables: readonly TableName[]): Promise<RawTable[]> {
    return this.reader.readTables(tables);
  }

  private async openTarget(): Promise<RollupTarget> {
    if (!this.target) {
      try {
        this.target = await openRollupTarget(this.path);
      } catch (error) {
        if (!(error instanceof CorruptPackage)) throw error;
        throw new SalesPaceError(
          "NotAWorkbook",
          `${this.path}: is a corrupt or unreadable .xlsx file.`,
          error.message,
          { path: this.path },
        );
      }
    }
    return this.target;
  }

  /**
   * Renders every plan; the sheets take the old ones' place when the workbook is saved. A plan that
   * cannot be rendered throws before anything is kept, so the previous rollups stay.
   */
  async replaceOwnedSheets(
    plans: readonly OwnedSheetPlan[],
    onProgress?: (p: Progress) => void,
  ): Promise<void> {
    const target = await this.openTarget();
    const rendered = plans.map((plan, i) => {
      onProgress?.({ step: plan.name, done: i, total: plans.length });
      return renderOwnedSheet(plan, target.styles);
    });
    this.rendered = rendered;
    onProgress?.({ step: "done", done: plans.length, total: plans.length });
  }

  /**
   * Writes the workbook with the new rollup sheets to `out` atomically (the input is only read).
   * @throws SalesPaceError NotAWorkbook / OutputNotWritable.
   */
  async save(out: string): Promise<void> {
    const target = await this.openTarget();
    await writeAtomically(out, (temp) => writeRollupPackage(target, this.rendered, temp));
  }
}

/** Opens `path` for `salespace rollup` (nothing is read until the action asks). */
export function openXlsxRollup(path: string, onProgress?: (p: Progress) => void): XlsxRollupPort {
  return new XlsxRollupPort(path, onProgress);
}
