/**
 * Driving the workbench page in Chromium: open it with a fixed date, language and pane width, reach
 * the simulated workbook through `window.salespaceWorkbench`, run screens, take pane screenshots.
 */
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import type { RawTable } from "../../src/core/read/raw";
import type { TableName } from "../../src/core/schema/types";
import { launchChromium, serveStatic, type StaticServer } from "../support/browser";
import { SCREENSHOT_DIR, buildWorkbench } from "./workbench-build";

export const TODAY_ISO = "2026-11-27";

export interface OpenOptions {
  readonly lang: "en-US" | "zh-CN";
  readonly pane?: number;
  /** Milliseconds the simulated workbook waits before every call. */
  readonly slow?: number;
}

export async function openWorkbench(page: Page, baseUrl: string, options: OpenOptions): Promise<void> {
  const query = `today=${TODAY_ISO}&lang=${options.lang}&pane=${options.pane ?? 380}&slow=${options.slow ?? 0}`;
  await page.goto(`${baseUrl}workbench.html?${query}`);
  await page.getByTestId("salespace-app").waitFor({ state: "visible", timeout: 20000 });
  await page.getByTestId("setup-status").waitFor({ state: "visible", timeout: 20000 });
}

/** Waits until no operation is running (the progress panel is gone). */
export async function idle(page: Page): Promise<void> {
  await page.getByTestId("progress").waitFor({ state: "detached", timeout: 60000 });
}

/** Opens a screen by its tab, or from the "More" menu when its tab did not fit on the row. */
export async function screen(page: Page, name: string): Promise<void> {
  const tab = page.getByTestId(`tab-${name}`);
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByTestId("tab-more").click();
    await page.getByTestId(`more-${name}`).click();
  }
  await page.getByTestId(`screen-${name}`).waitFor({ state: "visible" });
}

/** Clicks a button and waits for the operation it starts to finish. */
export async function run(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.waitForTimeout(50);
  await idle(page);
}

export async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => window.salespaceWorkbench!.excel.workbook.sheets.map((s) => s.name));
}

/** A colleague's paste below a table (values as typed). */
export async function paste(
  page: Page,
  table: TableName,
  rows: (string | number | boolean)[][],
): Promise<void> {
  await page.evaluate(([t, r]) => window.salespaceWorkbench!.paste(t, r), [table, rows] as const);
}

/** Every table of the simulated workbook as the adapters hand them to the reader. */
export async function rawTables(page: Page): Promise<RawTable[]> {
  return page.evaluate(() => {
    const book = window.salespaceWorkbench!.excel.workbook;
    return book.tables.map((t) => ({
      table: t.name as TableName,
      sheet: t.sheet.name,
      headerRow: t.rect.top + 1,
      firstColumn: t.rect.left,
      headers: book.headers(t),
      rows: t.sheet
        .grid({ ...t.rect, top: t.rect.top + 1 })
        .filter((_, i) => t.rect.top + 1 + i <= t.rect.bottom),
    }));
  });
}

/** A screenshot of the task pane alone, saved under tests/artifacts/screenshots. */
export async function shootPane(page: Page, file: string): Promise<void> {
  await page.getByTestId("taskpane-frame").screenshot({ path: join(SCREENSHOT_DIR, `${file}.png`) });
}

/**
 * Registers the hooks every workbench suite needs: one build, server and browser for the suite, a fresh
 * page per test whose uncaught page errors fail that test. `onPage` receives each test's page and the
 * server's URL.
 */
export function useWorkbenchPages(
  chromiumPath: string,
  viewportHeight: number,
  onPage: (page: Page, url: string) => void,
): void {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(buildWorkbench());
    browser = await launchChromium(chromiumPath);
  }, 240000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: viewportHeight },
    });
    page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    onPage(page, server.url);
  });

  afterEach(async () => {
    await page.context().close();
    expect(pageErrors.splice(0)).toEqual([]);
  });
}
