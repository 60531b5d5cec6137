/** `salespace demo BOOK.xlsx [...]`: a set-up workbook filled with realistic sample data. */
import { CUSTOMERS_PER_PERSON, demoStartBefore, generateDemo } from "../../core/demo";
import { dayFromIso, type Day } from "../../core/periods";
import { TABLES } from "../../core/schema/tables";
import type { TableName } from "../../core/schema/types";
import {
  bookPath,
  dayOption,
  flag,
  integerOption,
  langOption,
  parse,
  rateOption,
  stringOption,
} from "../args";
import type { CliIo } from "../io";
import { progressReporter } from "../progress";
import { ensureNewFile, langOfLocale, setUpNewWorkbook } from "./init";

export const DEMO_HELP = `Usage: salespace demo BOOK.xlsx [--people N] [--days D] [--seed S] [--today YYYY-MM-DD]
                      [--start YYYY-MM-DD] [--messy RATE] [--lang zh|en] [--region R]
                      [--id-prefix P] [--force] [--quiet]

Creates a set-up workbook filled with realistic sample data (also the data for benchmarks).

  --people N     active salespeople (default 20)
  --customers N  customers in all, about (default: 20 per salesperson)
  --days D       working days of plans and reports (default 60)
  --seed S       random seed; the same options give the same workbook (default 1)
  --today DATE   the data ends on the last working day before this date (default: today)
  --start DATE   first day of the data instead (the data then runs D working days from it)
  --messy RATE   share of plan/report rows with a typing mistake, 0…1 (default 0)
  --lang zh|en   workbook language (default: from LANG, else en)
  --region R     one regional book of a company: every salesperson in region R (华东 East China,
                 华南 South China, 华北 North China, 西南 Southwest, 华中 Central China, …), with
                 people and customers of its own; books of one --seed share their products
  --id-prefix P  put P before every salesperson and customer ID (default with --region: the
                 region's code, e.g. SC for South China)
  --force        overwrite BOOK.xlsx if it exists
`;

/** The tables with a row per visit: streamed into the file, not held in exceljs's model. */
const STREAMED: readonly TableName[] = ["VisitPlan", "DailyReport"];

export async function runDemo(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse("demo", args, {
    people: { type: "string" },
    customers: { type: "string" },
    days: { type: "string" },
    seed: { type: "string" },
    start: { type: "string" },
    today: { type: "string" },
    messy: { type: "string" },
    lang: { type: "string" },
    region: { type: "string" },
    "id-prefix": { type: "string" },
    force: { type: "boolean" },
  });
  if (flag(parsed, "help")) {
    io.stdout(DEMO_HELP);
    return 0;
  }
  const path = bookPath("demo", parsed);
  const people = integerOption(parsed, "people", 20, 1);
  const customers = integerOption(parsed, "customers", people * CUSTOMERS_PER_PERSON, 1);
  const customersPerPerson = Math.max(1, Math.round(customers / people));
  const days = integerOption(parsed, "days", 60, 1);
  const seed = integerOption(parsed, "seed", 1, 0);
  const messy = rateOption(parsed, "messy", 0);
  const lang = langOption(parsed, langOfLocale(io.locale));
  const today = dayOption(parsed, "today") ?? (dayFromIso(io.today()) as Day);
  const start = dayOption(parsed, "start") ?? demoStartBefore(today, days);
  const region = stringOption(parsed, "region");
  const idPrefix = stringOption(parsed, "id-prefix");
  await ensureNewFile(path, flag(parsed, "force"));

  const reporter = progressReporter(io, flag(parsed, "quiet"));
  reporter.step(`generating ${people} salespeople × ${days} days`);
  const data = generateDemo({ people, days, seed, start, messy, lang, region, idPrefix, customersPerPerson });
  const port = await setUpNewWorkbook(lang, io);
  for (const table of TABLES.filter((t) => !STREAMED.includes(t.name))) {
    reporter.step(`writing ${table.name} (${data.tables[table.name].length} rows)`);
    await port.appendRows(table.name, data.tables[table.name]);
  }
  reporter.step(`saving ${path}`);
  await port.saveAppending(path, Object.fromEntries(STREAMED.map((t) => [t, data.tables[t]])), (p) =>
    reporter.progress(p),
  );
  if (!flag(parsed, "quiet")) {
    const rows = data.tables.DailyReport.length;
    const where = region === undefined ? "" : ` in ${data.tables.Salespeople[0][2]}`;
    io.stderr(
      `Created ${path}: ${people} salespeople${where}, ${days} working days, ${rows} daily-report rows.\n`,
    );
  }
  return 0;
}
