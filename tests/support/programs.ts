/**
 * Tests that need a real program (Chromium for the task pane, LibreOffice for formulas) use
 * `describeWith(program)`: when the program is absent the suite is skipped with a printed reason —
 * except under CI=true, where absence fails the run (CI installs both; a silent skip there would hide
 * a missing install step).
 */
import { existsSync } from "fs";
import { execFileSync } from "child_process";

export type Program = "chromium" | "soffice";

const CANDIDATES: Record<Program, readonly string[]> = {
  chromium: ["/usr/bin/chromium", "/usr/bin/chromium-browser"],
  soffice: ["/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"],
};

const INSTALL: Record<Program, string> = {
  chromium: "apt-get install -y chromium",
  soffice: "apt-get install -y libreoffice-calc",
};

/** Absolute path of the program, or null when it is not installed. */
export function findProgram(program: Program): string | null {
  for (const path of CANDIDATES[program]) if (existsSync(path)) return path;
  try {
    const found = execFileSync("sh", ["-c", `command -v ${program}`], { encoding: "utf8" }).trim();
    return found || null;
  } catch {
    return null;
  }
}

/** True when running under CI (`CI=true`), where every test must really run. */
export function inCI(): boolean {
  return process.env.CI === "true";
}

/**
 * The program's path, or — when absent — a printed reason and `null` (the caller skips).
 * @throws Error under CI=true when the program is absent.
 */
export function requireProgram(program: Program): string | null {
  const path = findProgram(program);
  if (path) return path;
  const reason = `${program} is not installed (${INSTALL[program]})`;
  if (inCI()) throw new Error(`${reason}: CI=true requires it, so the tests that need it cannot be skipped.`);
  console.warn(`Skipping tests that need ${program}: ${reason}.`);
  return null;
}

/**
 * `describe` when the program exists, otherwise a skipped describe with the reason printed
 * (and a failure under CI=true). The body receives the program's path.
 */
export function describeWith(program: Program, name: string, body: (path: string) => void): void {
  const path = requireProgram(program);
  if (path) describe(name, () => body(path));
  else describe.skip(`${name} (skipped: ${program} not installed)`, () => body(""));
}
