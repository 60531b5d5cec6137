/**
 * Builds the workbench (development mode, never in dist/) into tests/artifacts/workbench, once per change:
 * a stamp file newer than every source file means the build is current, so several test files share it.
 */
import { execFileSync } from "child_process";
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
export const WORKBENCH_DIR = join(ROOT, "tests", "artifacts", "workbench");
export const SCREENSHOT_DIR = join(ROOT, "tests", "artifacts", "screenshots");
const STAMP = join(WORKBENCH_DIR, ".built");
const LOCK = join(ROOT, "tests", "artifacts", ".workbench-build.lock");
const BUILD_TIMEOUT_MS = 300000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Another jest worker may be building: only one builds, the others wait for its stamp. */
function takeLock(): boolean {
  mkdirSync(join(ROOT, "tests", "artifacts"), { recursive: true });
  try {
    closeSync(openSync(LOCK, "wx"));
    return true;
  } catch {
    // A lock older than a build can take is left over from a killed run.
    if (Date.now() - statSync(LOCK).mtimeMs > BUILD_TIMEOUT_MS) rmSync(LOCK, { force: true });
    return false;
  }
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Builds the workbench unless the last build is newer than src/ (the Excel double included) and webpack.config.js. */
export function buildWorkbench(): string {
  const sources = Math.max(newestMtime(join(ROOT, "src")), newestMtime(join(ROOT, "webpack.config.js")));
  const current = () => existsSync(STAMP) && statSync(STAMP).mtimeMs > sources;
  for (const started = Date.now(); !current(); sleep(1000)) {
    if (Date.now() - started > BUILD_TIMEOUT_MS) throw new Error("Timed out waiting for the workbench build");
    if (!takeLock()) continue;
    try {
      if (!current()) build();
    } finally {
      rmSync(LOCK, { force: true });
    }
  }
  return WORKBENCH_DIR;
}

function build(): void {
  rmSync(WORKBENCH_DIR, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
      "--mode",
      "development",
      "--env",
      "transpileOnly",
      "--output-path",
      WORKBENCH_DIR,
    ],
    { cwd: ROOT, stdio: "pipe" },
  );
  writeFileSync(STAMP, new Date().toISOString());
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
}
