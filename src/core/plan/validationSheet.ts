/**
 * The Validation sheet (SPEC §2): counts on top, then one row per finding — severity, code, table,
 * row, column, the value as typed, the message in the workbook language, the suggestion, and a link
 * that selects the cell. Values and suggestions came from people and are written as text.
 */
import { translate } from "../i18n";
import { tableDef } from "../schema/tables";
import type { Lang } from "../schema/types";
import type { Finding } from "../validate/finding";
import { describeFinding } from "../validate/describe";
import { blockWrite, cellWrite, ownedSheet } from "./ownedSheet";
import { cellReference } from "../read/locations";
import type { CellValue, HyperlinkPlan, OwnedSheetPlan, RangeWrite } from "./types";

const HEADER_ROW = 4;
const LINK_COLUMN = "I";

/**
 * The validation sheet plan for `findings` (in the order given).
 *
 * @example buildValidationSheet("en", findings).hyperlinks[0].target // "'Daily Report'!D7"
 */
export function buildValidationSheet(lang: Lang, findings: readonly Finding[]): OwnedSheetPlan {
  const t = (key: Parameters<typeof translate>[1]): string => translate(lang, key);
  const errors = findings.filter((f) => f.severity === "error").length;
  const writes: RangeWrite[] = [
    cellWrite("A1", t("validation.title"), "title"),
    blockWrite(2, 0, [[t("validation.errors"), t("validation.warnings")]], { style: "header", text: true }),
    blockWrite(3, 0, [[errors, findings.length - errors]], { numberFormat: "0", style: "body" }),
    blockWrite(
      HEADER_ROW,
      0,
      [
        [
          t("validation.severity"),
          t("validation.code"),
          t("validation.table"),
          t("validation.row"),
          t("validation.column"),
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
  if (findings.length > 0) {
    const first = HEADER_ROW + 1;
    const columnHeader = (f: Finding): string | null =>
      f.column === null
        ? null
        : (tableDef(f.table).columns.find((c) => c.key === f.column)?.header[lang] ?? f.column);
    writes.push(
      blockWrite(
        first,
        0,
        findings.map((f) => [
          t(f.severity === "error" ? "validation.error" : "validation.warning"),
          f.code,
          f.table,
        ]),
        { text: true, style: "body" },
      ),
      blockWrite(
        first,
        3,
        findings.map((f) => [f.row]),
        { numberFormat: "0", style: "body" },
      ),
      // Column header, value as typed, message, suggestion: all text, whatever they start with.
      blockWrite(
        first,
        4,
        findings.map((f): CellValue[] => [
          columnHeader(f),
          f.value === null ? null : String(f.value),
          describeFinding(lang, f),
          f.suggestion,
        ]),
        { text: true, style: "body" },
      ),
    );
    findings.forEach((f, i) => {
      if (f.row === null || !f.cell) return;
      hyperlinks.push({
        address: `${LINK_COLUMN}${first + i}`,
        target: cellReference(f.cell),
        text: f.cell.address,
        tooltip: t("validation.goToTip"),
      });
    });
  }
  return ownedSheet("validation", lang, {
    columnWidths: [10, 8, 14, 8, 16, 20, 60, 20, 10],
    freeze: { rows: HEADER_ROW, columns: 0 },
    writes,
    hyperlinks,
  });
}
