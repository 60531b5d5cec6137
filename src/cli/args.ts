/** Command-line options, parsed with node:util parseArgs; a bad option is a BadArgument (exit 2). */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { SalesPaceError } from "../core/errors";
import { dayFromIso, type Day } from "../core/periods";
import type { Lang } from "../core/schema/types";

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface Parsed {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | undefined>;
}

function bad(message: string): SalesPaceError {
  return new SalesPaceError("BadArgument", message);
}

/** Parses `args` against `options` (plus --help and --quiet). */
export function parse(command: string, args: readonly string[], options: Options): Parsed {
  try {
    const { positionals, values } = parseArgs({
      args: [...args],
      options: { ...options, help: { type: "boolean", short: "h" }, quiet: { type: "boolean", short: "q" } },
      allowPositionals: true,
      strict: true,
    });
    return { positionals, values: values as Parsed["values"] };
  } catch (error) {
    throw bad(`${command}: ${(error as Error).message.split("\n")[0]}`);
  }
}

/** The one BOOK.xlsx argument. */
export function bookPath(command: string, parsed: Parsed): string {
  if (parsed.positionals.length !== 1) {
    throw bad(`${command} needs exactly one workbook, e.g. "salespace ${command} BOOK.xlsx" (see --help).`);
  }
  const path = parsed.positionals[0];
  if (!/\.xlsx$/i.test(path)) throw bad(`${path}: not an .xlsx file name.`);
  return path;
}

export function stringOption(parsed: Parsed, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(parsed: Parsed, name: string): boolean {
  return parsed.values[name] === true;
}

/** An ISO date option (`--as-of 2026-11-20`). */
export function dayOption(parsed: Parsed, name: string): Day | undefined {
  const text = stringOption(parsed, name);
  if (text === undefined) return undefined;
  const day = dayFromIso(text);
  if (day === null) throw bad(`--${name} ${text}: not a date; write it as YYYY-MM-DD.`);
  return day;
}

export function integerOption(parsed: Parsed, name: string, fallback: number, min: number): number {
  const text = stringOption(parsed, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    throw bad(`--${name} ${text}: needs a whole number of at least ${min}.`);
  return n;
}

export function rateOption(parsed: Parsed, name: string, fallback: number): number {
  const text = stringOption(parsed, name);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!(n >= 0 && n <= 1)) throw bad(`--${name} ${text}: needs a share between 0 and 1, e.g. 0.05.`);
  return n;
}

export function langOption(parsed: Parsed, fallback: Lang): Lang {
  const text = stringOption(parsed, "lang");
  if (text === undefined) return fallback;
  if (text !== "zh" && text !== "en") throw bad(`--lang ${text}: use zh or en.`);
  return text;
}
