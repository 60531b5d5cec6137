/**
 * `salespace export BOOK.xlsx… --to FACTS.parquet` (SPEC §9): the row-level facts of every book as one
 * Parquet file for Power BI, DuckDB or Spark. Books are read one at a time; the file is written
 * beside the target and renamed over it, so a failure leaves no half-written file.
 */
import { loadBook } from "../../core/actions";
import { bookFacts, CompanyClasses } from "../../core/consolidate";
import { SalesPaceError } from "../../core/errors";
import { openXlsxReader, writeAtomically } from "../../xlsx";
import { dayFromIso, type Day } from "../../core/periods";
import { dayOption, flag, parse, stringOption } from "../args";
import { contextFor } from "../book";
import type { CliIo } from "../io";
import { FactsParquetFile } from "../parquetFile";
import { progressReporter } from "../progress";
import { bookLabels, inputBooks, namingBook } from "./books";

export const EXPORT_HELP = `Usage: salespace export BOOK.xlsx… --to FACTS.parquet [--as-of YYYY-MM-DD] [--quiet]

Writes the row-level facts of every BOOK.xlsx as one Parquet file: one row per DailyReport row
(kind = report: book, date, salesperson, region, customer, customer_class, product, order_amount,
gross_margin as resolved, collection, new_outlet, expense, visit) and one per target and working day
(kind = target: book, date, salesperson, region, product, metric, target = that day's share).
customer_class is the customer's ABC class over all the books' rows as of --as-of, as the Customers
sheet of salespace consolidate with that --as-of shows it; each book is read twice (once to class the
customers). The books are only read.

  --as-of DATE   the day the customer classes are as of (default: today)

Exit status: 0 done, 2 a book cannot be read or lacks a table, or FACTS.parquet cannot be written.
`;

export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse("export", args, { to: { type: "string" }, "as-of": { type: "string" } });
  if (flag(parsed, "help")) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  const to = stringOption(parsed, "to");
  if (to === undefined || !/\.parquet$/i.test(to)) {
    throw new SalesPaceError("BadArgument", "export needs --to FACTS.parquet (a .parquet file name).");
  }
  const books = inputBooks("export", parsed.positionals, to);
  const labels = bookLabels(books);
  const reporter = progressReporter(io, flag(parsed, "quiet"));
  const read = async (i: number) => {
    const path = books[i];
    try {
      const port = openXlsxReader(path, (p) => reporter.progress(p));
      const ctx = await contextFor(port, io, (p) => reporter.progress(p));
      return await loadBook(ctx, await port.inspect());
    } catch (error) {
      throw namingBook(path, error);
    }
  };
  // Classes need every book's trailing sales: a first pass keeps one account per customer only.
  const classes = new CompanyClasses(dayOption(parsed, "as-of") ?? (dayFromIso(io.today()) as Day));
  for (const [i, path] of books.entries()) {
    reporter.step(`classing customers: reading ${path} (${i + 1} of ${books.length})`);
    classes.addBook(labels[i], await read(i));
  }
  const classOf = classes.finish();
  let rows = 0;
  await writeAtomically(to, async (temp) => {
    const file = await FactsParquetFile.create(temp);
    for (const [i, path] of books.entries()) {
      reporter.step(`reading ${path} (${i + 1} of ${books.length})`);
      try {
        const facts = bookFacts(labels[i], await read(i), classOf);
        rows += facts.kind.length;
        file.append(facts);
      } catch (error) {
        throw namingBook(path, error);
      }
    }
    file.finish();
  });
  io.stdout(`Wrote ${to}: ${rows} rows from ${books.length} workbook(s).\n`);
  return 0;
}
