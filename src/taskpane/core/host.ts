/**
 * The worker's side: runs each job it is sent with the same pure functions the actions run in place,
 * and posts the outcome back in slices.
 */
import type { CoreJobs } from "../../core/actions/coreJobs";
import { computeRollupJob } from "../../core/actions/rollupJob";
import { computeValidation } from "../../core/actions/validateJob";
import { type FromWorker, type ToWorker, errorData } from "./protocol";
import { type MessageEnd, SliceCollector, postInSlices } from "./slices";

const JOBS: CoreJobs = { validate: computeValidation, rollups: computeRollupJob };

/** Runs a job here, on this thread: what the worker does with a job (and the workbench's comparison). */
export function runJob(name: keyof CoreJobs, input: unknown): unknown {
  return (JOBS[name] as (input: unknown) => unknown)(input);
}

/** Where the worker receives messages (its global scope) and answers. */
export interface WorkerScope extends MessageEnd {
  addEventListener(type: "message", listener: (event: { data: ToWorker }) => void): void;
}

/** Answers every job sent to `scope`. */
export function serveCoreJobs(scope: WorkerScope): void {
  const collecting = new Map<number, SliceCollector>();
  let computed = 0;
  scope.addEventListener("message", ({ data }) => {
    const collector = collecting.get(data.job) ?? new SliceCollector();
    if (data.kind === "slice") {
      collector.add(data);
      collecting.set(data.job, collector);
      return;
    }
    collecting.delete(data.job);
    let output: unknown;
    try {
      const input = collector.value(data.input);
      output = runJob(data.name, input);
      computed += 1;
    } catch (error) {
      const failed: FromWorker = { kind: "failed", job: data.job, error: errorData(error) };
      scope.postMessage(failed);
      return;
    }
    void postInSlices(scope, data.job, output, (skeleton) => {
      const done: FromWorker = { kind: "done", job: data.job, output: skeleton, computed };
      return done;
    });
  });
}
