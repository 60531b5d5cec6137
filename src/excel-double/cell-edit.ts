/**
 * Cell-edit mode in the double: while someone is typing in a cell, Excel fails a batch that arrives, unless
 * the batch was started with `Excel.run({ delayForCellEdit: true }, …)`, which Excel holds until the person
 * leaves the cell ("When false, if the user is in cell edit when the batch request is processed by the host,
 * the batch automatically fails. When true, … the batch request is delayed until the user exits cell edit
 * mode": https://learn.microsoft.com/javascript/api/excel/excel.runoptions). The error code is the one
 * Excel reports in OfficeDev/office-js#625 and #3388; the documentation does not list it.
 */
import { officeError } from "./errors";

export class CellEditState {
  private active = false;
  private waiting: (() => void)[] = [];

  get editing(): boolean {
    return this.active;
  }

  /** Someone starts (true) or finishes (false) typing in a cell. */
  set(active: boolean): void {
    this.active = active;
    if (!active) for (const resume of this.waiting.splice(0)) resume();
  }

  /** Before a request runs: fails it, or holds it until editing ends when the run asked to wait. */
  async gate(delayForCellEdit: boolean): Promise<void> {
    if (!this.active) return;
    if (!delayForCellEdit) {
      throw officeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    await new Promise<void>((resume) => this.waiting.push(resume));
  }
}

/** The options object of `Excel.run(options, batch)`, or null for `Excel.run(batch)`. */
export function runArguments<B>(first: unknown, second: unknown): { delay: boolean; batch: B } {
  if (typeof first === "function") return { delay: false, batch: first as B };
  const options = (first ?? {}) as { delayForCellEdit?: unknown };
  return { delay: options.delayForCellEdit === true, batch: second as B };
}
