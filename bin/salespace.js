#!/usr/bin/env node
// The `salespace` command: runs the compiled CLI (`npm run build:cli` writes build/cli/main.js).
const { spawnSync } = require("node:child_process");

/**
 * `consolidate` and `export` read book after book and keep only sums, so what they hold at any moment is one
 * book's rows; left alone, V8 lets garbage of earlier books pile up to several GB on a large machine before
 * it collects. A heap limit makes it collect sooner: ten books of 408,000 rows then stay under SPEC §9's
 * 1.5 GB peak (docs/performance.md, figure 5). Someone who sets their own limit keeps it.
 */
const HEAP_MB_FOR_MANY_BOOKS = 1024;
const args = process.argv.slice(2);
const ownLimit = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) =>
  a.includes("--max-old-space-size"),
);

if ((args[0] === "consolidate" || args[0] === "export") && !ownLimit) {
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB_FOR_MANY_BOOKS}`, __filename, ...args],
    {
      stdio: "inherit",
    },
  );
  process.exitCode = run.status ?? 1;
} else {
  const { main } = require("../build/cli/main.js");
  main(args).then((code) => {
    process.exitCode = code;
  });
}
