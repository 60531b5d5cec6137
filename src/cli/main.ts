/**
 * `salespace`: the SalesPace core over .xlsx files, for admins, scheduled jobs and machines without
 * Excel (SPEC §7). One line on stderr and exit 2 for bad input; the input file is never half-written.
 */
import { isSalesPaceError } from "../core/errors";
import { CONSOLIDATE_HELP, runConsolidate } from "./commands/consolidate";
import { DEMO_HELP, runDemo } from "./commands/demo";
import { EXPORT_HELP, runExport } from "./commands/export";
import { INIT_HELP, runInit } from "./commands/init";
import { ROLLUP_HELP, runRollup } from "./commands/rollup";
import { runValidate, VALIDATE_HELP } from "./commands/validate";
import { type CliIo, processIo } from "./io";

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, { run: Command; help: string }>> = {
  init: { run: runInit, help: INIT_HELP },
  demo: { run: runDemo, help: DEMO_HELP },
  validate: { run: runValidate, help: VALIDATE_HELP },
  rollup: { run: runRollup, help: ROLLUP_HELP },
  consolidate: { run: runConsolidate, help: CONSOLIDATE_HELP },
  export: { run: runExport, help: EXPORT_HELP },
};

export const USAGE = `Usage: salespace <command> BOOK.xlsx [options]

Commands:
  init BOOK.xlsx [--lang zh|en]                    a new workbook with every template
  demo BOOK.xlsx [--people N --days D --seed S]    a set-up workbook with sample data
  validate BOOK.xlsx [--json]                      check the data (exit 1 when errors exist)
  rollup BOOK.xlsx [--period P --as-of DATE]       rebuild the rollup sheets [--out OUT.xlsx] [--json]
  consolidate OUT.xlsx BOOK.xlsx… [--period P]     a company workbook over many books [--json]
  export BOOK.xlsx… --to FACTS.parquet             row-level facts for Power BI, DuckDB, Spark

Run "salespace <command> --help" for a command's options.
Exit status: 0 done, 1 validation errors, 2 bad input, 3 internal error.
`;

/** Exit status for bad input (a file that is not a workbook, a missing table, a bad option…). */
export const EXIT_BAD_INPUT = 2;
export const EXIT_INTERNAL = 3;

/** Runs one command line; returns the exit status. Never throws. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name === undefined ? EXIT_BAD_INPUT : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(
      `salespace: unknown command "${name}"; use init, demo, validate, rollup, consolidate or export (see --help).\n`,
    );
    return EXIT_BAD_INPUT;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (isSalesPaceError(error)) {
      io.stderr(`salespace ${name}: ${error.message.replace(/\s*\n\s*/g, " ")}\n`);
      return EXIT_BAD_INPUT;
    }
    io.stderr(
      `salespace ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (error instanceof Error && error.stack && process.env.SALESPACE_DEBUG) io.stderr(`${error.stack}\n`);
    return EXIT_INTERNAL;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
