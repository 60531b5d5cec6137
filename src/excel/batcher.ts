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
   * Cuts rows of the given JSON sizes into runs: the first fills what is left of the current request,
   * the next ones whole requests. `write` queues one run; `commands` is how many commands it queues.
   */
  async writeRows(
    rowBytes: readonly number[],
    commands: number,
    write: (run: RowRun) => void,
  ): Promise<void> {
    const overhead = commands * COMMAND_BYTES + 2;
    let start = 0;
    while (start < rowBytes.length) {
      const room = WRITE_BUDGET_BYTES - this.queued - overhead;
      let end = start;
      let size = 0;
      while (end < rowBytes.length && size + rowBytes[end] <= room) size += rowBytes[end++];
      if (end === start && this.queued > 0) {
        await this.flush();
        continue;
      }
      // A single row larger than a whole request still goes out, alone.
      if (end === start) size = rowBytes[end++];
      write({ start, count: end - start });
      this.queued += size + overhead;
      start = end;
      if (start < rowBytes.length) await this.flush();
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
