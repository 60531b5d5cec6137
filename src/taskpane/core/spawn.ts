/**
 * Starts the pane's core worker. webpack 5 bundles `new Worker(new URL(…, import.meta.url))` as a chunk
 * of its own (https://webpack.js.org/guides/web-workers/), so the worker's code is not in the pane's
 * first load. Kept apart from client.ts so unit tests can drive the client with a fake worker.
 */
import { type WorkerCore, type WorkerLike, workerCore } from "./client";

export function coreWorker(): WorkerCore {
  return workerCore(
    () =>
      new Worker(
        /* webpackChunkName: "core-worker" */ new URL("../core.worker.ts", import.meta.url),
      ) as unknown as WorkerLike,
  );
}
