/**
 * The pane's core worker (its own chunk, loaded when the first job runs): validation, rollup models
 * and sheet plans off the pane's thread. See src/taskpane/core/client.ts.
 */
import { type WorkerScope, serveCoreJobs } from "./core/host";

serveCoreJobs(self as unknown as WorkerScope);
