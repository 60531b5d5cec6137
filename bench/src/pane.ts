/**
 * Figure 4 (first render): the built task pane (dist/) loaded in Chromium with the Office.js stand-in,
 * timed from navigation start to the app root being visible, each load in a fresh browser context (a
 * first-time user: nothing cached) — next to a blank page with the same root element, served and loaded
 * the same way. The page itself notes when the root appears (a MutationObserver installed before any
 * script), so the figure does not include the driver's polling.
 *
 * Usage (bench/run.js does this): node --expose-gc pane.js --dist DIR --chromium PATH --runs 5 --out FILE
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser } from "playwright-core";
import {
  OFFICE_JS_URL,
  OFFICE_OUTSIDE_HOST_STUB,
  launchChromium,
  serveStatic,
} from "../../tests/support/browser";
import { BenchChild, argument } from "./measure";

const BLANK_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head>
<body><main data-testid="salespace-app">SalesPace</main></body></html>`;

/** Runs in the page before its own scripts: notes when the app root enters the document. */
function watchForRoot(): void {
  const seen = (): boolean => {
    if (!document.querySelector('[data-testid="salespace-app"]')) return false;
    (window as unknown as { benchRendered: number }).benchRendered = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => {
    if (seen()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Milliseconds from navigation start until the app root is in the page, as the page's own clock says. */
async function firstRender(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.route(OFFICE_JS_URL, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_OUTSIDE_HOST_STUB }),
    );
    await page.addInitScript(watchForRoot);
    await page.goto(url, { waitUntil: "commit" });
    await page.getByTestId("salespace-app").waitFor({ state: "visible", timeout: 30000 });
    const ms = await page.evaluate(() => (window as unknown as { benchRendered: number }).benchRendered);
    if (errors.length > 0) throw new Error(`${url}: ${errors.join("; ")}`);
    return ms;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const runs = Number(argument("runs", "5"));
  const bench = new BenchChild(runs);
  const server = await serveStatic(argument("dist", "dist"));
  const blankDir = mkdtempSync(join(tmpdir(), "salespace-blank-"));
  writeFileSync(join(blankDir, "taskpane.html"), BLANK_PAGE);
  const blankServer = await serveStatic(blankDir);
  const browser = await launchChromium(argument("chromium", "/usr/bin/chromium"));
  try {
    for (const [name, url] of [
      ["pane.firstRender", server.url + "taskpane.html"],
      ["pane.blankPage", blankServer.url + "taskpane.html"],
    ] as const) {
      await firstRender(browser, url);
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push(await firstRender(browser, url));
      bench.record(name, samples);
    }
  } finally {
    await browser.close();
    await server.close();
    await blankServer.close();
    rmSync(blankDir, { recursive: true, force: true });
  }
  bench.save(argument("out", "pane.json"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
