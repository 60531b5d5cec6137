/**
 * Figure 6: customer management at scale (issue #13 item 7): 20,000 customers (200 salespeople × about
 * 100 each) with about 400,000 report rows — `computeCustomers` for a month and a year (what the
 * Customers sheet, the Weekly report lines and `rollup --json` show), next to the floor of figure 1 (a
 * bare loop summing order amount by salesperson × month over the same typed rows), measured in the same
 * process.
 *
 * Usage (bench/run.js does this): node --expose-gc --trace-gc customers.js --customers-per-person 100 --runs 5 --out FILE
 */
import { demoRawTables, generateDemo } from "../../src/core/demo";
import { buildMasterIndex } from "../../src/core/lists";
import { computeCustomers } from "../../src/core/metrics";
import { customerThresholds } from "../../src/core/metrics/customers/thresholds";
import { buildCalendar, dayFromYmd, periodOf, type Day } from "../../src/core/periods";
import { readBook } from "../../src/core/read";
import { floorSums, monthTable } from "./floor";
import { BenchChild, argument } from "./measure";

function main(): void {
  const runs = Number(argument("runs", "5"));
  const customersPerPerson = Number(argument("customers-per-person", "100"));
  const bench = new BenchChild(runs);
  const lang = "zh";
  const demo = generateDemo({
    people: 200,
    days: 250,
    seed: 1,
    start: dayFromYmd(2025, 12, 1),
    messy: 0.01,
    lang,
    customersPerPerson,
  });
  const { book } = readBook(demoRawTables(demo, lang));
  const reportRows = book.dailyReport.length;
  bench.info("customers", book.customers.length);
  bench.info("dailyReportRows", reportRows);
  const index = buildMasterIndex(book);
  const calendar = buildCalendar(book.calendar);
  const dates = book.dailyReport.map((r) => r.date).filter((d): d is Day => d !== null);
  const from = dates.reduce((a, b) => Math.min(a, b));
  const asOf = dates.reduce((a, b) => Math.max(a, b));
  const thresholds = customerThresholds();
  for (const kind of ["month", "year"] as const) {
    const view = periodOf(kind, asOf);
    bench.time(`core.customers.${kind}`, reportRows, () =>
      computeCustomers({ book, index, calendar, view, asOf, thresholds }),
    );
  }
  const months = monthTable(from, asOf);
  bench.time("baseline.floor", reportRows, () => floorSums(book.dailyReport, months, from));
  bench.save(argument("out", "customers.json"));
}

main();
