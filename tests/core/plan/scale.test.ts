/**
 * SPEC §5: a team of 200 salespeople, 8 visits a day, 250 working days — about 400,000 report rows.
 * Building every rollup plan must take seconds, not minutes (no per-row string keys, no O(n²)), and
 * the plans must stay batched: a few writes per sheet, not one per row.
 */
import { buildMasterIndex } from "../../../src/core/lists";
import { buildEfficiency, buildScorecard, buildWeeklyReport } from "../../../src/core/metrics";
import type { DailyReportRow, MetricKey, SalesBook, TargetRow } from "../../../src/core/model";
import { addWorkingDays, buildCalendar, dayFromYmd, parsePeriod } from "../../../src/core/periods";
import { buildRollupPlans, templateLocations } from "../../../src/core/plan";
import { templateHeaders } from "../../../src/core/read";
import { METRIC_KEYS } from "../../../src/core/schema/enums";
import { book, customer, dailyReport, product, salesperson, target } from "../../support/rows";

const PEOPLE = 200;
const DAYS = 250;
const VISITS_PER_DAY = 8;

function fullYearTeam(): SalesBook {
  const people = Array.from({ length: PEOPLE }, (_, i) =>
    salesperson({ id: `S${i}`, name: `销售${i}`, region: `区域${i % 10}` }),
  );
  const products = Array.from({ length: 30 }, (_, i) =>
    product({ code: `P${i}`, name: `产品${i}`, unitPrice: 100 + i, unitCost: 60 + i }),
  );
  const customers = Array.from({ length: 2000 }, (_, i) => customer({ id: `C${i}`, name: `客户${i}` }));
  const calendar = buildCalendar([]);
  const reports: DailyReportRow[] = [];
  let day = dayFromYmd(2026, 1, 5);
  for (let d = 0; d < DAYS; d++, day = addWorkingDays(calendar, day, 1)) {
    for (let p = 0; p < PEOPLE; p++) {
      for (let v = 0; v < VISITS_PER_DAY; v++) {
        const n = d * 7 + p * 13 + v;
        reports.push(
          dailyReport({
            date: day,
            salesperson: n % 50 === 0 ? `S${p}` : `销售${p}`,
            customer: `客户${(p * 10 + v) % 2000}`,
            product: `产品${(p + (n % 8)) % 30}`, // each salesperson carries 8 of the 30 products
            orderAmount: n % 3 === 0 ? 0 : 100 + (n % 900),
            grossMargin: n % 4 === 0 ? null : 20,
            collection: n % 5 === 0 ? 500 : null,
            newOutlet: n % 97 === 0,
            expense: 30,
          }),
        );
      }
    }
  }
  const targets: TargetRow[] = people.flatMap((p) =>
    METRIC_KEYS.flatMap((metric: MetricKey) => [
      target({ period: "2026", salesperson: p.name, region: p.region, metric, target: 120000 }),
      ...Array.from({ length: 12 }, (_, m) =>
        target({
          period: `2026-${String(m + 1).padStart(2, "0")}`,
          salesperson: p.name,
          region: p.region,
          metric,
          target: 10000,
        }),
      ),
    ]),
  );
  return book({ salespeople: people, products, customers, dailyReport: reports, targets });
}

test("rollup plans for 400,000 report rows are built and stay batched", () => {
  const team = fullYearTeam();
  expect(team.dailyReport.length).toBe(PEOPLE * DAYS * VISITS_PER_DAY);
  const index = buildMasterIndex(team);
  const calendar = buildCalendar(team.calendar);
  const period = parsePeriod("2026-11")!;
  const asOf = dayFromYmd(2026, 11, 20);
  const scorecard = buildScorecard({ book: team, index, calendar, period, asOf });
  const efficiency = buildEfficiency({
    book: team,
    index,
    calendar,
    from: period.start,
    to: asOf,
    by: "week",
  });
  const weekly = buildWeeklyReport({ book: team, index, calendar, asOf, signOffOverdueDays: 2 });

  const plans = buildRollupPlans({
    locations: templateLocations("zh"),
    lang: "zh",
    book: team,
    headers: templateHeaders("zh"),
    index,
    calendar,
    period,
    asOf,
    scorecard,
    efficiency,
    weekly,
  });
  const [scorecardSheet, , facts] = plans;
  expect(scorecardSheet.writes.length).toBeLessThan(60);
  const formulas = scorecardSheet.writes.flatMap((w) => (w.formulas ?? []).flat()).filter((f) => f !== null);
  expect(Math.max(...formulas.map((f) => f!.length))).toBeLessThan(8192); // Excel's formula length limit
  const rows = facts.tables[0].rows.length;
  expect(rows).toBeGreaterThan(10000);
  expect(rows).toBeLessThan(team.dailyReport.length); // aggregated, not one row per report row
}, 300_000);
