/**
 * The pane stays responsive (issue 12 item 8): in the built workbench in Chromium, Validate and Refresh
 * rollups compute in the pane's Web Worker — the worker is the one that computed them — and what they
 * write is exactly what the same jobs write when run on the page's thread (`salespaceCore.mode`).
 */
import type { Page } from "playwright-core";
import { describeWith } from "../support/programs";
import { openWorkbench, run, screen, useWorkbenchPages } from "./workbench-page";

interface CoreWindow {
  salespaceCore: { mode: "main" | "worker"; readonly computed: number };
  salespaceWorkbench: {
    excel: {
      workbook: {
        sheet(name: string): { grid(rect: unknown): unknown[][]; usedRect(): unknown } | undefined;
      };
    };
  };
}

const setMode = (page: Page, mode: "main" | "worker") =>
  page.evaluate((m) => {
    (window as unknown as CoreWindow).salespaceCore.mode = m;
  }, mode);

const computed = (page: Page) =>
  page.evaluate(() => (window as unknown as CoreWindow).salespaceCore.computed);

const grid = (page: Page, name: string) =>
  page.evaluate((sheetName) => {
    const sheet = (window as unknown as CoreWindow).salespaceWorkbench.excel.workbook.sheet(sheetName);
    return sheet ? sheet.grid(sheet.usedRect()) : null;
  }, name);

describeWith("chromium", "the pane's core worker in the browser", (chromiumPath) => {
  jest.setTimeout(240000);
  let page: Page;
  let url: string;
  const workers: string[] = [];
  useWorkbenchPages(chromiumPath, 800, (p, u) => {
    page = p;
    url = u;
    workers.length = 0;
    page.on("worker", (worker) => workers.push(worker.url()));
  });

  it("validates and refreshes in the worker, writing what the same jobs write on the page's thread", async () => {
    await openWorkbench(page, url, { lang: "zh-CN", pane: 450 });
    await screen(page, "setup");
    await run(page, "run-setup");
    await run(page, "run-sample");
    expect(await computed(page)).toBe(0);

    await screen(page, "validate");
    await run(page, "write-validation-sheet");
    expect(await computed(page)).toBe(1);
    expect(workers.filter((w) => /core-worker\.[0-9a-f]{8}\.js$/.test(w))).toHaveLength(1);
    const countsInWorker = await page.getByTestId("findings").textContent();
    const sheetInWorker = await grid(page, "校验结果");
    expect(sheetInWorker?.length).toBeGreaterThan(3);

    await setMode(page, "main");
    await run(page, "write-validation-sheet");
    expect(await computed(page)).toBe(1);
    expect(await page.getByTestId("findings").textContent()).toBe(countsInWorker);
    expect(await grid(page, "校验结果")).toEqual(sheetInWorker);

    await setMode(page, "worker");
    await screen(page, "rollups");
    await run(page, "run-rollups");
    expect(await computed(page)).toBe(2);
    const scorecardInWorker = await grid(page, "目标达成");
    expect(scorecardInWorker?.length).toBeGreaterThan(3);
    await setMode(page, "main");
    await run(page, "run-rollups");
    expect(await computed(page)).toBe(2);
    expect(await grid(page, "目标达成")).toEqual(scorecardInWorker);
  });
});
