/**
 * The Scorecard sheet (SPEC §4): region → salesperson lines with region subtotals and a company total;
 * per metric Target, Actual, Achievement, Time progress, Pace, Forecast and Required daily rate.
 * Figures are live formulas over the template tables, each carrying the core's value as its cache.
 */
import { translate } from "../i18n";
import type { MetricKey } from "../model";
import type { MetricFigures, ScorecardLine } from "../metrics/types";
import { createResolver } from "../metrics/resolve";
import { isoOfDay } from "../periods";
import { METRIC_KEYS, METRICS } from "../schema/enums";
import type { Lang } from "../schema/types";
import { cell, columnLetter, rect } from "./a1";
import { blockWrite, cellWrite, ownedSheet } from "./ownedSheet";
import type { RollupInput } from "./rollupInput";
import { chartBlock, marginRateBlock } from "./scorecardBlocks";
import { type ActualContext, actualFormula } from "./scorecardFormulas";
import {
  NAME_COLUMNS,
  SCORECARD_FIGURES,
  SCORECARD_ROWS,
  SCORECARD_WIDTH,
  type ScorecardFigure,
  scorecardFigureColumn,
  scorecardLineRow,
} from "./scorecardLayout";
import { PERCENT_FORMAT, actualFormat, requiredRateFormat, targetFormat } from "./figureFormats";
import { scorecardTerms } from "./scorecardTerms";
import type { CellValue, ConditionalFormatPlan, OwnedSheetPlan, RangeWrite } from "./types";

const PERCENT_FIGURES: ReadonlySet<ScorecardFigure> = new Set(["achievement", "timeProgress", "pace"]);

function formatOf(lang: Lang, metric: MetricKey, figure: ScorecardFigure, value: CellValue): string {
  if (PERCENT_FIGURES.has(figure)) return PERCENT_FORMAT;
  if (figure === "requiredDailyRate") return requiredRateFormat(metric, lang);
  if (figure === "target") return targetFormat(metric, value);
  return actualFormat(metric);
}

export interface LineCells {
  readonly values: CellValue[];
  readonly formulas: (string | null)[];
}

/**
 * The scorecard sheet plan.
 *
 * @example buildScorecardSheet(input).writes // title, headers, names, figures, chart data, margin rates
 */
export function buildScorecardSheet(input: RollupInput): OwnedSheetPlan {
  const { lang, scorecard, book, index } = input;
  const lines = scorecard.lines;
  const resolver = createResolver(book, index);

  const gridEnd = scorecardLineRow(lines.length - 1);
  const chart = chartBlock(lang, scorecard, gridEnd + 3);
  const margin = marginRateBlock(lang, book, resolver, gridEnd + 3 + chart.rows + 2);
  const terms = scorecardTerms(input, resolver, gridEnd + 3 + chart.rows + 2 + margin.rows + 1);
  const ctx: ActualContext = {
    headers: input.headers,
    from: scorecard.period.start,
    to: Math.min(scorecard.period.end, scorecard.asOf),
    marginRates: margin.ranges,
  };
  const daysLeft = scorecard.workingDays - scorecard.workingDaysElapsed;

  const peopleRowsOf = new Map<number, number[]>();
  const regionRows: number[] = [];
  let pending: number[] = [];
  lines.forEach((line, i) => {
    if (line.level === "salesperson") pending.push(scorecardLineRow(i));
    else if (line.level === "region") {
      peopleRowsOf.set(i, pending);
      regionRows.push(scorecardLineRow(i));
      pending = [];
    }
  });

  const lineCells = lines.map((line, i): LineCells => {
    const row = scorecardLineRow(i);
    const values: CellValue[] = [];
    const formulas: (string | null)[] = [];
    for (const metric of METRIC_KEYS) {
      const figures = line.metrics[metric];
      const at = (figure: ScorecardFigure): string => cell(row, scorecardFigureColumn(metric, figure));
      const [t, a, ach, tp] = [at("target"), at("actual"), at("achievement"), at("timeProgress")];
      const sumOf = (rows: readonly number[], figure: ScorecardFigure): string | null => {
        if (rows.length === 0) return null;
        const letter = columnLetter(scorecardFigureColumn(metric, figure));
        const cells =
          line.level === "company"
            ? rows.map((r) => `${letter}${r}`).join(",")
            : `${letter}${rows[0]}:${letter}${rows[rows.length - 1]}`;
        return figure === "target" ? `=IF(COUNT(${cells})=0,"",SUM(${cells}))` : `=SUM(${cells})`;
      };
      const below = line.level === "company" ? regionRows : (peopleRowsOf.get(i) ?? []);
      const targetCell = (): string | null => {
        if (line.level === "company") return sumOf(below, "target");
        const own = terms.targetFormula(line, metric);
        if (own !== null) return own;
        return line.level === "region" ? sumOf(below, "target") : null;
      };
      const actualCell = (): string | null => {
        if (line.level !== "salesperson") return sumOf(below, "actual");
        if (metric === "newOutlets") return null;
        return actualFormula(metric, terms.person(line.salesperson ?? "", `$B${row}`), ctx);
      };
      const byFigure: Record<ScorecardFigure, string | null> = {
        target: targetCell(),
        actual: actualCell(),
        achievement: `=IF(OR(${t}="",${t}=0),"",${a}/${t})`,
        timeProgress: null,
        pace: `=IF(OR(${ach}="",${tp}=""),"",${ach}-${tp})`,
        forecast: `=IF(OR(${tp}="",${tp}=0),"",${a}/${tp})`,
        requiredDailyRate: daysLeft > 0 ? `=IF(${t}="","",MAX(0,${t}-${a})/${daysLeft})` : null,
      };
      for (const figure of SCORECARD_FIGURES) {
        values.push(valueOf(figures, figure));
        formulas.push(byFigure[figure]);
      }
    }
    return { values, formulas };
  });

  const writes: RangeWrite[] = [
    ...titleWrites(lang, scorecard),
    cellWrite("A3", translate(lang, "scorecard.note"), "note"),
    ...headerWrites(lang),
    ...lineWrites(lang, lines, lineCells),
    ...chart.writes,
    ...margin.writes,
    ...terms.writes,
  ];
  return ownedSheet("scorecard", lang, {
    columnWidths: [14, 14, ...Array<number>(SCORECARD_WIDTH - NAME_COLUMNS).fill(12)],
    freeze: { rows: SCORECARD_ROWS.header, columns: NAME_COLUMNS },
    writes,
    conditionalFormats: trafficLights(lines.length),
    charts: chart.chart ? [chart.chart] : [],
  });
}

