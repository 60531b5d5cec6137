/** `salespace validate BOOK.xlsx [--json] [--today YYYY-MM-DD]`: the findings of SPEC §2. */
import { checkWorkbook } from "../../core/actions";
import { tableDef } from "../../core/schema/tables";
import type { Lang } from "../../core/schema/types";
import { describeFinding } from "../../core/validate";
import type { Finding } from "../../core/validate/finding";
import { openXlsxReader } from "../../xlsx";
import { bookPath, dayOption, flag, parse } from "../args";
import { contextFor } from "../book";
import type { CliIo } from "../io";
import { progressReporter } from "../progress";

export const VALIDATE_HELP = `Usage: salespace validate BOOK.xlsx [--json] [--today YYYY-MM-DD] [--quiet]

Checks every template table (SPEC §2: errors E01–E08, warnings W01–W09) and lists the findings with
their sheet, row and column, in the workbook's language. The workbook is only read.

  --json         print {"findings":[…],"counts":{"error":N,"warning":M}} on stdout
  --today DATE   the date "future" and "overdue" are measured from (default: today)

Exit status: 0 no errors (warnings alone are fine), 1 errors found, 2 bad input.
`;

export interface FindingJson {
  readonly code: string;
  readonly severity: string;
  readonly table: string;
  readonly row: number | null;
  readonly column: string | null;
  readonly value: string | number | boolean | null;
  readonly message: string;
  readonly suggestion: string | null;
}

function columnHeader(lang: Lang, f: Finding): string {
  if (f.column === null) return "";
  const column = tableDef(f.table).columns.find((c) => c.key === f.column);
  return column ? column.header[lang] : f.column;
}

/** Columns a text takes in a terminal: Chinese characters and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return width;
}

function humanListing(lang: Lang, findings: readonly Finding[]): string {
  const rows = findings.map((f) => [
    f.code,
    tableDef(f.table).sheet[lang],
    f.row === null ? "" : String(f.row),
    columnHeader(lang, f),
    describeFinding(lang, f) + (f.suggestion !== null ? `  → ${f.suggestion}` : ""),
  ]);
  const head =
    lang === "zh" ? ["代码", "工作表", "行", "列", "说明"] : ["Code", "Sheet", "Row", "Column", "Message"];
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + " ".repeat(widths[i] - displayWidth(c))))
      .join("  ");
  return [line(head), ...rows.map(line)].join("\n") + "\n";
}

export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse("validate", args, { json: { type: "boolean" }, today: { type: "string" } });
  if (flag(parsed, "help")) {
    io.stdout(VALIDATE_HELP);
    return 0;
  }
  const path = bookPath("validate", parsed);
  const reporter = progressReporter(io, flag(parsed, "quiet"));
  const port = openXlsxReader(path, (p) => reporter.progress(p));
  reporter.step("reading the workbook");
  const ctx = await contextFor(port, io, (p) => reporter.progress(p));
  const today = dayOption(parsed, "today") ?? ctx.today;
  const result = await checkWorkbook.run({ ...ctx, today }, {});
  const { findings, counts, lang } = result;
  if (flag(parsed, "json")) {
    const json: FindingJson[] = findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      table: f.table,
      row: f.row,
      column: f.column,
      value: f.value,
      message: describeFinding(lang, f),
      suggestion: f.suggestion,
    }));
    io.stdout(JSON.stringify({ findings: json, counts }) + "\n");
  } else {
    if (findings.length > 0) io.stdout(humanListing(lang, findings));
    io.stdout(
      lang === "zh"
        ? `${counts.error} 个错误，${counts.warning} 个警告。\n`
        : `${counts.error} error(s), ${counts.warning} warning(s).\n`,
    );
  }
  return counts.error > 0 ? 1 : 0;
}
