/**
 * The workbench's core runner: the pane's worker (its client loaded with the page, not on the first
 * job as in the pane), or — to compare, in the same page over the same
 * workbook — the same jobs on the page's thread (`mode = "main"`), as the ribbon runs them.
 */
import type { CoreRunner } from "../core/actions/coreJobs";
import { runJob } from "../taskpane/core/host";
import { coreWorker } from "../taskpane/core/spawn";

export interface WorkbenchCore extends CoreRunner {
  mode: "main" | "worker";
  /** How many jobs the worker has computed. */
  readonly computed: number;
}

export function workbenchCore(mode: WorkbenchCore["mode"]): WorkbenchCore {
  const worker = coreWorker();
  return {
    mode,
    get computed() {
      return worker.computed;
    },
    run(name, input, cancel) {
      if (this.mode === "worker") return worker.run(name, input, cancel);
      return new Promise((resolve) => resolve(runJob(name, input) as never));
    },
  };
}
