/** `salespace rollup BOOK.xlsx [...]`: the rollups of SPEC §4 written into the workbook, and as JSON. */
import { type RollupResult, ensureAsOfInPeriod, refreshRollups, rollupPeriod } from "../../core/actions";
import { SalesPaceError } from "../../core/errors";
import type { MetricFigures, Scorecard, WeeklyReport } from "../../core/metrics/types";
import { isoOfDay } from "../../core/periods";
import { METRIC_KEYS } from "../../core/schema/enums";
import { openXlsxRollup } from "../../xlsx";
import { bookPath, dayOption, flag, parse, stringOption } from "../args";
import { contextFor } from "../book";
import { customersJson } from "./customersJson";
import type { CliIo } from "../io";
import { progressReporter } from "../progress";

export const ROLLUP_HELP = `Usage: salespace rollup BOOK.xlsx [--period P] [--as-of YYYY-MM-DD] [--out OUT.xlsx] [--json] [--quiet]

Rebuilds the rollup sheets (Scorecard, Pivots, Facts, Efficiency, Weekly report, Customers) with live formulas
over the template tables, their values computed and cached, and writes the workbook.

  --period P     2026, 2026-Q4, 2026-11 or 2026-W48 (default: the month of --as-of)
  --as-of DATE   the day the figures are as of, within the period (default: today, or the period's
                 last day for a past period and its first for a coming one)
  --out OUT.xlsx write here instead of over BOOK.xlsx (BOOK.xlsx is then left untouched)
  --json         also print the figures as JSON on stdout

Exit status: 0 done, 2 bad input (the workbook is left untouched).
`;

const figuresJson = (f: MetricFigures) => ({
  target: f.target,
  actual: f.actual,
  achievement: f.achievement,
  timeProgress: f.timeProgress,
  pace: f.pace,
  forecast: f.forecast,
  requiredDailyRate: f.requiredDailyRate,
  partialTarget: f.partialTarget === true,
  reached: f.reached,
});

/** One JSON row per scorecard line and metric; subtotal rows have salesperson null, the company both. */
export function scorecardJson(card: Scorecard) {
  return card.lines.flatMap((line) =>
    METRIC_KEYS.map((metric) => ({
      region: line.level === "company" ? null : line.region,
      salesperson: line.level === "salesperson" ? line.salesperson : null,
      metric,
      ...figuresJson(line.metrics[metric]),
    })),
  );
}

export function weeklyJson(report: WeeklyReport) {
  const perMetric = (figures: Readonly<Record<string, MetricFigures>>) =>
    Object.fromEntries(METRIC_KEYS.map((m) => [m, figuresJson(figures[m])]));
  return report.regions.map((r) => ({
    region: r.region,
    monday: isoOfDay(report.monday),
    lastWeek: perMetric(r.lastWeek),
    monthToDate: perMetric(r.monthToDate),
    visits: r.visits,
    planAdherence: r.planAdherence,
    openSevereMarketItems: r.openSevereMarketItems.length,
    openComplaints: r.openComplaints.length,
    overdueSignOffs: r.overdueSignOffs,
    customersWon: r.customers?.won.length ?? null,
    customersLost: r.customers?.lost.length ?? null,
    silentA: r.customers?.silentA.length ?? null,
    lostNotInterviewed: r.customers?.notInterviewed.length ?? null,
  }));
}

/** The one line a rollup ends with: what was written where, and how long it took, in the workbook's language. */
export function finishedLine(
  result: Pick<RollupResult, "lang" | "period" | "asOf" | "sheets">,
  out: string,
  seconds: number,
): string {
  const asOf = isoOfDay(result.asOf);
  const time = seconds.toFixed(1);
  return result.lang === "zh"
    ? `已汇总 ${result.period.text}（截至 ${asOf}）：${result.sheets.join("、")} 已写入 ${out}，用时 ${time} 秒。\n`
    : `Rolled up ${result.period.text} as of ${asOf}: wrote ${result.sheets.join(", ")} to ${out} in ${time} s.\n`;
}

export async function runRollup(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parse("rollup", args, {
    period: { type: "string" },
    "as-of": { type: "string" },
    out: { type: "string" },
    json: { type: "boolean" },
  });
  if (flag(parsed, "help")) {
    io.stdout(ROLLUP_HELP);
    return 0;
  }
  const path = bookPath("rollup", parsed);
  const out = stringOption(parsed, "out") ?? path;
  if (!/\.xlsx$/i.test(out)) throw new SalesPaceError("BadArgument", `--out ${out}: not an .xlsx file name.`);
  const started = io.clock();
  const reporter = progressReporter(io, flag(parsed, "quiet"));
  const asOfOption = dayOption(parsed, "as-of");
  const periodText = stringOption(parsed, "period");
  // A bad period, or an as-of date outside it, is reported before the workbook is even opened.
  if (periodText !== undefined) {
    const period = rollupPeriod(periodText, asOfOption ?? 0);
    if (asOfOption !== undefined) ensureAsOfInPeriod(period, asOfOption);
  }

  reporter.step("reading the workbook");
  const port = openXlsxRollup(path, (p) => reporter.progress(p));
  const ctx = await contextFor(port, io, (p) => reporter.progress(p));
  const result = await refreshRollups.run(ctx, { period: periodText, asOf: asOfOption });
  reporter.step(`saving ${out}`);
  await port.save(out);
  const { period, asOf, scorecard, efficiency, weekly, customers } = result;
  if (!flag(parsed, "quiet")) io.stderr(finishedLine(result, out, (io.clock() - started) / 1000));
  if (flag(parsed, "json")) {
    const json = {
      period: period.text,
      asOf: isoOfDay(asOf),
      scorecard: scorecardJson(scorecard),
      efficiency,
      weekly: weeklyJson(weekly),
      customers: customersJson(customers),
    };
    io.stdout(JSON.stringify(json) + "\n");
  }
  return 0;
}
