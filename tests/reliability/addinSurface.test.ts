/**
 * The add-in's surface (issue #8, part 7; SPEC §6 "calls no network service"): the manifest asks for
 * ReadWriteDocument and nothing more; the production bundle holds no eval or new Function; every page
 * sets a Content-Security-Policy that lets in only its own origin and the Office.js host; and in
 * Chromium, the built pane and the workbench (the pane running set-up, sample data, validation and
 * rollups over the in-memory Excel) request nothing but their own files and Office.js.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Browser, Page } from "playwright-core";
import { OFFICE_JS_URL, OFFICE_OUTSIDE_HOST_STUB, launchChromium, serveStatic } from "../support/browser";
import { describeWith } from "../support/programs";
import { buildWorkbench } from "../e2e/workbench-build";
import { openWorkbench, run, screen } from "../e2e/workbench-page";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const OFFICE_HOST = "https://appsforoffice.microsoft.com";

describe("the manifest", () => {
  const manifest = new XMLParser({ ignoreAttributes: false }).parse(
    readFileSync(join(ROOT, "manifest.xml"), "utf8"),
  );

  it("asks for ReadWriteDocument and no other permission", () => {
    const permissions = manifest.OfficeApp.Permissions;
    expect(permissions).toBe("ReadWriteDocument");
  });

  it("names no app domain but the add-in's own", () => {
    const domains = [manifest.OfficeApp.AppDomains?.AppDomain ?? []].flat();
    const own = new URL(manifest.OfficeApp.DefaultSettings.SourceLocation["@_DefaultValue"]).origin;
    for (const domain of domains) expect(new URL(String(domain)).origin).toBe(own);
  });
});

describe("the production bundle", () => {
  const scripts = existsSync(DIST) ? readdirSync(DIST).filter((f) => f.endsWith(".js")) : [];

  it("exists (npm run build ran before the tests)", () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  it.each(scripts.length > 0 ? scripts : ["(no bundle)"])(
    "%s holds no eval, new Function or string timer",
    (file) => {
      const code = readFileSync(join(DIST, file), "utf8");
      const found = [
        /\beval\s*\(/,
        /\bnew\s+Function\s*\(/,
        /[^.\w]Function\s*\(\s*["'`]/,
        /set(?:Timeout|Interval)\s*\(\s*["'`]/,
      ].flatMap((pattern) => {
        const match = pattern.exec(code);
        return match ? [`${pattern}: …${code.slice(Math.max(0, match.index - 40), match.index + 40)}…`] : [];
      });
      expect(found).toEqual([]);
    },
  );
});

/** A page's CSP as directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  // The built pages are minified: attribute values may have lost their quotes.
  const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i.exec(
    html,
  );
  if (!meta) throw new Error("no Content-Security-Policy meta element");
  return new Map(
    (meta[1] ?? meta[2])
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== "")
      .map(([name, ...sources]) => [name, sources] as const),
  );
}

/** Sources a directive may name: its own origin, nothing, the Office.js host; inline styles (Fluent) and data: images/fonts. */
function allowed(directive: string, source: string): boolean {
  if (["'self'", "'none'", OFFICE_HOST].includes(source)) return true;
  if (source === "'unsafe-inline'") return directive === "style-src";
  if (source === "data:") return directive === "img-src" || directive === "font-src";
  return false;
}

describe.each([
  ["src/taskpane/taskpane.html"],
  ["src/commands/commands.html"],
  ["dist/taskpane.html"],
  ["dist/commands.html"],
])("the Content-Security-Policy of %s", (file) => {
  const path = join(ROOT, file);
  const exists = existsSync(path);

  it("is there", () => expect(exists).toBe(true));

  it("allows only its own origin and the Office.js host, and never eval", () => {
    const policy = policyOf(readFileSync(path, "utf8"));
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    const wrong = [...policy].flatMap(([directive, sources]) =>
      directive === "form-action" || directive === "base-uri"
        ? sources.filter((s) => s !== "'self'" && s !== "'none'")
        : sources.filter((s) => !allowed(directive, s)).map((s) => `${directive} ${s}`),
    );
    expect(wrong).toEqual([]);
    expect(policy.get("script-src") ?? policy.get("default-src")).not.toContain("'unsafe-eval'");
  });

  it("loads Office.js from the Office host and every other script from its own origin", () => {
    const html = readFileSync(path, "utf8");
    const sources = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|([^\s>"]+))/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(sources).toContain(OFFICE_JS_URL);
    for (const src of sources) expect(src === OFFICE_JS_URL || !/^[a-z]+:/i.test(src)).toBe(true);
  });
});

/** Every request a page makes, and every CSP violation it reports. */
function record(page: Page): { requests: string[]; violations: string[] } {
  const requests: string[] = [];
  const violations: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  return { requests, violations };
}

function foreign(requests: readonly string[], origin: string): string[] {
  return requests.filter(
    (url) => url !== OFFICE_JS_URL && new URL(url).origin !== origin && !url.startsWith("data:"),
  );
}

describeWith("chromium", "what the pane asks of the network, in Chromium", (chromiumPath) => {
  jest.setTimeout(240_000);
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => browser?.close());

  it("the built pane and commands page request only their own files and Office.js", async () => {
    const server = await serveStatic(DIST);
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    try {
      for (const pageName of ["taskpane.html", "commands.html"]) {
        const page = await context.newPage();
        const seen = record(page);
        await page.route(OFFICE_JS_URL, (route) =>
          route.fulfill({ status: 200, contentType: "text/javascript", body: OFFICE_OUTSIDE_HOST_STUB }),
        );
        await page.goto(server.url + pageName);
        if (pageName === "taskpane.html")
          await page.getByTestId("salespace-app").waitFor({ state: "visible", timeout: 20_000 });
        await page.waitForLoadState("networkidle");
        expect(seen.requests).toContain(OFFICE_JS_URL);
        expect(foreign(seen.requests, new URL(server.url).origin)).toEqual([]);
        expect(seen.violations).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
      await server.close();
    }
  });

  it("the workbench setting up, filling, validating and rolling up requests nothing outside its origin", async () => {
    const server = await serveStatic(buildWorkbench());
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 900 },
    });
    try {
      const page = await context.newPage();
      const seen = record(page);
      await openWorkbench(page, server.url, { lang: "en-US" });
      await screen(page, "setup");
      await run(page, "run-setup");
      await run(page, "run-sample");
      await screen(page, "validate");
      await run(page, "run-validate");
      await screen(page, "rollups");
      await run(page, "run-rollups");
      await page.waitForLoadState("networkidle");
      const origin = new URL(server.url).origin;
      expect(seen.requests.filter((url) => new URL(url).origin === origin).length).toBeGreaterThan(1);
      expect(foreign(seen.requests, origin)).toEqual([]);
      expect(seen.violations).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
