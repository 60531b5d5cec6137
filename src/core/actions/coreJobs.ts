/**
 * The pure, CPU-heavy middle of the big actions (cleaning the raw tables, validating, building rollup
 * models and sheet plans) as jobs: plain data in, plain data out, so a surface can run them off its UI
 * thread. The task pane runs them in a Web Worker (src/taskpane/coreWorker.ts); the ribbon and the
 * command line run them in place. Reading and writing the workbook stay with the action and its port.
 */
import type { computeRollupJob } from "./rollupJob";
import type { BookInspector } from "./port";
import { type ActionContext, type CancelToken, step } from "./types";
import type { computeValidation } from "./validateJob";

/** Every job by name: what it takes and what it gives back (both structured-cloneable data). */
export interface CoreJobs {
  readonly validate: typeof computeValidation;
  readonly rollups: typeof computeRollupJob;
}

export type CoreJobName = keyof CoreJobs;
export type CoreJobInput<N extends CoreJobName> = Parameters<CoreJobs[N]>[0];
export type CoreJobOutput<N extends CoreJobName> = ReturnType<CoreJobs[N]>;

/** Runs core jobs somewhere else than here (a Web Worker); absent = run in place. */
export interface CoreRunner {
  /**
   * Resolves with what the job returns where it ran; rejects with the SalesPaceError it threw there, or,
   * once `cancel` is set, with any error (the work was stopped; nothing was written by it).
   */
  run<N extends CoreJobName>(
    name: N,
    input: CoreJobInput<N>,
    cancel?: CancelToken,
  ): Promise<CoreJobOutput<N>>;
}

/**
 * Runs a job with the context's runner, or in place (`inPlace`, the same function the runner calls) when
 * the surface has none.
 *
 * @throws SalesPaceError Cancelled when the user cancelled while the job ran; the job's own errors.
 * @example const out = await runCore(ctx, "validate", job, computeValidation);
 */
export async function runCore<N extends CoreJobName>(
  ctx: ActionContext<BookInspector>,
  name: N,
  input: CoreJobInput<N>,
  inPlace: CoreJobs[N],
): Promise<CoreJobOutput<N>> {
  if (!ctx.core) return (inPlace as (input: CoreJobInput<N>) => CoreJobOutput<N>)(input);
  try {
    return await ctx.core.run(name, input, ctx.cancel);
  } catch (error) {
    // A cancel stops the job where it runs (the worker is ended), so its error only says it stopped.
    if (ctx.cancel?.cancelled) step(ctx, name, 0, 1);
    throw error;
  }
}
