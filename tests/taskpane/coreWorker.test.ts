/**
 * The pane's core worker (issue 12 item 8): Validate and Refresh run their CPU work in a worker and
 * give exactly what running in place gives; long arrays travel in slices; errors keep their code and
 * sentence; Cancel ends the worker mid-job. The worker here is a stand-in that copies every message with
 * structuredClone and delivers it as a later task, as a Web Worker does (the browser test runs the real one).
 */
import { deserialize, serialize } from "v8";
import {
  type ActionContext,
  type CancelToken,
  fillSampleData,
  refreshRollups,
  setUpWorkbook,
  validateWorkbook,
} from "../../src/core/actions";
import { isSalesPaceError } from "../../src/core/errors";
import { describeError } from "../../src/core/i18n/errorText";
import { createExcelPort } from "../../src/excel";
import { createExcelDouble } from "../../src/excel-double";
import { type WorkerLike, workerCore } from "../../src/taskpane/core/client";
import { type WorkerScope, serveCoreJobs } from "../../src/taskpane/core/host";
import type { FromWorker, ToWorker } from "../../src/taskpane/core/protocol";
import { putTogether, takeApart } from "../../src/taskpane/core/slices";
import { dayFromIso } from "../support/day";

const TODAY = dayFromIso("2026-11-20");

/**
 * A message as the other side receives it. structuredClone checks it can be cloned at all (it throws on
 * functions, as postMessage does); the copy handed over is made in this realm (jest runs tests in a realm
 * of their own, and objects cloned by Node's structuredClone would have another realm's prototypes).
 */
function delivered<T>(message: T): T {
  structuredClone(message);
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (typeof value === "object" && value !== null) {
      if (Object.prototype.toString.call(value) !== "[object Object]") return deserialize(serialize(value));
      return Object.fromEntries(Object.entries(value).map(([key, part]) => [key, copy(part)]));
    }
    return value;
  };
  return copy(message) as T;
}

interface FakeWorker extends WorkerLike {
  readonly received: ToWorker[];
  readonly sent: FromWorker[];
  terminated: boolean;
}

/** Workers that run the real worker code (`serveCoreJobs`); `hang` makes the next one never answer. */
function fakeWorkers() {
  const spawned: FakeWorker[] = [];
  let hang = false;
  const later = (deliver: () => void) => setTimeout(deliver, 0);
  const spawn = (): WorkerLike => {
    const listeners: ((event: { data: ToWorker }) => void)[] = [];
    const worker: FakeWorker = {
      received: [],
      sent: [],
      terminated: false,
      onmessage: null,
      onerror: null,
      postMessage(message) {
        const copy = delivered(message as ToWorker);
        worker.received.push(copy);
        later(() => !worker.terminated && listeners.forEach((listener) => listener({ data: copy })));
      },
      terminate() {
        worker.terminated = true;
      },
    };
    const scope: WorkerScope = {
      addEventListener: (_type, listener) => listeners.push(listener),
      postMessage(message) {
        const copy = delivered(message as FromWorker);
        worker.sent.push(copy);
        later(() => !worker.terminated && worker.onmessage?.({ data: copy }));
      },
    };
    if (!hang) serveCoreJobs(scope);
    hang = false;
    spawned.push(worker);
    return worker;
  };
  return { spawned, spawn, hangNext: () => (hang = true) };
}

/** Two identical workbooks with sample data (some of it mistyped, so there are findings). */
async function twoBooks(lang: "en" | "zh", people = 6) {
  const books = [];
  for (let i = 0; i < 2; i++) {
    const excel = createExcelDouble();
    const ctx: ActionContext = { port: createExcelPort(excel.host), today: TODAY, lang };
    await setUpWorkbook.run(ctx, {});
    await fillSampleData.run(ctx, { people, days: 40, seed: 5, messy: 0.03 });
    books.push({ excel, ctx });
  }
  return books;
}

const gridOf = (excel: ReturnType<typeof createExcelDouble>, name: string) => {
  const sheet = excel.workbook.sheet(name)!;
  return sheet.grid(sheet.usedRect()!);
};

