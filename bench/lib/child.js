/** Runs one bench child (compiled from bench/src) and returns its report plus heap peaks from its GC trace. */
const { spawn } = require("child_process");
const { mkdtempSync, readFileSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { heapPeaks } = require("./gcTrace");

/**
 * @param {string} script compiled child, e.g. node_modules/.cache/salespace-bench/bench/src/core.js
 * @param {string[]} args
 * @param {{traceGc?: boolean, maxOldSpaceMB?: number}} options
 */
function runChild(script, args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), "salespace-bench-"));
  const out = join(dir, "report.json");
  const flags = ["--expose-gc"];
  if (options.traceGc) flags.push("--trace-gc");
  if (options.maxOldSpaceMB) flags.push(`--max-old-space-size=${options.maxOldSpaceMB}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...flags, script, ...args, "--out", out], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      try {
        if (code !== 0) {
          const tail = Buffer.concat(stderr).toString().trim().split("\n").slice(-8).join("\n");
          reject(new Error(`${script} ${args.join(" ")} exited with ${code}:\n${tail}`));
          return;
        }
        const report = JSON.parse(readFileSync(out, "utf8"));
        const peaks = options.traceGc ? heapPeaks(Buffer.concat(stdout).toString(), report.marks) : null;
        resolve({ report, peaks });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

module.exports = { runChild };
