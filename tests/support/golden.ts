/**
 * Golden files: `expectGolden("setup-en", plan)` compares `plan` with tests/fixtures/plan/setup-en.json.
 * A missing golden is written (outside CI) and the test FAILS, printing the path and the output, so a
 * new expectation is always reviewed before it is committed. Under CI=true nothing is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join } from "path";

export const GOLDEN_DIR = join(__dirname, "..", "fixtures", "plan");

/** The JSON text a value is stored as (stable: 2-space indent, trailing newline). */
export function goldenText(actual: unknown): string {
  return `${JSON.stringify(actual, null, 2)}\n`;
}

export function goldenPath(name: string): string {
  return join(GOLDEN_DIR, `${name}.json`);
}

/** Compares `actual` with its golden file; see the module comment for a missing one. */
export function expectGolden(name: string, actual: unknown): void {
  const file = goldenPath(name);
  const text = goldenText(actual);
  if (!existsSync(file)) {
    const ci = process.env.CI === "true";
    if (!ci) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    const preview = text.length > 4000 ? `${text.slice(0, 4000)}\n… (${text.length} characters)` : text;
    throw new Error(
      `Golden file ${file} is missing; ${ci ? "not written under CI=true" : "it has been written"}. ` +
        `Review it and commit it. Actual output:\n${preview}`,
    );
  }
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(file, "utf8")));
}
