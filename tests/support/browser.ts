/**
 * Headless Chromium (Debian's /usr/bin/chromium driven by playwright-core; never a downloaded browser)
 * and a small HTTPS static server for the built pages, for smoke and end-to-end tests.
 */
import { createServer, type Server } from "https";
import { readFileSync, existsSync, statSync } from "fs";
import { extname, join, normalize } from "path";
import type { AddressInfo } from "net";
import { chromium, type Browser } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { projectCertificate } = require("../../scripts/certs") as {
  projectCertificate(): Promise<{ key: Buffer; cert: Buffer }>;
};

/** Flags from feasibility.md §1: without the background-networking ones Chromium tries to reach Google. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".css": "text/css",
  ".json": "application/json",
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `root` over HTTPS on 127.0.0.1 (a free port) with the project's own certificate. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const { key, cert } = await projectCertificate();
  const server: Server = createServer({ key, cert }, (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname));
    const file = join(root, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://localhost:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The Office.js CDN script the pane loads in production. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * A stand-in for Office.js outside Office: `Office.onReady` resolves with no host, as the real library does
 * when loaded in a plain browser (feasibility.md §4: `{"host":null,"platform":null}`).
 */
export const OFFICE_OUTSIDE_HOST_STUB = `
  window.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "en-US", requirements: { isSetSupported: function () { return false; } } },
    onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); },
    actions: { associate: function () {} },
  };`;
