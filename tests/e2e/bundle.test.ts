/**
 * The production build as users download it: the task pane's first load stays within its budget
 * (180 KB gzipped), lazy chunks are separate, and the development workbench is not in it.
 */
import { execFileSync } from "child_process";
import { readFileSync, readdirSync, rmSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

const ROOT = join(__dirname, "..", "..");
const OUT = join(ROOT, "tests", "artifacts", "production");
/** 180 KB as webpack reports sizes (KiB). Fluent v9 with a DataGrid alone is ~123 KB. */
const BUDGET_BYTES = 180 * 1024;

describe("production task pane bundle", () => {
  jest.setTimeout(400000);
  let files: string[] = [];

  beforeAll(() => {
    rmSync(OUT, { recursive: true, force: true });
    execFileSync(
      process.execPath,
      [
        join(ROOT, "node_modules", "webpack", "bin", "webpack.js"),
        "--mode",
        "production",
        "--output-path",
        OUT,
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
    files = readdirSync(OUT);
  }, 400000);

  it("loads at most 180 KB of gzipped JavaScript when the pane opens", () => {
    // The built HTML is minified: attribute values may come without quotes.
    const html = readFileSync(join(OUT, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+\.js)/g)]
      .map((m) => m[1])
      .filter((src) => !src.startsWith("https://"));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce(
      (sum, src) => sum + gzipSync(readFileSync(join(OUT, src)), { level: 6 }).length,
      0,
    );
    console.log(`task pane first load: ${(gzipped / 1024).toFixed(1)} KiB gzipped (${scripts.join(", ")})`);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("keeps the sample-data generator in a chunk of its own, loaded on demand", () => {
    expect(files.some((f) => /^sample\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);
  });

  it("does not contain the workbench or the Excel test double", () => {
    expect(files.filter((f) => /workbench/i.test(f))).toEqual([]);
    const js = files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(OUT, f), "utf8"));
    expect(js.some((text) => text.includes("Excel double:"))).toBe(false);
  });
});
