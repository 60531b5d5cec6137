/**
 * Large values between the pane and its core worker in slices. `postMessage` copies its message with
 * the structured clone algorithm on the sending thread and again on the receiving one, in one go: the
 * raw tables of a full-size workbook (about 6 million cells) or a rollup's sheet plans copied at once
 * would hold the pane's thread for seconds. So every long array travels as slices of about
 * `SLICE_CELLS` cells, one message each (each message is its own task on the receiving thread), and the
 * rest of the value — small — follows with markers where the long arrays go.
 * https://developer.mozilla.org/docs/Web/API/Web_Workers_API/Structured_clone_algorithm
 */

/** Arrays longer than this travel in slices. */
const LONG_ARRAY = 1000;
/** About this many cells per slice message. */
const SLICE_CELLS = 60_000;
const MARK = "\u0000salespaceSlices";

/** What a message goes through: a Worker, or the worker's own global scope. */
export interface MessageEnd {
  postMessage(message: unknown): void;
}

export interface SliceMessage {
  readonly kind: "slice";
  readonly job: number;
  readonly array: number;
  readonly items: unknown[];
}

interface Marker {
  readonly [MARK]: number;
}

/** A plain object (what structured cloning makes of any object that is not a Map, Date, array…), of any realm. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return Object.prototype.toString.call(value) === "[object Object]";
}

function cellsPerItem(item: unknown): number {
  if (Array.isArray(item)) return Math.max(1, item.length);
  if (isPlainObject(item)) return Math.max(1, Object.keys(item).length * 2);
  return 1;
}

/** The value with every long array replaced by a marker, and the long arrays, by marker number. */
export function takeApart(value: unknown): { skeleton: unknown; arrays: unknown[][] } {
  const arrays: unknown[][] = [];
  const walk = (part: unknown): unknown => {
    if (Array.isArray(part)) {
      if (part.length <= LONG_ARRAY) return part.map(walk);
      arrays.push(part);
      return { [MARK]: arrays.length - 1 } satisfies Marker;
    }
    if (!isPlainObject(part)) return part;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(part)) copy[key] = walk(part[key]);
    return copy;
  };
  return { skeleton: walk(value), arrays };
}

/** `takeApart` undone: the markers replaced by the arrays. */
export function putTogether(skeleton: unknown, arrays: readonly unknown[][]): unknown {
  const walk = (part: unknown): unknown => {
    if (Array.isArray(part)) return part.map(walk);
    if (!isPlainObject(part)) return part;
    if (MARK in part) return arrays[part[MARK] as number];
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(part)) copy[key] = walk(part[key]);
    return copy;
  };
  return walk(skeleton);
}

/**
 * Posts the long arrays of `value` as slice messages of job `job`, then `last(skeleton)`. `pause` runs
 * between messages: on the pane's thread it yields to the event loop, so each copy is its own task.
 */
export async function postInSlices(
  end: MessageEnd,
  job: number,
  value: unknown,
  last: (skeleton: unknown) => unknown,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const { skeleton, arrays } = takeApart(value);
  for (const [array, items] of arrays.entries()) {
    const step = Math.max(1, Math.floor(SLICE_CELLS / cellsPerItem(items[0])));
    for (let at = 0; at < items.length; at += step) {
      const slice: SliceMessage = { kind: "slice", job, array, items: items.slice(at, at + step) };
      end.postMessage(slice);
      await pause();
    }
  }
  end.postMessage(last(skeleton));
}

/** Collects the slices of one job as they arrive. */
export class SliceCollector {
  private readonly arrays: unknown[][] = [];

  add(message: SliceMessage): void {
    const into = (this.arrays[message.array] ??= []);
    for (const item of message.items) into.push(item);
  }

  /** The whole value, once its skeleton has arrived. */
  value(skeleton: unknown): unknown {
    return putTogether(skeleton, this.arrays);
  }
}

/** Yields to the event loop (a macrotask), so the browser can paint and handle input in between. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
