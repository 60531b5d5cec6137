/**
 * Figure 4 (responsiveness, issue 12 item 8): long tasks on the pane's thread while the workbench
 * validates (writing the Validation sheet) and refreshes the rollups of a full-size workbook, with the
 * core jobs on the page's thread (`mode = "main"`, as before issue 12) and in the pane's worker — the
 * same page, the same workbook, one after the other. A `PerformanceObserver` for `longtask` (tasks over
 * 50 ms, https://w3c.github.io/longtasks/) records them. The workbench's simulated Excel also runs on the
 * page's thread (in Excel that work is Excel's, not the pane's), so each long task is also reported
 * without the time it spent inside the simulated Excel's requests (`excel-double` measures).
 *
 * Usage (bench/run.js does this): node pane-long-tasks.js --workbench DIR --chromium PATH --people 200 --days 250 --out FILE
 */
import { chromium } from "playwright-core";
import { serveStatic } from "../../tests/support/browser";
import { BenchChild, argument } from "./measure";

/** What the workbench page exposes (src/workbench/index.tsx). */
interface WorkbenchWindow {
  salespaceWorkbench: { excel: { workbook: { tableRows(table: string): unknown[] } } };
  salespaceCore: { mode: "main" | "worker"; readonly computed: number };
  benchTasks: [number, number][];
  benchStart: number;
}

interface Observed {
  readonly tasks: [number, number][];
  readonly excel: [number, number][];
  readonly ms: number;
  readonly computed: number;
}

interface ModeFigures {
  readonly longest: number;
  readonly over100: number;
  readonly paneLongest: number;
  readonly paneOver100: number;
  readonly count: number;
  readonly ms: number;
  readonly workerJobs: number;
  /** The ten longest tasks: [ms, ms outside the simulated Excel]. */
  readonly top: [number, number][];
}

/** Milliseconds of [start, start + duration) that fall inside any of `spans`. */
function overlap([start, duration]: [number, number], spans: readonly [number, number][]): number {
  const end = start + duration;
  return spans.reduce((sum, [s, d]) => sum + Math.max(0, Math.min(end, s + d) - Math.max(start, s)), 0);
}

function figuresOf(observed: Observed, jobsBefore: number): ModeFigures {
  const own = observed.tasks.map((task) => task[1] - overlap(task, observed.excel));
  return {
    longest: Math.max(0, ...observed.tasks.map((t) => t[1])),
    over100: observed.tasks.filter((t) => t[1] > 100).length,
    paneLongest: Math.max(0, ...own),
    paneOver100: own.filter((ms) => ms > 100).length,
    count: observed.tasks.length,
    ms: observed.ms,
    workerJobs: observed.computed - jobsBefore,
    top: observed.tasks
      .map((task, i): [number, number] => [Math.round(task[1]), Math.round(own[i])])
      .sort((a, b) => b[0] - a[0])
      .slice(0, 10),
  };
}

async function main(): Promise<void> {
  const people = argument("people", "200");
  const days = argument("days", "250");
  const bench = new BenchChild(1);
  const server = await serveStatic(argument("workbench", "dist-workbench"));
  const browser = await chromium.launch({
    executablePath: argument("chromium", "/usr/bin/chromium"),
    headless: true,
    // The simulated workbook at full size holds about 6 million cells on the page (twice, with the
    // rollups' Facts table): more than Chromium's default heap.
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--js-flags=--max-old-space-size=8192"],
  });
  try {
    const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
    page.setDefaultTimeout(1_800_000);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // pane=640: every tab fits on the row. slow=1: every request to the simulated Excel waits for a timer first, as a real round trip lets
    // the pane's event loop run while Excel works.
    await page.goto(`${server.url}workbench.html?today=2026-11-19&lang=zh-CN&pane=640&slow=1`);
    await page.getByTestId("salespace-app").waitFor({ state: "visible" });
    const click = async (testId: string) => {
      await page.getByTestId(testId).click();
      await page.waitForTimeout(50);
      await page.getByTestId("progress").waitFor({ state: "detached" });
      if (errors.length > 0) throw new Error(errors.join("; "));
    };
    await page.getByTestId("tab-setup").click();
    await click("run-setup");
    await page.getByTestId("sample-people").fill(people);
    await page.getByTestId("sample-days").fill(days);
    const filled = Date.now();
    await click("run-sample");
    bench.info("sampleSeconds", (Date.now() - filled) / 1000);
    bench.info(
      "reportRows",
      await page.evaluate(
        () =>
          (window as unknown as WorkbenchWindow).salespaceWorkbench.excel.workbook.tableRows("DailyReport")
            .length,
      ),
    );
    const figures: Record<string, ModeFigures> = {};
    for (const mode of ["main", "worker"] as const) {
      const jobsBefore = await page.evaluate((m) => {
        const w = window as unknown as WorkbenchWindow;
        const core = w.salespaceCore;
        core.mode = m;
        const tasks: [number, number][] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
        }).observe({ type: "longtask" });
        performance.clearMeasures("excel-double");
        w.benchTasks = tasks;
        w.benchStart = performance.now();
        return core.computed;
      }, mode);
      await page.getByTestId("tab-validate").click();
      await click("write-validation-sheet");
      await page.getByTestId("tab-rollups").click();
      await click("run-rollups");
      await page.waitForTimeout(500); // the last long task's entry is delivered after it ends
      const observed = await page.evaluate((): Observed => {
        const w = window as unknown as WorkbenchWindow;
        const excel = performance
          .getEntriesByName("excel-double")
          .map((e): [number, number] => [e.startTime, e.duration]);
        return {
          tasks: w.benchTasks,
          excel,
          ms: performance.now() - w.benchStart,
          computed: w.salespaceCore.computed,
        };
      });
      figures[mode] = figuresOf(observed, jobsBefore);
    }
    bench.info("longTasks", figures);
  } finally {
    await browser.close();
    await server.close();
  }
  bench.save(argument("out", "pane-long-tasks.json"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
