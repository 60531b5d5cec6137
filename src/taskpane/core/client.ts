/**
 * The pane's side of the core worker: a CoreRunner that sends a job's input in slices (yielding between
 * them, so the pane's thread is never held long), collects the outcome as it arrives, and, on Cancel,
 * ends the worker — a job that is computing cannot be interrupted otherwise — and starts a fresh one
 * for the next job.
 */
import type { CoreJobInput, CoreJobName, CoreJobOutput, CoreRunner } from "../../core/actions/coreJobs";
import type { CancelToken } from "../../core/actions/types";
import { type FromWorker, type ToWorker, errorOf } from "./protocol";
import { type MessageEnd, SliceCollector, postInSlices, yieldToEventLoop } from "./slices";

/** What the client needs of a Worker (a fake one in unit tests). */
export interface WorkerLike extends MessageEnd {
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/** How often a running job looks at the cancel token. */
const CANCEL_POLL_MS = 50;

interface Pending {
  readonly collector: SliceCollector;
  resolve(output: unknown): void;
  reject(error: unknown): void;
}

export interface WorkerCore extends CoreRunner {
  /** How many jobs the worker reported having computed (a fresh worker after a cancel starts at 0). */
  readonly computed: number;
}

/** A CoreRunner over workers made by `spawn` (one at a time, started on the first job). */
export function workerCore(spawn: () => WorkerLike): WorkerCore {
  let worker: WorkerLike | null = null;
  let nextJob = 1;
  let computed = 0;
  const pending = new Map<number, Pending>();

  const stop = (reason: unknown) => {
    worker?.terminate();
    worker = null;
    for (const job of pending.values()) job.reject(reason);
    pending.clear();
  };

  const started = (): WorkerLike => {
    if (worker) return worker;
    const fresh = spawn();
    fresh.onmessage = ({ data }) => {
      const job = pending.get(data.job);
      if (!job) return;
      if (data.kind === "slice") job.collector.add(data);
      else {
        pending.delete(data.job);
        if (data.kind === "done") {
          computed = data.computed;
          job.resolve(job.collector.value(data.output));
        } else job.reject(errorOf(data.error));
      }
    };
    fresh.onerror = (event) =>
      stop(new Error(`The SalesPace core worker failed: ${event.message ?? "unknown error"}`));
    worker = fresh;
    return fresh;
  };

  return {
    get computed() {
      return computed;
    },
    run<N extends CoreJobName>(name: N, input: CoreJobInput<N>, cancel?: CancelToken) {
      const job = nextJob++;
      const target = started();
      const outcome = new Promise<CoreJobOutput<N>>((resolve, reject) => {
        pending.set(job, {
          collector: new SliceCollector(),
          resolve: resolve as (o: unknown) => void,
          reject,
        });
      });
      const watch = cancel
        ? setInterval(() => {
            if (cancel.cancelled) stop(new Error("The core job was stopped by Cancel."));
          }, CANCEL_POLL_MS)
        : null;
      const sent = postInSlices(
        { postMessage: (message) => (worker === target ? target.postMessage(message) : undefined) },
        job,
        input,
        (skeleton) => ({ kind: "run", job, name, input: skeleton }) satisfies ToWorker,
        yieldToEventLoop,
      );
      sent.catch((error: unknown) => stop(error));
      return outcome.finally(() => {
        if (watch !== null) clearInterval(watch);
      });
    },
  };
}
