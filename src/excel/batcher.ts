/**
 * Queues writes and syncs whenever the next one would take the request past the 5 MB budget, so the
 * owned sheets of a refresh go out in requests as full as the cap safely allows: a large grid is cut
 * into runs that fill the current request first, whichever sheet it belongs to.
 */
import { PAYLOAD_LIMIT_BYTES } from "./payload";
import type { Session } from "./session";

/**
 * What the queued writes may add up to: nearly the whole 5 MB, since the estimate below is already
 * generous (each command is counted at 200 bytes; a JSON cell exactly).
 */
const WRITE_BUDGET_BYTES = Math.floor(PAYLOAD_LIMIT_BYTES * 0.985);

/** At most this much of a request is prepared in one go (see `writeRows`). */
const RUN_BYTES = 1024 * 1024;

/** Rough cost of one queued command (object path, method, property name). */
export const COMMAND_BYTES = 200;

/** A run of rows `[start, start + count)` that fits in the current request. */
export interface RowRun {
  readonly start: number;
  readonly count: number;
}

export class WriteBatcher {
  private queued = 0;
  private readonly waiting: (() => void)[] = [];
  requests = 0;

  constructor(private readonly context: Session) {}

  /** Makes room for a write of about `bytes`, syncing first when the request would grow too large. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > WRITE_BUDGET_BYTES) await this.flush();
    this.queued += bytes + COMMAND_BYTES;
  }

  /**
   * Cuts `rows` rows of JSON size `rowBytes(i)` into runs: the first fills what is left of the current
   * request, the next ones whole requests. `write` queues one run; `commands` is how many commands it
   * queues. Sizes are asked for as the runs are cut, and a request is filled in runs of at most
   * `RUN_BYTES`, yielding to the event loop in between, so the pane's thread prepares a large sheet in
   * steps of tens of milliseconds, never in one long task (issue 12: the pane stays responsive).
   * Commands wait in the request context until `sync`, so other work in between changes nothing.
   */
  async writeRows(
    rows: number,
    rowBytes: (index: number) => number,
    commands: number,
    write: (run: RowRun) => void,
  ): Promise<void> {
    const overhead = commands * COMMAND_BYTES + 2;
    let start = 0;
    while (start < rows) {
      const room = WRITE_BUDGET_BYTES - this.queued - overhead;
      const limit = Math.min(room, RUN_BYTES);
      let end = start;
      let size = 0;
      let next = rowBytes(end);
      while (size + next <= limit) {
        size += next;
        end++;
        if (end === rows) break;
        next = rowBytes(end);
      }
      if (end === start) {
        if (next > room && this.queued > 0) {
          await this.flush();
          continue;
        }
        // A row larger than a run goes alone; one larger than a whole request too, in a request of its own.
        size = next;
        end++;
      }
      write({ start, count: end - start });
      this.queued += size + overhead;
      start = end;
      if (start === rows) break;
      if (this.queued + rowBytes(start) + overhead > WRITE_BUDGET_BYTES) await this.flush();
      else await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Counts small commands queued outside the batcher (they ride in the current request). */
  count(bytes: number): void {
    this.queued += bytes;
  }

  /** Runs `fn` once, right after the next request has been answered (to read what it loaded). */
  afterNextFlush(fn: () => void): void {
    this.waiting.push(fn);
  }

  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.queued = 0;
    this.requests++;
    await this.context.sync();
    for (const fn of this.waiting.splice(0)) fn();
  }
}
