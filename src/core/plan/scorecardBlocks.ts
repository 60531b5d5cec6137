/**
 * The scorecard's helper blocks below the grid: the data of the Sales achievement chart (a chart needs
 * one contiguous range) and the margin rates that stand in for a blank Gross margin (SPEC §1.4).
 */
import { translate } from "../i18n";
import type { NameResolver } from "../metrics/resolve";
import type { SalesBook } from "../model";
import type { Scorecard } from "../metrics/types";
import type { Lang } from "../schema/types";
import { absoluteCell, rect } from "./a1";
import { blockWrite, cellWrite } from "./ownedSheet";
import { scorecardFigureAddress, scorecardLineRow } from "./scorecardLayout";
import type { ChartPlan, RangeWrite } from "./types";

const PERCENT = "0.0%";

/** The chart's data block (Salesperson · Achievement · Time progress for Sales) and the chart. */
export function chartBlock(
  lang: Lang,
  scorecard: Scorecard,
  row: number,
): { writes: RangeWrite[]; chart: ChartPlan | null; rows: number } {
  const people = scorecard.lines.flatMap((line, i) => (line.level === "salesperson" ? [{ line, i }] : []));
  if (people.length === 0) return { writes: [], chart: null, rows: 0 };
  const header = [
    translate(lang, "scorecard.salesperson"),
    translate(lang, "figure.achievement"),
    translate(lang, "figure.timeProgress"),
  ];
  const values = people.map(({ line }) => [
    line.salesperson,
    line.metrics.sales.achievement,
    line.metrics.sales.timeProgress,
  ]);
  const formulas = people.map(({ i }) => [
    `=$B${scorecardLineRow(i)}`,
    `=${scorecardFigureAddress(i, "sales", "achievement")}`,
    `=${scorecardFigureAddress(i, "sales", "timeProgress")}`,
  ]);
  const writes = [
    blockWrite(row, 0, [header], { style: "header", text: true }),
    blockWrite(row + 1, 0, values, {
      formulas,
      numberFormat: values.map(() => ["General", PERCENT, PERCENT]),
      style: "body",
    }),
  ];
  const chart: ChartPlan = {
    name: "SP_SalesAchievement",
    type: "BarClustered",
    title: translate(lang, "scorecard.chartTitle"),
    sourceAddress: rect(row, 0, people.length + 1, 3),
    seriesBy: "Columns",
    topLeft: `E${row}`,
    bottomRight: `N${row + Math.max(18, people.length + 2)}`,
  };
  return { writes, chart, rows: people.length + 1 };
}

export interface MarginRates {
  readonly writes: RangeWrite[];
  /** Rows the block takes (0 when no product has a rate). */
  readonly rows: number;
  /** Absolute ranges for formulas, or null when no product has a rate. */
  readonly ranges: { readonly products: string; readonly rates: string } | null;
}

/**
 * One row per spelling of a product that has a unit price and cost: its name, and any other text
 * (code, variant) people typed in DailyReport[Product] for it. Spellings that differ only in case
 * are kept once, as SUMIFS would count them twice.
 */
export function marginRateBlock(
  lang: Lang,
  book: SalesBook,
  resolver: NameResolver,
  row: number,
): MarginRates {
  const entries = new Map<string, [string, number]>();
  const checked = new Set<string>();
  const consider = (text: string | null): void => {
    if (text === null || checked.has(text)) return;
    checked.add(text);
    const rate = resolver.marginRate(text);
    const key = text.toLowerCase();
    if (rate !== null && !entries.has(key)) entries.set(key, [text, rate]);
  };
  for (const p of book.products) consider(p.name);
  for (const r of book.dailyReport) consider(r.product);
  if (entries.size === 0) return { writes: [], rows: 0, ranges: null };
  const list = [...entries.values()];
  const first = row + 2;
  const last = first + list.length - 1;
  return {
    rows: list.length + 2,
    writes: [
      cellWrite(`A${row}`, translate(lang, "scorecard.marginRates"), "note"),
      blockWrite(
        row + 1,
        0,
        [[translate(lang, "scorecard.productText"), translate(lang, "scorecard.marginRate")]],
        {
          style: "header",
          text: true,
        },
      ),
      blockWrite(
        first,
        0,
        list.map(([text]) => [text]),
        { text: true, style: "body" },
      ),
      blockWrite(
        first,
        1,
        list.map(([, rate]) => [rate]),
        { numberFormat: PERCENT, style: "body" },
      ),
    ],
    ranges: {
      products: `${absoluteCell(first, 0)}:${absoluteCell(last, 0)}`,
      rates: `${absoluteCell(first, 1)}:${absoluteCell(last, 1)}`,
    },
  };
}
