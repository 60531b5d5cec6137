/**
 * Figure 3: the `salespace` command (bin/salespace.js → build/cli) on demo workbooks — wall time and peak
 * RSS of `demo`, `validate` and `rollup`, next to exceljs merely reading the same file.
 */
const { spawn } = require("child_process");
const { existsSync, mkdtempSync, readFileSync, rmSync, statSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { median } = require("./stats");

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "salespace.js");
const EXCELJS_READ = join(__dirname, "exceljsRead.js");
const WRAPPER = join(__dirname, "rssWrapper.js");
const GNU_TIME = "/usr/bin/time";

/** "1:02.31" or "0:40.34" or "1:02:03" → seconds. */
function clockSeconds(text) {
  return text.split(":").reduce((sum, part) => sum * 60 + Number(part), 0);
}

/**
 * Runs `node script args` once; resolves {wallSeconds, cpuSeconds, maxRssMB, code}. Exit status 1 is allowed
 * (validate reports errors that way); anything else is a failure.
 */
function measure(script, args) {
  const dir = mkdtempSync(join(tmpdir(), "salespace-cli-"));
  const usageFile = join(dir, "usage.json");
  const gnu = existsSync(GNU_TIME);
  const [command, commandArgs] = gnu
    ? [GNU_TIME, ["-v", process.execPath, script, ...args]]
    : [process.execPath, [WRAPPER, script, ...args]];
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, SALESPACE_BENCH_USAGE: usageFile },
    });
    const stderr = [];
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        const text = Buffer.concat(stderr).toString();
        if (code !== 0 && code !== 1) {
          reject(new Error(`${script} ${args.join(" ")} exited with ${code}:\n${text.slice(-2000)}`));
          return;
        }
        if (gnu) {
          const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(text);
          const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
          const user = /User time \(seconds\): ([\d.]+)/.exec(text);
          const system = /System time \(seconds\): ([\d.]+)/.exec(text);
          if (!wall || !rss || !user || !system)
            throw new Error(`No /usr/bin/time -v figures in:\n${text.slice(-2000)}`);
          const cpuSeconds = Number(user[1]) + Number(system[1]);
          resolve({ wallSeconds: clockSeconds(wall[1]), cpuSeconds, maxRssMB: Number(rss[1]) / 1024, code });
        } else {
          const usage = JSON.parse(readFileSync(usageFile, "utf8"));
          resolve({
            wallSeconds: usage.wallSeconds,
            cpuSeconds: usage.cpuSeconds,
            maxRssMB: usage.maxRssKB / 1024,
            code,
          });
        }
      } catch (error) {
        reject(error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

async function repeat(runs, script, args) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure(script, args));
  return {
    runs,
    wallSeconds: median(results.map((r) => r.wallSeconds)),
    samples: results.map((r) => r.wallSeconds),
    cpuSeconds: median(results.map((r) => r.cpuSeconds)),
    maxRssMB: Math.max(...results.map((r) => r.maxRssMB)),
    codes: results.map((r) => r.code),
  };
}

/**
 * @param {{people: number, days: number, start: string, asOf: string, period: string, runs: number, log: (s: string) => void, demoArgs?: string[]}} o
 */
async function cliFigures(o) {
  const dir = mkdtempSync(join(tmpdir(), "salespace-cli-book-"));
  const book = join(dir, "book.xlsx");
  const out = join(dir, "rolled.xlsx");
  try {
    const demoArgs = [
      "demo",
      book,
      "--people",
      String(o.people),
      "--days",
      String(o.days),
      "--start",
      o.start,
    ];
    demoArgs.push(
      "--seed",
      "1",
      "--messy",
      "0.01",
      "--lang",
      "zh",
      "--force",
      "--quiet",
      ...(o.demoArgs ?? []),
    );
    o.log(`demo ×${o.runs}`);
    const demo = await repeat(o.runs, BIN, demoArgs);
    const bytes = statSync(book).size;
    o.log(`exceljs read ×${o.runs}`);
    const read = await repeat(o.runs, EXCELJS_READ, [book]);
    o.log(`validate ×${o.runs}`);
    const validate = await repeat(o.runs, BIN, ["validate", book, "--json", "--today", o.today, "--quiet"]);
    o.log(`rollup ×${o.runs}`);
    const rollupArgs = [
      "rollup",
      book,
      "--period",
      o.period,
      "--as-of",
      o.asOf,
      "--out",
      out,
      "--json",
      "--quiet",
    ];
    const rollup = await repeat(o.runs, BIN, rollupArgs);
    return { bytes, demo, read, validate, rollup };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { cliFigures, measure };
