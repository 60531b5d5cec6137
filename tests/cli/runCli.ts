/** Runs `salespace` in-process with captured output and a fixed clock. */
import { main } from "../../src/cli/main";
import type { CliIo } from "../../src/cli/io";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  args: readonly string[],
  options: { today?: string; locale?: string; secondsPerClockReading?: number } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  let now = 0;
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    today: () => options.today ?? "2026-11-27",
    // A still clock means "fast": no progress lines. Tests of progress make every reading a second later.
    clock: () => (now += 1000 * (options.secondsPerClockReading ?? 0)),
    locale: options.locale ?? "en_US.UTF-8",
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
