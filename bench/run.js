#!/usr/bin/env node
/**
 * `npm run bench`: every SalesPace benchmark (issue #7), a table on stdout and bench/results/latest.json.
 *
 * Machines are noisy, so every time is reported next to a baseline measured in the same run, as a
 * ratio. No benchmark is a test: nothing here fails because the machine is slow.
 *
 *   1 core      read / validate / scorecard / efficiency on demo data vs a bare loop and arquero
 *   2 excel     syncs and bytes on the Excel double vs the 5 MB minimum and a one-sync-per-row reader
 *   3 cli       salespace demo / validate / rollup: wall time and peak RSS vs exceljs reading the file
 *   4 pane      bundle size, first render in Chromium vs a blank page, long tasks while the workbench
 *               validates and refreshes (core jobs on the page's thread vs in the pane's worker)
 *   6 customers 20,000 customers with about 400,000 report rows (issue #13): the customer metrics vs
 *               the floor, writing the Customers sheet vs the 5 MB minimum, the CLI vs exceljs reading
 *   3b before  validate and rollup at full size against the CLI of --before REV, alternating (opt-in)
 *   5 company   salespace consolidate over 2 and 10 full-size books vs merely reading them (not in the
 *               default set: it takes about half an hour; ask for it with --only company)
 *
 * Options: --only core,excel,cli,pane,customers  --runs N (core/pane, default 5)
 *          --scales 0.25,0.5,1 (core and cli)  --cli-scales (default: --scales)
 *          --cli-runs 3,1,1 (runs per CLI scale: a full-size rollup takes minutes, so the 15-minute
 *          budget allows 3 runs only at the smallest size; one number applies to every scale)
 *          --pane-scale 1 (size of the workbook for the long-task figure, default: the largest --scales)
 *          --keep (keep the other figures of bench/results/latest.json, e.g. after --only cli)
 *          --table (only print the tables of bench/results/latest.json again)
 */
const { execFileSync } = require("child_process");
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require("fs");
const { join } = require("path");
const { runChild } = require("./lib/child");
const { cliFigures } = require("./lib/cliRuns");
const { bundleSizes } = require("./lib/bundle");
const { machineInfo } = require("./lib/machine");
const { printTables } = require("./lib/table");
const { companyFigures } = require("./lib/companyRuns");
const { beforeFigures } = require("./lib/beforeRuns");
const { customerFigures } = require("./lib/customerRecords");
const {
  coreRecords,
  excelRecords,
  cliRecords,
  paneRecords,
  scalingRecords,
  companyRecords,
  longTaskRecords,
} = require("./lib/records");

const ROOT = join(__dirname, "..");
const CACHE = join(ROOT, "node_modules", ".cache", "salespace-bench");
const CHILD = join(CACHE, "bench", "src");
const FULL_PEOPLE = 200;
const DAYS = 250;
const START = "2025-11-17";

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const only = new Set(option("only", "core,excel,cli,pane,customers").split(","));
const companyBooks = option("company-books", "2,10").split(",").map(Number);
const runs = Number(option("runs", "5"));
const scales = option("scales", "0.25,0.5,1").split(",").map(Number);
const cliScales = option("cli-scales", scales.join(",")).split(",").map(Number);
const cliRunList = option("cli-runs", "3,1,1").split(",").map(Number);
const cliRuns = cliScales.map((_, i) => cliRunList[Math.min(i, cliRunList.length - 1)]);
const paneScale = Number(option("pane-scale", String(Math.max(...scales))));
const started = Date.now();

