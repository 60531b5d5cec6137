/**
 * `salespace consolidate OUT.xlsx BOOK.xlsx…` (SPEC §9): one company workbook over regional or yearly
 * workbooks, read one at a time by streaming; only sums are kept between books. The inputs are only
 * read; OUT is written atomically, and not at all when a book cannot be read.
 */
import { loadBook, rollupPeriod } from "../../core/actions";
import {
  buildCompanyPlans,
  type CompanyModels,
  CompanyRollup,
  describeDisagreement,
  MAX_FACT_ROWS,
} from "../../core/consolidate";
import { SalesPaceError } from "../../core/errors";
import { translate } from "../../core/i18n";
import { isoOfDay } from "../../core/periods";
import { defaultSettings } from "../../core/settings";
import { SCHEMA_VERSION } from "../../core/schema/tables";
import { openXlsxReader } from "../../xlsx";
import { writeCompanyWorkbook, type CoverSheet } from "../../xlsx/companyFile";
import { dayOption, flag, langOption, parse, stringOption } from "../args";
import { contextFor } from "../book";
import type { CliIo } from "../io";
import { progressReporter } from "../progress";
import { bookLabels, bookPaths, namingBook } from "./books";
import { customersJson } from "./customersJson";
import { scorecardJson, weeklyJson } from "./rollup";

/** Warnings beyond these go to the company workbook's first sheet and --json only. */
const MAX_WARNINGS_SHOWN = 20;

export const CONSOLIDATE_HELP = `Usage: salespace consolidate OUT.xlsx BOOK.xlsx… [--period P] [--as-of YYYY-MM-DD] [--lang zh|en] [--json] [--quiet]

Writes OUT.xlsx, a company workbook over every BOOK.xlsx (one per region or per year): Scorecard with
each region and a company total, PivotTables' facts (summed by salesperson, customer, product and day),
Efficiency, Weekly report and Customers (ABC classes, lifetime value, churn over every book's rows).
Its figures are values: the data stays in the books, which are only read. People, customers and
products are matched by name; where books disagree a warning names both.

  --period P     2026, 2026-Q4, 2026-11 or 2026-W48 (default: the month of --as-of)
  --as-of DATE   the day the figures are as of (default: today)
  --lang zh|en   the company workbook's language (default: the first book's)
  --json         also print the figures, the books and the disagreements as JSON on stdout

Exit status: 0 done (warnings included), 2 a book cannot be read or lacks a table (nothing is written).
`;

function cover(models: CompanyModels): CoverSheet {
  const { lang, books, disagreements } = models;
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return {
    name: lang === "zh" ? "工作簿" : "Books",
    title: t("company.booksTitle"),
    blocks: [
      [
        [t("company.book"), t("company.language"), t("company.reportRows"), t("company.salespeople")],
        ...books.map((b) => [b.label, b.lang, b.reportRows, b.salespeople]),
      ],
      [
        [t("company.disagreementsTitle")],
        ...(disagreements.length === 0
          ? [[t("company.noDisagreements")]]
          : disagreements.map((d) => [describeDisagreement(lang, d)])),
      ],
    ],
  };
}

export async function runConsolidate(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse("consolidate", args, {
    period: { type: "string" },
    "as-of": { type: "string" },
    lang: { type: "string" },
    json: { type: "boolean" },
  });
  if (flag(parsed, "help")) {
    io.stdout(CONSOLIDATE_HELP);
    return 0;
  }
  const { out, books } = bookPaths("consolidate", parsed.positionals);
  const lang = stringOption(parsed, "lang") === undefined ? undefined : langOption(parsed, "en");
  const periodText = stringOption(parsed, "period");
  const asOfOption = dayOption(parsed, "as-of");
  if (periodText !== undefined) rollupPeriod(periodText, asOfOption ?? 0);
  const reporter = progressReporter(io, flag(parsed, "quiet"));

  let company: CompanyRollup | null = null;
  const labels = bookLabels(books);
  for (const [i, path] of books.entries()) {
    reporter.step(`reading ${path} (${i + 1} of ${books.length})`);
    try {
      const port = openXlsxReader(path, (p) => reporter.progress(p));
      const ctx = await contextFor(port, io, (p) => reporter.progress(p));
      const asOf = asOfOption ?? ctx.today;
      company ??= new CompanyRollup(rollupPeriod(periodText, asOf), asOf);
      company.addBook(labels[i], await loadBook(ctx, await port.inspect()));
    } catch (error) {
      throw namingBook(path, error);
    }
  }
  const models = company!.finish(lang);
  if (models.facts.length > MAX_FACT_ROWS) {
    throw new SalesPaceError(
      "BadPeriod",
      `The facts for ${models.period.text} hold ${models.facts.length} rows, more than one sheet holds (${MAX_FACT_ROWS}); consolidate a shorter period (a quarter or a month).`,
    );
  }
  const shown = models.disagreements.slice(0, MAX_WARNINGS_SHOWN);
  for (const d of shown)
    io.stderr(`salespace consolidate: warning: ${describeDisagreement(models.lang, d)}\n`);
  if (models.disagreements.length > shown.length) {
    io.stderr(
      `salespace consolidate: warning: ${models.disagreements.length - shown.length} more disagreements; all are listed on the first sheet of ${out} and in --json.\n`,
    );
  }
  reporter.step(`writing ${out}`);
  await writeCompanyWorkbook(
    out,
    cover(models),
    defaultSettings(models.lang, SCHEMA_VERSION),
    buildCompanyPlans(models),
  );
  if (flag(parsed, "json")) {
    const json = {
      period: models.period.text,
      asOf: isoOfDay(models.asOf),
      scorecard: scorecardJson(models.scorecard),
      efficiency: models.efficiency,
      weekly: weeklyJson(models.weekly),
      customers: customersJson(models.customers),
      books: models.books.map((b) => ({
        book: b.label,
        lang: b.lang,
        reportRows: b.reportRows,
        salespeople: b.salespeople,
      })),
      disagreements: models.disagreements.map((d) => ({
        ...d,
        message: describeDisagreement(models.lang, d),
      })),
    };
    io.stdout(JSON.stringify(json) + "\n");
  } else {
    const { books: read, index, customers, facts, disagreements } = models;
    const classes = customers.classes.map((c) => `${c.class} ${c.customers}`).join(" · ");
    io.stdout(
      `Wrote ${out}: ${read.length} workbook(s), ${index.names("regions").length} region(s), ` +
        `${index.names("salespeople").length} salespeople, ${customers.lines.length} customers ` +
        `(${classes}), ${facts.length} facts rows; ${disagreements.length} disagreement(s).\n`,
    );
  }
  return 0;
}
