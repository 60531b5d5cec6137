/**
 * Figure 3b (`--only before --before REV`): the command line of this checkout against the one of an
 * earlier commit, on the same full-size workbook, in one run: `validate` and `rollup` alternate between
 * the two builds (before, now, before, now…), so both see the same machine load. The earlier commit is
 * exported with `git archive` into the bench cache and built there (`tsc -p tsconfig.cli.json`); the
 * repository is not touched.
 */
const { execFileSync } = require("child_process");
const { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { measure } = require("./cliRuns");
const { median } = require("./stats");
const { record } = require("./records");

const ROOT = join(__dirname, "..", "..");

/** Builds the CLI of `rev` into `cache`/before-REV and returns its bin/salespace.js. */
function buildBefore(rev, cache, log) {
  const commit = execFileSync("git", ["rev-parse", "--short", rev], { cwd: ROOT }).toString().trim();
  const dir = join(cache, `before-${commit}`);
  if (!existsSync(join(dir, "build", "cli"))) {
    log(`building the CLI of ${commit} in ${dir}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync("git", ["archive", commit], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync("tar", ["-x", "-C", dir], { input: archive });
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.cli.json"],
      {
        cwd: dir,
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
  }
  return { commit, bin: join(dir, "bin", "salespace.js") };
}

/**
 * @param {{rev: string, cache: string, people: number, days: number, start: string, today: string, asOf: string, period: string, runs: number, log: (s: string) => void}} o
 */
async function beforeFigures(o) {
  const before = buildBefore(o.rev, o.cache, o.log);
  const now = join(ROOT, "bin", "salespace.js");
  const dir = mkdtempSync(join(tmpdir(), "salespace-before-"));
  const book = join(dir, "book.xlsx");
  try {
    const demo = ["demo", book, "--people", String(o.people), "--days", String(o.days), "--start", o.start];
    await measure(now, [...demo, "--seed", "1", "--messy", "0.01", "--lang", "zh", "--force", "--quiet"]);
    const commands = {
      validate: ["validate", book, "--json", "--today", o.today, "--quiet"],
      rollup: [
        "rollup",
        book,
        "--period",
        o.period,
        "--as-of",
        o.asOf,
        "--out",
        join(dir, "out.xlsx"),
        "--json",
        "--quiet",
      ],
    };
    const out = [];
    for (const [command, args] of Object.entries(commands)) {
      const samples = { before: [], now: [] };
      for (let i = 0; i < o.runs; i++) {
        o.log(`${command} run ${i + 1}/${o.runs}: ${before.commit}, then this checkout`);
        samples.before.push(await measure(before.bin, args));
        samples.now.push(await measure(now, args));
      }
      const pick = (which, key) => median(samples[which].map((r) => r[key]));
      const group = `cli.${command} now vs ${before.commit}`;
      const common = {
        figure: "3b",
        group,
        runs: o.runs,
        baseline: `the CLI of ${before.commit}, same file, alternating`,
      };
      out.push(
        record({
          ...common,
          metric: "wall time",
          unit: "s",
          value: pick("now", "wallSeconds"),
          baselineValue: pick("before", "wallSeconds"),
          samples: samples.now.map((r) => r.wallSeconds),
        }),
        record({
          ...common,
          metric: "cpu time",
          unit: "s",
          value: pick("now", "cpuSeconds"),
          baselineValue: pick("before", "cpuSeconds"),
          samples: samples.now.map((r) => r.cpuSeconds),
          note: `before: ${samples.before.map((r) => r.cpuSeconds.toFixed(1)).join(", ")} s`,
        }),
        record({
          ...common,
          metric: "peak RSS",
          unit: "MB",
          value: Math.max(...samples.now.map((r) => r.maxRssMB)),
          baselineValue: Math.max(...samples.before.map((r) => r.maxRssMB)),
        }),
      );
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { beforeFigures };
