/**
 * Figure 1: the core on demo data (SPEC §5: 200 salespeople × 250 working days ≈ 400,000 report rows,
 * 1 % messy) — read, validate, scorecard (month, year), efficiency — next to two baselines over the same
 * typed rows: a bare loop summing order amount by salesperson and month (the floor) and arquero doing
 * the same group-by.
 *
 * Usage (bench/run.js does this): node --expose-gc --trace-gc core.js --scale 1 --runs 5 --out FILE
 */
import * as aq from "arquero";
import { NUMBER_SETTINGS } from "../../src/core/settings";
import { demoRawTables, generateDemo } from "../../src/core/demo";
import { buildMasterIndex } from "../../src/core/lists";
import { buildEfficiency, buildScorecard } from "../../src/core/metrics";
import type { DailyReportRow } from "../../src/core/model";
import { buildCalendar, dayFromYmd, periodOf, type Day } from "../../src/core/periods";
import { readBook } from "../../src/core/read";
import { validateBook } from "../../src/core/validate";
import { floorSums, monthTable } from "./floor";
import { BenchChild, argument } from "./measure";

const FULL_PEOPLE = 200;
const DAYS = 250;
const LANG = "zh";

/** Baseline B: the same group-by sums in arquero, from the same typed rows. */
function arqueroSums(rows: readonly DailyReportRow[], months: Int32Array, from: Day): number {
  const monthOf = (date: number | null) => (date === null ? null : months[date - from]);
  const table = aq
    .from(rows as unknown as object[], ["salesperson", "date", "orderAmount"])
    .filter(
      (d: { salesperson: string | null; date: number | null }) => d.salesperson !== null && d.date !== null,
    )
    .derive({ month: aq.escape((d: { date: number | null }) => monthOf(d.date)) })
    .groupby("salesperson", "month")
    .rollup({ sales: aq.op.sum("orderAmount") });
  return table.numRows();
}

function main(): void {
  const scale = Number(argument("scale", "1"));
  const runs = Number(argument("runs", "5"));
  const bench = new BenchChild(runs);
  const people = Math.round(FULL_PEOPLE * scale);
  const options = {
    people,
    days: DAYS,
    seed: 1,
    start: dayFromYmd(2025, 12, 1),
    messy: 0.01,
    lang: LANG,
  } as const;

  const generateStart = performance.now();
  const demo = generateDemo(options);
  bench.info("generateDemoMs", performance.now() - generateStart);
  const raws = demoRawTables(demo, LANG);
  const reportRows = demo.tables.DailyReport.length;
  bench.info("people", people);
  bench.info("dailyReportRows", reportRows);
  bench.info("visitPlanRows", demo.tables.VisitPlan.length);

  const { book, findings: readFindings } = bench.time("core.read", reportRows, () => readBook(raws));
  const index = buildMasterIndex(book);
  const calendar = buildCalendar(book.calendar);
  const dates = book.dailyReport.map((r) => r.date).filter((d): d is Day => d !== null);
  const from = dates.reduce((a, b) => Math.min(a, b));
  const to = dates.reduce((a, b) => Math.max(a, b));
  const asOf = to;
  bench.info("asOf", asOf);

  const findings = bench.time("core.validate", reportRows, () =>
    validateBook({
      book,
      readFindings,
      index,
      calendar,
      today: asOf + 1,
      signOffOverdueDays: NUMBER_SETTINGS.signOffOverdueDays.default,
    }),
  );
  bench.info("findings", findings.length);

  const month = periodOf("month", asOf);
  const year = periodOf("year", asOf);
  bench.time("core.scorecard.month", reportRows, () =>
    buildScorecard({ book, index, calendar, period: month, asOf }),
  );
  bench.time("core.scorecard.year", reportRows, () =>
    buildScorecard({ book, index, calendar, period: year, asOf }),
  );
  bench.time("core.efficiency.month", reportRows, () =>
    buildEfficiency({ book, index, calendar, from: year.start, to: asOf, by: "month" }),
  );

  const months = monthTable(from, to);
  const floor = bench.time("baseline.floor", reportRows, () => floorSums(book.dailyReport, months, from));
  const groups = bench.time("baseline.arquero", reportRows, () =>
    arqueroSums(book.dailyReport, months, from),
  );
  if (groups !== floor.size) throw new Error(`arquero found ${groups} groups, the floor ${floor.size}`);

  bench.save(argument("out", "core.json"));
}

main();
