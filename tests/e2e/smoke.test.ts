/**
 * Smoke test of the production build in a real browser: the built task pane boots and renders the app root.
 * Needs `npm run build` first (the test script runs it) and /usr/bin/chromium.
 */
import { existsSync } from "fs";
import { join } from "path";
import { describeWith } from "../support/programs";
import { launchChromium, serveStatic, OFFICE_JS_URL, OFFICE_OUTSIDE_HOST_STUB } from "../support/browser";

const DIST = join(__dirname, "..", "..", "dist");

describeWith("chromium", "built task pane in Chromium", (chromiumPath) => {
  jest.setTimeout(60000);

  it("boots and renders the SalesPace app root", async () => {
    expect(existsSync(join(DIST, "taskpane.html"))).toBe(true);
    const server = await serveStatic(DIST);
    const browser = await launchChromium(chromiumPath);
    try {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.route(OFFICE_JS_URL, (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_OUTSIDE_HOST_STUB }),
      );
      await page.goto(server.url + "taskpane.html");
      const root = page.getByTestId("salespace-app");
      await root.waitFor({ state: "visible", timeout: 20000 });
      expect(await root.textContent()).toContain("SalesPace");
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