function log(text) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${seconds}s] ${text}\n`);
}

function npm(script, extra = []) {
  log(`npm run ${script} ${extra.join(" ")}`.trim());
  execFileSync("npm", ["run", "--silent", script, ...(extra.length ? ["--", ...extra] : [])], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

function isoOfSerial(serial) {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86400000).toISOString().slice(0, 10);
}

/** The CLI's dates: as of the last demo day (2026-11-18 from START when figure 1 did not run). */
function cliDates(asOf) {
  const lastDay = asOf ?? 46345;
  return {
    today: isoOfSerial(lastDay + 1),
    asOf: isoOfSerial(lastDay),
    period: isoOfSerial(lastDay).slice(0, 7),
  };
}

/** The run a results file came from (files written before `runs` existed had one run at the top level). */
function runOf(result) {
  const { startedAt, seconds, machine, options } = result;
  return { startedAt, seconds, machine, options, figures: [...new Set(result.figures.map((f) => f.figure))] };
}

async function main() {
  if (process.argv.includes("--table")) {
    printTables(JSON.parse(readFileSync(join(__dirname, "results", "latest.json"), "utf8")));
    return;
  }
  const machine = machineInfo();
  const records = [];
  log("compiling bench/src (tsc -p bench/tsconfig.json)");
  execFileSync(
    process.execPath,
    [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(__dirname, "tsconfig.json")],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );

  let asOf = null;
  if (only.has("core")) {
    const byScale = [];
    for (const scale of scales) {
      log(`figure 1: core at ${scale * 100} % (${runs} runs after a warm-up)`);
      const { report, peaks } = await runChild(
        join(CHILD, "core.js"),
        ["--scale", String(scale), "--runs", String(runs)],
        {
          traceGc: true,
        },
      );
      byScale.push({ scale, report, peaks });
      asOf = report.info.asOf;
    }
    records.push(
      ...coreRecords(byScale),
      ...scalingRecords(
        "1",
        byScale.map((s) => ({
          scale: s.scale,
          rows: s.report.info.dailyReportRows,
          times: Object.fromEntries(
            s.report.timed.filter((t) => t.name.startsWith("core.")).map((t) => [t.name, t.cpuMedian]),
          ),
        })),
        "ms",
      ),
    );
  }

  if (only.has("excel")) {
    log("figure 2: round trips on the Excel double at 100 %");
    const { report } = await runChild(join(CHILD, "excel.js"), ["--scale", "1"], { maxOldSpaceMB: 8192 });
    records.push(...excelRecords(report));
  }

  if (only.has("cli")) {
    npm("build:cli");
    const byScale = [];
    for (const [i, scale] of cliScales.entries()) {
      const runsHere = cliRuns[i];
      const people = Math.round(FULL_PEOPLE * scale);
      log(
        `figure 3: command line at ${scale * 100} % (${people} people × ${DAYS} days, ${runsHere} runs each)`,
      );
      const result = await cliFigures({
        people,
        days: DAYS,
        start: START,
        ...cliDates(asOf),
        runs: runsHere,
        log: (text) => log(`  ${text}`),
      });
      byScale.push({ scale, people, result });
    }
    records.push(
      ...cliRecords(byScale),
      ...scalingRecords(
        "3",
        byScale.map((s) => ({
          scale: s.scale,
          rows: s.people * DAYS,
          times: {
            "cli.demo": s.result.demo.cpuSeconds,
            "cli.validate": s.result.validate.cpuSeconds,
            "cli.rollup": s.result.rollup.cpuSeconds,
            "exceljs.read": s.result.read.cpuSeconds,
          },
        })),
        "s",
      ),
    );
  }

  if (only.has("before")) {
    npm("build:cli");
    const rev = option("before", "main");
    log(
      `figure 3b: validate and rollup at full size, this checkout against ${rev} (${cliRunList[0]} runs each)`,
    );
    const o = { rev, cache: CACHE, people: FULL_PEOPLE, days: DAYS, start: START, runs: cliRunList[0] };
    records.push(...(await beforeFigures({ ...o, ...cliDates(asOf), log: (text) => log(`  ${text}`) })));
  }

  if (only.has("customers")) {
    npm("build:cli");
    const dates = cliDates(asOf);
    records.push(
      ...(await customerFigures({
        child: CHILD,
        runs,
        people: FULL_PEOPLE,
        days: DAYS,
        start: START,
        ...dates,
        log,
      })),
    );
  }

  if (only.has("company")) {
    npm("build:cli");
    log(
      `figure 5: consolidate over ${companyBooks.join(" and ")} books of ${FULL_PEOPLE} people × ${DAYS} days`,
    );
    const points = await companyFigures({
      books: companyBooks,
      people: FULL_PEOPLE,
      days: DAYS,
      start: START,
      ...cliDates(asOf),
      log: (text) => log(`  ${text}`),
    });
    const rowsPerBook = 408_447;
    records.push(
      ...companyRecords(points, rowsPerBook),
      ...scalingRecords(
        "5",
        points.map((p) => ({
          scale: p.count / Math.max(...companyBooks),
          rows: p.count * rowsPerBook,
          times: { "cli.consolidate": p.consolidate.cpuSeconds, "read books": p.read.cpuSeconds },
        })),
        "s",
      ),
    );
  }

  if (only.has("pane")) {
    const dist = join(CACHE, "dist");
    npm("build", ["--output-path", dist]);
    const sizes = bundleSizes(dist);
    const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
    let render = null;
    if (chromium) {
      log(`figure 4: first render in Chromium (${runs} loads after a warm-up)`);
      render = (
        await runChild(join(CHILD, "pane.js"), [
          "--dist",
          dist,
          "--chromium",
          chromium,
          "--runs",
          String(runs),
        ])
      ).report;
    } else {
      log("figure 4: no Chromium (apt-get install -y chromium): first render not measured");
    }
    let longTasks = null;
    if (chromium) {
      const workbench = join(CACHE, "workbench");
      log("building the workbench (development mode, like the browser tests) for the long-task figure");
      execFileSync(
        process.execPath,
        [
          join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
          ...["--mode", "development", "--env", "transpileOnly", "--output-path", workbench],
        ],
        { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] },
      );
      const people = Math.round(FULL_PEOPLE * paneScale);
      log(
        `figure 4: long tasks in Chromium, ${people} people × ${DAYS} days, core jobs in place vs in the worker`,
      );
      longTasks = (
        await runChild(join(CHILD, "paneLongTasks.js"), [
          ...["--workbench", workbench, "--chromium", chromium],
          ...["--people", String(people), "--days", String(DAYS)],
        ])
      ).report.info;
    }
    records.push(...paneRecords(sizes, render), ...longTaskRecords(longTasks));
  }

  const thisRun = {
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    machine: { ...machine, loadAverageAtEnd: require("os").loadavg() },
    options: { only: [...only], runs, cliRuns, scales, cliScales },
  };
  const latest = join(__dirname, "results", "latest.json");
  // --keep: figures of other parts stay from the previous run (each run's own machine and load are kept).
  const kept =
    process.argv.includes("--keep") && existsSync(latest) ? JSON.parse(readFileSync(latest, "utf8")) : null;
  const mine = new Set(records.map((r) => r.figure));
  const result = {
    issue: 7,
    ...thisRun,
    runs: [
      ...(kept ? (kept.runs ?? [runOf(kept)]) : []).filter((r) => !r.figures.every((f) => mine.has(f))),
      { ...thisRun, figures: [...mine] },
    ],
    figures: [...(kept?.figures ?? []).filter((r) => !mine.has(r.figure)), ...records].sort((a, b) =>
      a.figure.localeCompare(b.figure),
    ),
  };
  printTables(result);
  mkdirSync(join(__dirname, "results"), { recursive: true });
  writeFileSync(latest, JSON.stringify(result, null, 2) + "\n");
  log(`wrote bench/results/latest.json in ${result.seconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
