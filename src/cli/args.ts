/** Command-line options, parsed with node:util parseArgs; a bad option is a BadArgument (exit 2). */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { SalesPaceError } from "../core/errors";
import { closest } from "../core/lists";
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

/**
 * What was wrong with the options, in a sentence: an unknown option with the closest known one
 * ("unknown option --perod; did you mean --period?"), or a value missing or not wanted.
 */
function optionProblem(command: string, error: unknown, options: Options): string {
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  const help = `see "salespace ${command} --help"`;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const typed = quoted.replace(/=.*$/, "");
    const known = Object.keys(options).map((name) => `--${name}`);
    const near = closest(known, typed);
    return near === null
      ? `unknown option ${typed}; ${help}.`
      : `unknown option ${typed}; did you mean ${near}?`;
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const name = quoted.split(" ")[0];
    const type = options[name.replace(/^-+/, "")]?.type;
    return type === "boolean"
      ? `${name} takes no value; ${help}.`
      : `${name} needs a value, e.g. ${name} ${EXAMPLES[name] ?? "VALUE"}.`;
  }
  return `${message.replace(/\.$/, "")}; ${help}.`;
}

const EXAMPLES: Readonly<Record<string, string>> = {
  "--period": "2026-11",
  "--as-of": "2026-11-20",
  "--today": "2026-11-20",
  "--start": "2026-09-01",
  "--out": "OUT.xlsx",
  "--lang": "zh",
  "--people": "20",
  "--days": "60",
  "--seed": "1",
  "--messy": "0.05",
  "--region": "华南",
  "--id-prefix": "SC",
  "--to": "facts.parquet",
};

/** Parses `args` against `options` (plus --help and --quiet). */
export function parse(command: string, args: readonly string[], options: Options): Parsed {
  const all: Options = {
    ...options,
    help: { type: "boolean", short: "h" },
    quiet: { type: "boolean", short: "q" },
  };
  try {
    const { positionals, values } = parseArgs({
      args: [...args],
      options: all,
      allowPositionals: true,
      strict: true,
    });
    return { positionals, values: values as Parsed["values"] };
  } catch (error) {
    throw bad(optionProblem(command, error, all));
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
