/** `salespace init BOOK.xlsx [--lang zh|en] [--force]`: a new workbook with every template (SPEC §1). */
import { stat } from "node:fs/promises";
import { SalesPaceError } from "../../core/errors";
import { setUpWorkbook } from "../../core/actions";
import { dayFromIso, type Day } from "../../core/periods";
import type { Lang } from "../../core/schema/types";
import { createXlsxPort, type XlsxWorkbookPort } from "../../xlsx";
import { bookPath, flag, langOption, parse } from "../args";
import type { CliIo } from "../io";
import { progressReporter } from "../progress";

export const INIT_HELP = `Usage: salespace init BOOK.xlsx [--lang zh|en] [--force] [--quiet]

Creates a new workbook with every SalesPace template: master lists, targets, visit plan, daily report,
market report and complaints, with dropdowns, input messages, formats and frozen headers.

  --lang zh|en   workbook language (default: from LANG, else en)
  --force        overwrite BOOK.xlsx if it exists
  --quiet, -q    no progress on stderr
`;

/** The user's language from a POSIX locale (`zh_CN.UTF-8` → zh). */
export function langOfLocale(locale: string): Lang {
  return /^zh/i.test(locale) ? "zh" : "en";
}

/** Refuses to overwrite an existing file unless forced. */
export async function ensureNewFile(path: string, force: boolean): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing && !force) {
    throw new SalesPaceError(
      "OutputNotWritable",
      `${path}: already exists; pass --force to overwrite it.`,
      undefined,
      {
        path,
      },
    );
  }
}

/** A new in-memory workbook set up by the Set up workbook action (templates and settings). */
export async function setUpNewWorkbook(lang: Lang, io: CliIo): Promise<XlsxWorkbookPort> {
  const port = createXlsxPort();
  await setUpWorkbook.run({ port, today: dayFromIso(io.today()) as Day, lang }, { lang });
  return port;
}

export async function runInit(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse("init", args, { lang: { type: "string" }, force: { type: "boolean" } });
  if (flag(parsed, "help")) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const path = bookPath("init", parsed);
  const lang = langOption(parsed, langOfLocale(io.locale));
  await ensureNewFile(path, flag(parsed, "force"));
  const reporter = progressReporter(io, flag(parsed, "quiet"));
  const port = await setUpNewWorkbook(lang, io);
  reporter.step(`writing ${path}`);
  await port.save(path);
  if (!flag(parsed, "quiet")) io.stderr(`Created ${path} (${lang === "zh" ? "简体中文" : "English"}).\n`);
  return 0;
}