describe("the pane's core worker", () => {
  it("validates in the worker with the same findings and Validation sheet as in place", async () => {
    const [here, there] = await twoBooks("zh");
    const workers = fakeWorkers();
    const core = workerCore(workers.spawn);
    const inPlace = await validateWorkbook.run(here.ctx, { writeSheet: true });
    const inWorker = await validateWorkbook.run({ ...there.ctx, core }, { writeSheet: true });
    expect(inPlace.findings.length).toBeGreaterThan(10);
    expect(inWorker).toStrictEqual(inPlace);
    const sheet = "校验结果";
    expect(gridOf(there.excel, sheet)).toEqual(gridOf(here.excel, sheet));
    // The worker computed it: it answered one job, having been sent the raw tables.
    expect(core.computed).toBe(1);
    const [worker] = workers.spawned;
    expect(worker.received.filter((m) => m.kind === "run").map((m) => m.kind === "run" && m.name)).toEqual([
      "validate",
    ]);
    expect(worker.sent.filter((m) => m.kind === "done")).toHaveLength(1);
  });

  it("refreshes rollups in the worker with the same models and sheets as in place", async () => {
    const [here, there] = await twoBooks("en");
    const core = workerCore(fakeWorkers().spawn);
    const inPlace = await refreshRollups.run(here.ctx, { period: "2026-11", asOf: TODAY });
    const inWorker = await refreshRollups.run({ ...there.ctx, core }, { period: "2026-11", asOf: TODAY });
    expect(inWorker).toStrictEqual(inPlace);
    for (const name of inPlace.sheets) expect(gridOf(there.excel, name)).toEqual(gridOf(here.excel, name));
    expect(core.computed).toBe(1);
  });

  it("sends the raw tables in slices of at most about 60,000 cells, never in one message", async () => {
    const [, there] = await twoBooks("en", 24);
    const workers = fakeWorkers();
    await validateWorkbook.run({ ...there.ctx, core: workerCore(workers.spawn) }, { writeSheet: false });
    const slices = workers.spawned[0].received.filter((m) => m.kind === "slice");
    expect(slices.length).toBeGreaterThan(2);
    for (const slice of slices) {
      const cells = slice.items.reduce<number>((n, row) => n + (Array.isArray(row) ? row.length : 1), 0);
      expect(cells).toBeLessThanOrEqual(60_000);
    }
    const run = workers.spawned[0].received.find((m) => m.kind === "run")!;
    // What follows the slices holds no long array: tables of up to 1,000 rows go with it.
    const longest = (value: unknown): number =>
      Array.isArray(value)
        ? Math.max(value.length, ...value.map(longest))
        : typeof value === "object" && value !== null
          ? Math.max(0, ...Object.values(value).map(longest))
          : 0;
    expect(longest(run)).toBeLessThanOrEqual(1000);
  });

  it("says an error from the worker as in place: a renamed column, in Chinese", async () => {
    const [here, there] = await twoBooks("zh");
    for (const { excel } of [here, there]) {
      const table = excel.workbook.table("DailyReport")!;
      const header = excel.workbook.headers(table);
      table.sheet.setValue(table.rect.top, table.rect.left, `${String(header[0])}X`);
    }
    const inPlace = await validateWorkbook.run(here.ctx, { writeSheet: false }).catch((e: unknown) => e);
    const core = workerCore(fakeWorkers().spawn);
    const inWorker = await validateWorkbook
      .run({ ...there.ctx, core }, { writeSheet: false })
      .catch((e: unknown) => e);
    expect(isSalesPaceError(inPlace, "ColumnMissing")).toBe(true);
    expect(isSalesPaceError(inWorker, "ColumnMissing")).toBe(true);
    expect(describeError(inWorker, "zh")).toEqual(describeError(inPlace, "zh"));
  });

  it("Cancel while the worker computes ends that worker, writes nothing, and the next job runs in a fresh one", async () => {
    const [, there] = await twoBooks("en");
    const workers = fakeWorkers();
    const core = workerCore(workers.spawn);
    const cancel: { cancelled: boolean } & CancelToken = { cancelled: false };
    workers.hangNext();
    const running = validateWorkbook.run({ ...there.ctx, core, cancel }, { writeSheet: true });
    setTimeout(() => (cancel.cancelled = true), 200);
    const error = await running.catch((e: unknown) => e);
    expect(isSalesPaceError(error, "Cancelled")).toBe(true);
    expect(workers.spawned[0].terminated).toBe(true);
    expect(there.excel.workbook.sheets.map((s) => s.name)).not.toContain("Validation");
    const again = await validateWorkbook.run({ ...there.ctx, core }, { writeSheet: false });
    expect(workers.spawned).toHaveLength(2);
    expect(again.findings.length).toBeGreaterThan(0);
  });
});

describe("values in slices", () => {
  it("puts back together what it took apart: nested long arrays, maps, dates, short arrays", () => {
    const long = Array.from({ length: 2500 }, (_, i) => [i, `客户${i}`, i % 2 === 0]);
    const value = {
      plans: [
        { name: "Facts", rows: long },
        { name: "Scorecard", rows: [[1, 2]] },
      ],
      when: new Date(0),
      findings: Array.from({ length: 1200 }, (_, i) => ({ row: i, args: { n: i } })),
    };
    const { skeleton, arrays } = takeApart(value);
    expect(arrays).toHaveLength(2);
    expect(JSON.stringify(skeleton).length).toBeLessThan(500);
    expect(putTogether(skeleton, arrays)).toStrictEqual(value);
    const byName = new Map([["王伟", 3]]);
    expect(takeApart({ byName }).skeleton).toEqual({ byName });
  });
});
