/**
 * Progress on stderr: silent for the first second (short commands print nothing), then one line per
 * step, at most twice a second. `--quiet` turns it off.
 */
import type { Progress } from "../core/actions/port";
import type { CliIo } from "./io";

const QUIET_FOR_MS = 1000;
const EVERY_MS = 500;

export interface Reporter {
  /** A named step started. */
  step(text: string): void;
  /** How far a long step is. */
  progress(p: Progress): void;
}

export function progressReporter(io: CliIo, quiet: boolean): Reporter {
  const started = io.clock();
  let lastPrinted = -Infinity;
  const print = (text: string, force: boolean): void => {
    const now = io.clock();
    if (quiet || now - started < QUIET_FOR_MS) return;
    if (!force && now - lastPrinted < EVERY_MS) return;
    lastPrinted = now;
    io.stderr(`[${((now - started) / 1000).toFixed(1)}s] ${text}\n`);
  };
  return {
    step: (text) => print(text, true),
    progress: (p) => print(p.total > 0 ? `${p.step}: ${p.done}/${p.total}` : `${p.step}: ${p.done}`, false),
  };
}
