/**
 * Builds the workbench (development mode, never in dist/) into tests/artifacts/workbench, once per change:
 * a stamp file newer than every source file means the build is current, so several test files share it.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
export const WORKBENCH_DIR = join(ROOT, "tests", "artifacts", "workbench");
export const SCREENSHOT_DIR = join(ROOT, "tests", "artifacts", "screenshots");
const STAMP = join(WORKBENCH_DIR, ".built");

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Builds the workbench unless the last build is newer than src/, tests/support/excel and webpack.config.js. */
export function buildWorkbench(): string {
  const sources = Math.max(
    newestMtime(join(ROOT, "src")),
    newestMtime(join(ROOT, "tests", "support", "excel")),
    newestMtime(join(ROOT, "webpack.config.js")),
  );
  if (existsSync(STAMP) && statSync(STAMP).mtimeMs > sources) return WORKBENCH_DIR;
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
  return WORKBENCH_DIR;
}
