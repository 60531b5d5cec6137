/**
 * The Pivots sheet: real PivotTables over SP_Facts (SPEC §4) — targets and actuals by region and
 * salesperson per metric, and by product and month. Data fields say Sum explicitly: some Excel builds
 * default to Count (notes/officejs.md §2.5).
 */
import { translate } from "../i18n";
import { periodOf } from "../periods";
import { FACTS_TABLE, factsHeaders } from "./facts";
import { cellWrite, ownedSheet } from "./ownedSheet";
import type { RollupInput } from "./rollupInput";
import type { Lang } from "../schema/types";
import type { OwnedSheetPlan, PivotNotes, PivotPlan } from "./types";

/**
 * The lines a Pivots sheet shows where its PivotTables cannot be created, in the workbook language: why,
 * and (for a file written without Excel) each pivot's source, rows, columns and values.
 *
 * @example pivotNotes("zh", [byPerson]).withoutExcel[1] // "SP_PivotByPerson：数据源 SP_Facts；行 区域、销售员；…"
 */
export function pivotNotes(lang: Lang, pivots: readonly PivotPlan[]): PivotNotes {
  const fields = (names: readonly string[]) =>
    names.length > 0 ? names : [translate(lang, "pivots.noField")];
  const describe = (p: PivotPlan) =>
    translate(lang, "pivots.describe", {
      name: p.name,
      source: p.sourceTable,
      rows: fields(p.rows),
      columns: fields(p.columns),
      values: fields(p.data.map((d) => d.name)),
    });
  return {
    unsupported: [translate(lang, "pivots.unsupported")],
    withoutExcel: [translate(lang, "pivots.withoutExcel"), ...pivots.map(describe)],
  };
}

/**
 * The pivots sheet plan.
 *
 * @example buildPivotsSheet(input).pivots.map((p) => p.name) // ["SP_PivotByPerson", "SP_PivotByProduct"]
 */
export function buildPivotsSheet(input: RollupInput): OwnedSheetPlan {
  const { lang } = input;
  const [, , month, , region, salesperson, product, metric, target, actual] = factsHeaders(lang);
  const data: PivotPlan["data"] = [
    { field: target, name: translate(lang, "pivots.sumTarget"), summarizeBy: "Sum", numberFormat: "#,##0" },
    { field: actual, name: translate(lang, "pivots.sumActual"), summarizeBy: "Sum", numberFormat: "#,##0" },
  ];
  const byPerson: PivotPlan = {
    name: "SP_PivotByPerson",
    sourceTable: FACTS_TABLE,
    destination: "A4",
    rows: [region, salesperson],
    columns: [metric],
    filters: [],
    data,
  };
  // Placed to the right of the first pivot, which grows downwards with people, not sideways.
  const byProduct: PivotPlan = {
    name: "SP_PivotByProduct",
    sourceTable: FACTS_TABLE,
    destination: "P4",
    rows: [product],
    columns: [month],
    filters: [metric],
    data,
  };
  const year = periodOf("year", input.period.start).text;
  return ownedSheet("pivots", lang, {
    columnWidths: [22, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 4, 22],
    writes: [
      cellWrite("A1", translate(lang, "pivots.title", { year }), "title"),
      cellWrite("A2", translate(lang, "pivots.note"), "note"),
    ],
    pivots: [byPerson, byProduct],
    pivotNotes: pivotNotes(lang, [byPerson, byProduct]),
  });
}
