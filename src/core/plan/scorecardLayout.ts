/**
 * Where each scorecard figure sits: title rows, two name columns, then per metric one group of
 * figure columns. The CLI and the LibreOffice cross-check read figures back by these addresses.
 */
import type { MetricKey } from "../model";
import type { Scorecard } from "../metrics/types";
import { METRIC_KEYS } from "../schema/enums";
import { cell } from "./a1";

export const SCORECARD_FIGURES = [
  "target",
  "actual",
  "achievement",
  "timeProgress",
  "pace",
  "forecast",
  "requiredDailyRate",
] as const;

export type ScorecardFigure = (typeof SCORECARD_FIGURES)[number];

export const SCORECARD_ROWS = {
  title: 1,
  subtitle: 2,
  note: 3,
  metricHeader: 4,
  header: 5,
  firstLine: 6,
} as const;

/** Region and Salesperson come first. */
export const NAME_COLUMNS = 2;

/** Worksheet row of a scorecard line (0-based index into `Scorecard.lines`). */
export function scorecardLineRow(lineIndex: number): number {
  return SCORECARD_ROWS.firstLine + lineIndex;
}

/** 0-based worksheet column of a figure. */
export function scorecardFigureColumn(metric: MetricKey, figure: ScorecardFigure): number {
  return (
    NAME_COLUMNS + METRIC_KEYS.indexOf(metric) * SCORECARD_FIGURES.length + SCORECARD_FIGURES.indexOf(figure)
  );
}

/**
 * The cell of one figure on the scorecard sheet.
 *
 * @example scorecardFigureAddress(0, "sales", "actual") === "D6"
 */
export function scorecardFigureAddress(
  lineIndex: number,
  metric: MetricKey,
  figure: ScorecardFigure,
): string {
  return cell(scorecardLineRow(lineIndex), scorecardFigureColumn(metric, figure));
}

export interface ScorecardFigureCell {
  readonly lineIndex: number;
  readonly level: "salesperson" | "region" | "company";
  readonly region: string | null;
  readonly salesperson: string | null;
  readonly metric: MetricKey;
  readonly figure: ScorecardFigure;
  readonly address: string;
  /** What the core computed (the cell's cached value). */
  readonly value: number | null;
}

/** Every figure of a scorecard with its address, for reading the sheet back. */
export function scorecardFigureCells(scorecard: Scorecard): ScorecardFigureCell[] {
  return scorecard.lines.flatMap((line, lineIndex) =>
    METRIC_KEYS.flatMap((metric) =>
      SCORECARD_FIGURES.map((figure) => ({
        lineIndex,
        level: line.level,
        region: line.region,
        salesperson: line.salesperson,
        metric,
        figure,
        address: scorecardFigureAddress(lineIndex, metric, figure),
        value: line.metrics[metric][figure],
      })),
    ),
  );
}

/** Total number of columns of the grid. */
export const SCORECARD_WIDTH = NAME_COLUMNS + METRIC_KEYS.length * SCORECARD_FIGURES.length;
