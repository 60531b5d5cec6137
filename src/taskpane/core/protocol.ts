/**
 * The messages between the pane and its core worker: a job's input (slices, then `run`), and its
 * outcome (slices, then `done`, or `failed` with the error rebuilt on the pane's side).
 */
import type { CoreJobName } from "../../core/actions/coreJobs";
import { type ErrorCodeName, SalesPaceError } from "../../core/errors";
import type { MessageKey } from "../../core/i18n";
import type { SliceMessage } from "./slices";

export interface RunMessage {
  readonly kind: "run";
  readonly job: number;
  readonly name: CoreJobName;
  readonly input: unknown;
}

export interface DoneMessage {
  readonly kind: "done";
  readonly job: number;
  readonly output: unknown;
  /** How many jobs this worker has computed, this one included (tests and the benchmark read it). */
  readonly computed: number;
}

/** An error as data: a SalesPaceError keeps its code, sentence and names, so the pane says it in either language. */
export interface ErrorData {
  readonly name: string;
  readonly message: string;
  readonly code?: ErrorCodeName;
  readonly detail?: string;
  readonly args?: Readonly<Record<string, string | readonly string[]>>;
  readonly messageKey?: MessageKey;
}

export interface FailedMessage {
  readonly kind: "failed";
  readonly job: number;
  readonly error: ErrorData;
}

export type ToWorker = SliceMessage | RunMessage;
export type FromWorker = SliceMessage | DoneMessage | FailedMessage;

export function errorData(error: unknown): ErrorData {
  if (error instanceof SalesPaceError) {
    const { name, message, code, detail, args, messageKey } = error;
    return { name, message, code, detail, args, messageKey };
  }
  if (error instanceof Error) {
    return { name: error.name, message: error.message, detail: error.stack };
  }
  return { name: "Error", message: String(error) };
}

export function errorOf(data: ErrorData): Error {
  if (data.code !== undefined) {
    return new SalesPaceError(data.code, data.message, data.detail, data.args, data.messageKey);
  }
  const error = new Error(data.message);
  error.name = data.name;
  if (data.detail !== undefined) error.stack = data.detail;
  return error;
}
