/**
 * Queues writes and syncs whenever the next one would take the request past the 5 MB budget, so a
 * large owned sheet (the facts table) goes out in a few big requests rather than one huge one or many
 * small ones.
 */
import { PAYLOAD_BUDGET_BYTES } from "./payload";
import type { Session } from "./session";

/** Rough cost of one queued command (object path, method, property name). */
export const COMMAND_BYTES = 200;

export class WriteBatcher {
  private queued = 0;
  requests = 0;

  constructor(private readonly context: Session) {}

  /** Makes room for a write of about `bytes`, syncing first when the request would grow too large. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > PAYLOAD_BUDGET_BYTES) await this.flush();
    this.queued += bytes + COMMAND_BYTES;
  }

  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.queued = 0;
    this.requests++;
    await this.context.sync();
  }
}
