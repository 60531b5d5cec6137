/**
 * What a command may touch outside the core: its output streams, the clock and the environment.
 * main() gets the real ones; tests pass their own, so a command runs in-process without globals.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Today's date as the user's clock says, `YYYY-MM-DD`. */
  readonly today: () => string;
  /** Monotonic milliseconds, for progress. */
  readonly clock: () => number;
  /** The user's language preference (`LANG`), for init's default workbook language. */
  readonly locale: string;
}

/** The process's own streams, clock and locale. */
export function processIo(): CliIo {
  // `salespace validate BOOK.xlsx | head` closes the pipe early: that ends the output, it is no failure.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`salespace: cannot write the output: ${error.message}\n`);
    process.exit(3);
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => {
      const now = new Date();
      const pad = (n: number): string => String(n).padStart(2, "0");
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
    clock: () => performance.now(),
    locale: process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "",
  };
}
