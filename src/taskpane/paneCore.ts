/**
 * Where the pane runs the core jobs (validation, rollup models and plans): in a Web Worker, so the pane
 * stays responsive at full size (issue 12). The worker's client is loaded on the first job, as a chunk
 * of its own, and the worker itself is another chunk; a chunk that fails to load fails the job, said in
 * the error bar. Where a browser has no Workers the jobs run in
 * place (no runner).
 */
import type { CoreRunner } from "../core/actions/coreJobs";
import type { WorkerCore } from "./core/client";

export interface PaneCore extends CoreRunner {
  /** How many jobs the worker has computed so far (0 before the first; tests and the benchmark read it). */
  readonly computed: number;
}

export function paneCore(): PaneCore | undefined {
  if (typeof Worker === "undefined") return undefined;
  let core: WorkerCore | null = null;
  let loading: Promise<WorkerCore> | null = null;
  const loaded = () =>
    (loading ??= import(/* webpackChunkName: "core-client" */ "./core/spawn").then((m) => {
      core = m.coreWorker();
      return core;
    }));
  return {
    get computed() {
      return core?.computed ?? 0;
    },
    run: (name, input, cancel) => loaded().then((worker) => worker.run(name, input, cancel)),
  };
}
