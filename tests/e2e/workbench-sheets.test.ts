/**
 * The workbench page itself (issue 15): appended dates show as dates, the page asks for nothing that is
 * not there (a favicon), React has nothing to warn about, and the sheet tabs fit beside a 450 px pane.
 */
import type { Page } from "playwright-core";
import { describeWith } from "../support/programs";
import { openWorkbench, run, screen, useWorkbenchPages } from "./workbench-page";

describeWith("chromium", "the workbench page", (chromiumPath) => {
  jest.setTimeout(240000);
  let page: Page;
  let url: string;
  const missing: string[] = [];
  const warnings: string[] = [];
  useWorkbenchPages(chromiumPath, 800, (p, u) => {
    page = p;
    url = u;
    missing.length = 0;
    warnings.length = 0;
    page.on("response", (response) => {
      if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
    });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") warnings.push(message.text());
    });
  });

  it("shows dates in rows added below a table as dates, not serial numbers", async () => {
    await openWorkbench(page, url, { lang: "en-US", pane: 450 });
    await screen(page, "setup");
    await run(page, "run-setup");
    await run(page, "run-sample");
    await page.getByTestId("sheet-tab-Daily Report").click();
    const dates = await page.locator('[data-testid="sheet-grid"] td[data-cell^="A"]').allTextContents();
    const body = dates.slice(1, 6);
    expect(body.length).toBe(5);
    for (const text of body) expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("loads without a missing file (the favicon) and without a React warning, also with findings opened and closed", async () => {
    await openWorkbench(page, url, { lang: "en-US", pane: 450 });
    await screen(page, "setup");
    await run(page, "run-setup");
    await run(page, "run-sample");
    await screen(page, "validate");
    await run(page, "run-validate");
    const header = page.locator('[data-testid^="group-"] button').first();
    await header.click();
    await page.waitForTimeout(400);
    await header.click();
    await page.waitForTimeout(400);
    expect(missing).toEqual([]);
    expect(warnings.filter((text) => !/Download the React DevTools/.test(text))).toEqual([]);
  });

  it("keeps the sheet tabs on one scrolling row beside a 450 px pane", async () => {
    await openWorkbench(page, url, { lang: "en-US", pane: 450 });
    await screen(page, "setup");
    await run(page, "run-setup");
    await run(page, "run-sample");
    await screen(page, "rollups");
    await run(page, "run-rollups");
    const layout = await page.evaluate(() => {
      const tabs = [...document.querySelectorAll('[data-testid="sheet-tabs"] [role="tab"]')];
      const strip = document.querySelector('[data-testid="sheet-tabs"]')!;
      const book = document.querySelector('[data-testid="simulated-workbook"]')!;
      return {
        rows: new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top))).size,
        tabs: tabs.length,
        stripInBook: strip.getBoundingClientRect().right <= book.getBoundingClientRect().right + 1,
        pageScrolls: document.documentElement.scrollWidth > window.innerWidth,
      };
    });
    expect(layout).toEqual({ rows: 1, tabs: expect.any(Number), stripInBook: true, pageScrolls: false });
    expect(layout.tabs).toBeGreaterThanOrEqual(12);
  });
});
