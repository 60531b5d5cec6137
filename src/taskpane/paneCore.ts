/**
 * Where the pane runs the core jobs (validation, rollup models and plans): in a Web Worker, so the pane
 * stays responsive at full size (issue 12). The worker's client is loaded on the first job, as a chunk
 * of its own, and the worker itself is another chunk; a chunk that fails to load fails the job, said in
 * the error bar. Where a browser has no Workers the jobs run in place (no runner).
 */
import type { CoreRunner } from "../core/actions/coreJobs";

export function paneCore(): CoreRunner | undefined {
  if (typeof Worker === "undefined") return undefined;
  let core: Promise<CoreRunner> | null = null;
  return {
    run: (name, input, cancel) =>
      (core ??= import("./core/spawn").then((m) => m.coreWorker())).then((c) => c.run(name, input, cancel)),
  };
}
