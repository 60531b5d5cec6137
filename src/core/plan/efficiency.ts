/** The Efficiency sheet (推销效率, SPEC §3): the core's efficiency lines by salesperson and week or month. */
import { translate } from "../i18n";
import type { EfficiencyLine } from "../metrics/types";
import { isoOfDay } from "../periods";
import { blockWrite, cellWrite, ownedSheet } from "./ownedSheet";
import type { RollupInput } from "./rollupInput";
import type { CellValue, OwnedSheetPlan, RangeWrite } from "./types";

const FIGURES = [
  ["visits", "#,##0"],
  ["sales", "#,##0.00"],
  ["expense", "#,##0.00"],
  ["salesPerVisit", "#,##0.00"],
  ["expensePerVisit", "#,##0.00"],
  ["expenseRatio", "0.0%"],
  ["plannedVisits", "#,##0"],
  ["plannedVisitsDone", "#,##0"],
  ["planAdherence", "0.0%"],
  ["unplannedShare", "0.0%"],
  ["strikeRate", "0.0%"],
] as const satisfies readonly (readonly [keyof EfficiencyLine, string])[];

const FIRST_ROW = 4;

/**
 * The efficiency sheet plan: names as text, figures as numbers with formats.
 *
 * @example buildEfficiencySheet(input).writes[1].values[0][0] === "Salesperson"
 */
export function buildEfficiencySheet(input: RollupInput): OwnedSheetPlan {
  const { lang, efficiency } = input;
  const from = isoOfDay(input.period.start);
  const to = isoOfDay(Math.min(input.period.end, input.asOf));
  const header: CellValue[] = [
    translate(lang, "scorecard.salesperson"),
    translate(lang, "scorecard.region"),
    translate(lang, "efficiency.period"),
    ...FIGURES.map(([key]) => translate(lang, `efficiency.${key}`)),
  ];
  const writes: RangeWrite[] = [
    cellWrite("A1", translate(lang, "efficiency.title", { from, to }), "title"),
    blockWrite(FIRST_ROW - 1, 0, [header], { style: "header", text: true }),
  ];
  if (efficiency.length > 0) {
    writes.push(
      blockWrite(
        FIRST_ROW,
        0,
        efficiency.map((line) => [line.salesperson, line.region, line.period]),
        { text: true, style: "body" },
      ),
      blockWrite(
        FIRST_ROW,
        3,
        efficiency.map((line) => FIGURES.map(([key]) => line[key])),
        { numberFormat: efficiency.map(() => FIGURES.map(([, format]) => format)), style: "body" },
      ),
    );
  }
  return ownedSheet("efficiency", lang, {
    columnWidths: [14, 12, 10, ...FIGURES.map(() => 13)],
    freeze: { rows: FIRST_ROW - 1, columns: 1 },
    writes,
  });
}
