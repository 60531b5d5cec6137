/**
 * Where /usr/bin/time is missing: runs a Node script in this process and, when it ends, writes the
 * process's peak resident set (process.resourceUsage().maxRSS, KB), CPU and wall time to the file named by
 * SALESPACE_BENCH_USAGE.
 *
 * Usage: SALESPACE_BENCH_USAGE=FILE node bench/lib/rssWrapper.js SCRIPT ARGS…
 */
const { writeFileSync } = require("fs");
const { resolve } = require("path");

const started = process.hrtime.bigint();
const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...args];
process.on("exit", (code) => {
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = process.resourceUsage();
  writeFileSync(
    process.env.SALESPACE_BENCH_USAGE,
    JSON.stringify({
      maxRssKB: usage.maxRSS,
      wallSeconds,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
      code,
    }),
  );
});
require(resolve(script));