function valueOf(figures: MetricFigures, figure: ScorecardFigure): CellValue {
  return figures[figure];
}

/** The title (period, as-of) and the working-days subtitle in A1:A2. */
export function titleWrites(lang: RollupInput["lang"], scorecard: RollupInput["scorecard"]): RangeWrite[] {
  return [
    cellWrite(
      "A1",
      translate(lang, "scorecard.title", { period: scorecard.period.text, asOf: isoOfDay(scorecard.asOf) }),
      "title",
    ),
    cellWrite(
      "A2",
      translate(lang, "scorecard.subtitle", {
        workingDays: scorecard.workingDays,
        elapsed: scorecard.workingDaysElapsed,
      }),
      "subtitle",
    ),
  ];
}

export function headerWrites(lang: RollupInput["lang"]): RangeWrite[] {
  const metricRow: CellValue[] = [null, null];
  const figureRow: CellValue[] = [
    translate(lang, "scorecard.region"),
    translate(lang, "scorecard.salesperson"),
  ];
  for (const metric of METRICS) {
    SCORECARD_FIGURES.forEach((figure, k) => {
      metricRow.push(k === 0 ? metric.label[lang] : null);
      figureRow.push(translate(lang, `figure.${figure}`));
    });
  }
  return [
    blockWrite(SCORECARD_ROWS.metricHeader, 0, [metricRow, figureRow], { style: "header", text: true }),
  ];
}

/** Names and figures, one pair of writes per run of lines of the same level (so each run gets its style). */
export function lineWrites(
  lang: RollupInput["lang"],
  lines: readonly ScorecardLine[],
  cells: readonly LineCells[],
): RangeWrite[] {
  const writes: RangeWrite[] = [];
  // A partial target reads "12,000.00 (partial)": the mark stays with the number in either language.
  const partial = `" (${translate(lang, "scorecard.partialTarget").replace(/"/g, "")})"`;
  const formatsOf = (line: ScorecardLine, values: readonly CellValue[]): string[] =>
    METRIC_KEYS.flatMap((m, k) =>
      SCORECARD_FIGURES.map((f, j) => {
        const format = formatOf(lang, m, f, values[k * SCORECARD_FIGURES.length + j]);
        return f === "target" && line.metrics[m].partialTarget ? `${format}${partial}` : format;
      }),
    );
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (end + 1 < lines.length && lines[end + 1].level === lines[start].level) end++;
    const run = lines.slice(start, end + 1);
    const style = run[0].level === "salesperson" ? "body" : run[0].level === "region" ? "subtotal" : "total";
    const names = run.map((line): CellValue[] =>
      line.level === "company"
        ? [translate(lang, "scorecard.company"), null]
        : [line.region, line.level === "region" ? translate(lang, "scorecard.subtotal") : line.salesperson],
    );
    const row = scorecardLineRow(start);
    writes.push(blockWrite(row, 0, names, { text: true, style }));
    const figures = cells.slice(start, end + 1);
    writes.push(
      blockWrite(
        row,
        NAME_COLUMNS,
        figures.map((c) => c.values),
        {
          formulas: figures.map((c) => c.formulas),
          numberFormat: figures.map((c, i) => formatsOf(run[i], c.values)),
          style,
        },
      ),
    );
    start = end + 1;
  }
  return writes;
}

const LIGHTS = [
  { test: (pace: string) => `AND(ISNUMBER(${pace}),${pace}>=0)`, fill: "#C6EFCE", fontColor: "#006100" },
  {
    test: (pace: string) => `AND(ISNUMBER(${pace}),${pace}<0,${pace}>=-0.1)`,
    fill: "#FFEB9C",
    fontColor: "#9C5700",
  },
  { test: (pace: string) => `AND(ISNUMBER(${pace}),${pace}<-0.1)`, fill: "#FFC7CE", fontColor: "#9C0006" },
];

/** Green / amber / red on Achievement and Pace, as the core's `light`: pace ≥ 0, ≥ −10 points, below. */
export function trafficLights(lineCount: number): ConditionalFormatPlan[] {
  if (lineCount === 0) return [];
  const first = SCORECARD_ROWS.firstLine;
  return METRIC_KEYS.flatMap((metric) => {
    const pace = `$${columnLetter(scorecardFigureColumn(metric, "pace"))}${first}`;
    return (["achievement", "pace"] as const).flatMap((figure) =>
      LIGHTS.map((light) => ({
        address: rect(first, scorecardFigureColumn(metric, figure), lineCount, 1),
        formula: `=${light.test(pace)}`,
        fill: light.fill,
        fontColor: light.fontColor,
      })),
    );
  });
}
