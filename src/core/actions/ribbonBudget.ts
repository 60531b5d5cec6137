/**
 * Whether a ribbon command can finish in time. A function command runs in a runtime that "closes when
 * either the function completes or 5 minutes have passed"
 * (https://learn.microsoft.com/office/dev/add-ins/design/add-in-commands,
 * https://learn.microsoft.com/office/dev/add-ins/testing/runtimes#browser-runtime); cut there, a rebuild
 * leaves temporary sheets and the person sees nothing. So the ribbon estimates the job from the workbook's
 * row count before it starts, and leaves a large workbook to the task pane, which has no such limit.
 *
 * The estimate uses figures measured on the Excel double at SPEC §5 size (`npm run bench -- --only excel`,
 * 200 people × 250 days, 1 % messy data: 844,100 template rows; Validate with its sheet moved 142 MB in
 * 35 requests, Refresh 160 MB in 38) and two assumptions that no Office
 * documentation settles: how fast Excel on the web moves request payloads, and how long one request
 * takes beyond that. Both are chosen on the slow side, and the ribbon runs only jobs estimated at half
 * the limit or less.
 */
import { SalesPaceError } from "../errors";
import type { BookInventory } from "./port";

export type RibbonJob = "validate" | "refresh";

/** A function command's time limit (add-in commands documentation). */
export const FUNCTION_COMMAND_LIMIT_SECONDS = 300;

/** Per template row, measured on the double at full size: bytes of all requests and responses, and
 *  seconds of JavaScript work in the core and the adapter (bench machine, 2 cores). */
const MEASURED: Readonly<Record<RibbonJob, { bytesPerRow: number; cpuSecondsPerRow: number }>> = {
  validate: { bytesPerRow: 170, cpuSecondsPerRow: 0.00002 },
  refresh: { bytesPerRow: 190, cpuSecondsPerRow: 0.00004 },
};

/** Assumed, not documented: Excel on the web's payload rate and the time of one round trip. */
const ASSUMED_BYTES_PER_SECOND = 1_000_000;
const ASSUMED_SECONDS_PER_REQUEST = 1;
const REQUEST_BYTES = 5 * 1024 * 1024;

/**
 * Seconds a job is expected to take on a workbook of `rows` template rows.
 *
 * @example estimatedSeconds("validate", 844_100) // ≈ 190
 */
export function estimatedSeconds(job: RibbonJob, rows: number): number {
  const { bytesPerRow, cpuSecondsPerRow } = MEASURED[job];
  const bytes = rows * bytesPerRow;
  const requests = Math.ceil(bytes / REQUEST_BYTES) + 2;
  return bytes / ASSUMED_BYTES_PER_SECOND + requests * ASSUMED_SECONDS_PER_REQUEST + rows * cpuSecondsPerRow;
}

/**
 * @throws SalesPaceError RibbonTimeLimit when the job could outlast a ribbon command: the sentence says
 *   to run it from the pane.
 */
export function ensureFitsRibbon(job: RibbonJob, inventory: BookInventory): void {
  const rows = inventory.tables.reduce((sum, t) => sum + t.rowCount, 0);
  const seconds = estimatedSeconds(job, rows);
  if (seconds <= FUNCTION_COMMAND_LIMIT_SECONDS / 2) return;
  const action = job === "validate" ? "Validate" : "Refresh rollups";
  const minutes = String(Math.ceil(seconds / 60));
  throw new SalesPaceError(
    "RibbonTimeLimit",
    `This workbook has ${rows.toLocaleString("en-US")} rows, so ${action} may take about ${minutes} minutes, longer than Excel lets a ribbon button run. Open the SalesPace pane (Home › SalesPace) and run ${action} there.`,
    `Estimated ${Math.round(seconds)} s; a function command is stopped after ${FUNCTION_COMMAND_LIMIT_SECONDS} s.`,
    { job, rows: rows.toLocaleString("en-US"), minutes },
  );
}
