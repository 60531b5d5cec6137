/**
 * The request context of the double: commands queue on the client and run on `sync()`, as in Office.js
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-core-concepts). Each sync is one
 * request: its size is the queued commands' serialized size plus the response's; over 5 MB the request
 * fails with RequestPayloadSizeLimitExceeded, as Excel on the web does
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
import type { CellEditState } from "./cell-edit";
import { officeError } from "./errors";
import type { WorkbookState } from "./workbook-state";

export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;
/** Fixed cost of one queued command (its path and method name) in the request. */
const COMMAND_BYTES = 64;

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly writes: number;
  readonly failed: boolean;
}

export interface Counters {
  syncs: number;
  writes: number;
  requestBytes: number;
  responseBytes: number;
  readonly perSync: SyncRecord[];
}

export interface Injections {
  /** 1-based sync numbers (counted over the double's life) that fail before running any command. */
  readonly failAt: Map<number, string>;
  /** Sync numbers that never answer (Excel on the web, OfficeDev/office-js#6678). */
  readonly hangAt: Set<number>;
  /** Run before the given sync's commands: what a co-author did meanwhile. */
  readonly before: Map<number, ((book: WorkbookState) => void)[]>;
  /** Minor version of the highest ExcelApi the host supports: 17 for ExcelApi 1.17. */
  excelApiMinor: number;
  /** Syncs over the double's whole life: injections count on this, not on the resettable counters. */
  syncNumber: number;
  /** Someone typing in a cell (cell-edit.ts). */
  readonly cellEdit: CellEditState;
}

interface Command {
  readonly bytes: number;
  readonly write: boolean;
  /** Returns the response bytes it produced. */
  readonly run: () => number;
}

/**
 * UTF-8 size of a value's JSON, the unit of Excel's payload limit. Counted by the platform's encoder, not
 * by the adapter's own count (src/excel/payload.ts), so a mistake there shows here as a refused request.
 */
export function jsonBytes(value: unknown): number {
  return utf8.encode(JSON.stringify(value) ?? "").length;
}
const utf8 = new TextEncoder();

export class ContextDouble {
  private queue: Command[] = [];
  private closed = false;
  private readonly afterSync: (() => void)[] = [];

  constructor(
    readonly book: WorkbookState,
    readonly counters: Counters,
    readonly injections: Injections,
    /** The run's `delayForCellEdit` option. */
    private readonly delayForCellEdit = false,
  ) {}

  /** Queues a command; a load command returns the response bytes it produced, others return nothing useful. */
  enqueue(args: unknown, write: boolean, run: () => unknown, loads = false): void {
    if (this.closed) {
      throw officeError("InvalidObjectPath", "The object was used outside its Excel.run batch.");
    }
    const bytes = COMMAND_BYTES + (args === undefined ? 0 : jsonBytes(args));
    this.queue.push({
      bytes,
      write,
      run: () => {
        const result = run();
        return loads && typeof result === "number" ? result : 0;
      },
    });
  }

  /** Called by proxies after a sync that loaded them (marks null objects etc.). */
  onSynced(fn: () => void): void {
    this.afterSync.push(fn);
  }

  /** Fails like an older host when `what` needs ExcelApi 1.`minor` and the host is older. */
  requireApi(minor: number, what: string): void {
    if (this.injections.excelApiMinor < minor) {
      throw officeError(
        "ApiNotFound",
        `${what} needs ExcelApi 1.${minor}, which this host does not support.`,
      );
    }
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  close(): void {
    this.closed = true;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const n = ++this.injections.syncNumber;
    this.counters.syncs++;
    const requestBytes = commands.reduce((sum, c) => sum + c.bytes, 0);
    const writes = commands.filter((c) => c.write).length;
    const record = (responseBytes: number, failed: boolean) => {
      this.counters.perSync.push({ requestBytes, responseBytes, writes, failed });
      this.counters.requestBytes += requestBytes;
      this.counters.responseBytes += responseBytes;
    };
    await Promise.resolve();
    for (const colleague of this.injections.before.get(n) ?? []) colleague(this.book);
    try {
      await this.injections.cellEdit.gate(this.delayForCellEdit);
    } catch (error) {
      record(0, true);
      throw error;
    }
    if (this.injections.hangAt.has(n)) {
      record(0, true);
      return new Promise<void>(() => undefined);
    }
    const injected = this.injections.failAt.get(n);
    if (injected !== undefined) {
      record(0, true);
      throw officeError(injected, `Injected failure at sync ${n}.`);
    }
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      record(0, true);
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit.`,
      );
    }
    let responseBytes = 0;
    try {
      for (const command of commands) {
        responseBytes += command.run();
        if (command.write) this.counters.writes++;
      }
    } catch (error) {
      record(responseBytes, true);
      this.afterSync.length = 0;
      throw error;
    }
    if (requestBytes + responseBytes > PAYLOAD_LIMIT_BYTES) {
      record(responseBytes, true);
      this.afterSync.length = 0;
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        `The request and response payload (${requestBytes + responseBytes} bytes) has exceeded the 5 MB limit.`,
      );
    }
    record(responseBytes, false);
    for (const fn of this.afterSync.splice(0)) fn();
  }
}
