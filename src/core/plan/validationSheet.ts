/**
 * The Validation sheet (SPEC §2), laid out for a person and for Excel's limits:
 * - on top the counts, then a summary: findings by rule × table × salesperson, largest first;
 * - below it one row per finding, errors first — severity, code, table, row, column, the sheet and cell
 *   as text (on every row), the value as typed, the message, the suggestion — and a link that selects the
 *   cell for the first `linkLimit` findings only. Excel allows 65,530 hyperlinks per worksheet
 *   (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3)
 *   and a full-size workbook has 40,000–70,000 findings; the cell as text reaches the rest (Name Box).
 * Values, suggestions and names came from people and are written as text.
 */
import { tablePlace, translate } from "../i18n";
import { tableDef } from "../schema/tables";
import type { Lang } from "../schema/types";
import { describeFinding } from "../validate/describe";
import type { Finding } from "../validate/finding";
import { cellReference } from "../read/locations";
import { blockWrite, cellWrite, ownedSheet } from "./ownedSheet";
import type { CellValue, HyperlinkPlan, OwnedSheetPlan, RangeWrite } from "./types";
import { summarizeFindings } from "./validationSummary";

/** Links on the sheet: well under Excel's 65,530 per sheet, and a few requests' worth. */
export const VALIDATION_LINK_LIMIT = 5_000;

const SUMMARY_HEADER_ROW = 7;
const LINK_COLUMN = "K";

export interface ValidationSheetContext {
  /** The salesperson of each finding, in the order of `findings` (findingSalespeople). */
  readonly salespeople?: readonly (string | null)[];
  readonly linkLimit?: number;
}

type Translate = (key: Parameters<typeof translate>[1], args?: Parameters<typeof translate>[2]) => string;

function summaryWrites(
  lang: Lang,
  t: Translate,
  findings: readonly Finding[],
  salespeople: readonly (string | null)[],
): { writes: RangeWrite[]; rows: number } {
  const lines = summarizeFindings(findings, salespeople);
  const header = [
    t("validation.code"),
    t("validation.rule"),
    t("validation.table"),
    t("validation.salesperson"),
    t("validation.count"),
  ];
  const writes: RangeWrite[] = [
    cellWrite(`A${SUMMARY_HEADER_ROW - 1}`, t("validation.summaryTitle"), "subtitle"),
    blockWrite(SUMMARY_HEADER_ROW, 0, [header], { style: "header", text: true }),
  ];
  if (lines.length > 0) {
    const first = SUMMARY_HEADER_ROW + 1;
    writes.push(
      blockWrite(
        first,
        0,
        lines.map((l) => [
          l.code,
          t(`rule.${l.code}`),
          tablePlace(lang, l.table),
          l.salesperson ?? t("validation.nobody"),
        ]),
        { text: true, style: "body" },
      ),
      blockWrite(
        first,
        4,
        lines.map((l) => [l.findings]),
        { numberFormat: "0", style: "body" },
      ),
    );
  }
  return { writes, rows: lines.length };
}

/**
 * The validation sheet plan for `findings`.
 *
 * @example buildValidationSheet("en", findings).hyperlinks[0].target // "'Daily Report'!D7"
 */
export function buildValidationSheet(
  lang: Lang,
  findings: readonly Finding[],
  context: ValidationSheetContext = {},
): OwnedSheetPlan {
  const t: Translate = (key, args) => translate(lang, key, args);
  const linkLimit = context.linkLimit ?? VALIDATION_LINK_LIMIT;
  const people = findings.map((_, i) => context.salespeople?.[i] ?? null);
  // Errors first, otherwise in the order found; the salesperson travels with the finding.
  const order = findings
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number(findings[a].severity === "warning") - Number(findings[b].severity === "warning") || a - b,
    );
  const sorted = order.map((i) => findings[i]);
  const errors = findings.filter((f) => f.severity === "error").length;
  // The cell validation found for the finding (where the reader found its table); none for a person.
  const located = sorted.map((f) => (f.row !== null && f.cell ? f.cell : null));
  const linked = Math.min(linkLimit, located.filter((p) => p !== null).length);

  const summary = summaryWrites(lang, t, findings, people);
  const listTitleRow = SUMMARY_HEADER_ROW + summary.rows + 2;
  const listHeaderRow = listTitleRow + 1;
  const writes: RangeWrite[] = [
    cellWrite("A1", t("validation.title"), "title"),
    blockWrite(2, 0, [[t("validation.errors"), t("validation.warnings"), t("validation.linked")]], {
      style: "header",
      text: true,
    }),
    blockWrite(3, 0, [[errors, findings.length - errors, linked]], { numberFormat: "0", style: "body" }),
    cellWrite(
      "A4",
      t("validation.howTo", { links: String(linkLimit).replace(/\B(?=(\d{3})+(?!\d))/g, ",") }),
      "note",
      true,
    ),
    ...summary.writes,
    cellWrite(`A${listTitleRow}`, t("validation.listTitle"), "subtitle"),
    blockWrite(
      listHeaderRow,
      0,
      [
        [
          t("validation.severity"),
          t("validation.code"),
          t("validation.table"),
          t("validation.row"),
          t("validation.column"),
          t("validation.sheet"),
          t("validation.cell"),
          t("validation.value"),
          t("validation.message"),
          t("validation.suggestion"),
          t("validation.goTo"),
        ],
      ],
      { style: "header", text: true },
    ),
  ];
  const hyperlinks: HyperlinkPlan[] = [];
  if (sorted.length > 0) {
    const first = listHeaderRow + 1;
    const columnHeader = (f: Finding): string | null =>
      f.column === null
        ? null
        : (tableDef(f.table).columns.find((c) => c.key === f.column)?.header[lang] ?? f.column);
    writes.push(
      blockWrite(
        first,
        0,
        sorted.map((f) => [
          t(f.severity === "error" ? "validation.error" : "validation.warning"),
          f.code,
          tablePlace(lang, f.table),
        ]),
        { text: true, style: "body" },
      ),
      blockWrite(
        first,
        3,
        sorted.map((f) => [f.row]),
        { numberFormat: "0", style: "body" },
      ),
      // Column header, sheet, cell, value as typed, message, suggestion: all text, whatever they start with.
      blockWrite(
        first,
        4,
        sorted.map((f, i): CellValue[] => [
          columnHeader(f),
          located[i]?.sheet ?? null,
          located[i]?.address ?? null,
          f.value === null ? null : String(f.value),
          describeFinding(lang, f),
          f.suggestion,
        ]),
        { text: true, style: "body" },
      ),
    );
    for (let i = 0; i < sorted.length && hyperlinks.length < linkLimit; i++) {
      const place = located[i];
      if (place === null) continue;
      hyperlinks.push({
        address: `${LINK_COLUMN}${first + i}`,
        target: cellReference(place),
        text: place.address,
        tooltip: t("validation.goToTip"),
      });
    }
  }
  return ownedSheet("validation", lang, {
    columnWidths: [10, 22, 14, 14, 16, 16, 8, 20, 60, 20, 8],
    freeze: null,
    writes,
    hyperlinks,
  });
}
