/**
 * Figure 4 (size): the production bundle's JavaScript, raw and gzipped — what the task pane loads at
 * start (the scripts taskpane.html names), the chunks it loads later on demand, and the ribbon
 * commands' page.
 */
const { readdirSync, readFileSync } = require("fs");
const { join } = require("path");
const { gzipSync } = require("zlib");

function scriptsOf(dist, page) {
  const html = readFileSync(join(dist, page), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

function bundleSizes(dist) {
  const files = readdirSync(dist)
    .filter((name) => name.endsWith(".js"))
    .map((name) => {
      const bytes = readFileSync(join(dist, name));
      return { name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  const sum = (list) => ({
    files: list.map((f) => f.name),
    raw: list.reduce((s, f) => s + f.raw, 0),
    gzip: list.reduce((s, f) => s + f.gzip, 0),
  });
  const pane = new Set(scriptsOf(dist, "taskpane.html"));
  const commands = new Set(scriptsOf(dist, "commands.html"));
  return {
    files,
    all: sum(files),
    paneInitial: sum(files.filter((f) => pane.has(f.name))),
    onDemand: sum(files.filter((f) => !pane.has(f.name) && !commands.has(f.name))),
    commands: sum(files.filter((f) => commands.has(f.name))),
  };
}

module.exports = { bundleSizes };
