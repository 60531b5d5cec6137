/**
 * A small set-up plan made from the schema, for adapter tests that must not depend on the plans module:
 * tables on their sheets, side by side on Lists with a blank column between them.
 */
import type { ColumnPlan, InputSheetPlan, SetupPlan, ValidationPlan } from "../../src/core/plan/types";
import { ENUMS } from "../../src/core/schema/enums";
import { TABLES } from "../../src/core/schema/tables";
import type { ColumnDef, Lang } from "../../src/core/schema/types";

function validationOf(column: ColumnDef, lang: Lang): ValidationPlan | null {
  if (column.type === "enum" && column.enumName)
    return { type: "list", source: ENUMS[column.enumName].map((v) => v.label[lang]).join(",") };
  if (column.type === "listRef" && column.list === "salespeople")
    return { type: "list", source: "=SP_Salespeople" };
  if (column.type === "date") return { type: "date" };
  if (column.type === "money") return { type: "decimal", min: 0 };
  if (column.type === "yesNo") return { type: "list", source: "Y,N" };
  return null;
}

function columnPlan(column: ColumnDef, lang: Lang): ColumnPlan {
  const other: Lang = lang === "en" ? "zh" : "en";
  return {
    key: column.key,
    header: column.header[lang],
    altHeaders: [column.header[other]],
    width: column.width,
    numberFormat: column.format,
    validation: validationOf(column, lang),
    inputMessage: { title: column.header[lang], message: column.input[lang] },
  };
}

export function setupPlanFromSchema(lang: Lang): SetupPlan {
  const other: Lang = lang === "en" ? "zh" : "en";
  const sheets = new Map<string, InputSheetPlan & { tables: InputSheetPlan["tables"][number][] }>();
  for (const table of TABLES) {
    const name = table.sheet[lang];
    const sheet = sheets.get(name) ?? {
      name,
      altNames: [table.sheet[other]],
      tables: [],
      freezeHeader: true,
    };
    const used = sheet.tables.reduce((n, t) => n + t.columns.length + 1, 0);
    sheet.tables.push({
      table: table.name,
      anchor: `${String.fromCharCode(65 + used)}1`,
      columns: table.columns.map((c) => columnPlan(c, lang)),
      style: "TableStyleMedium2",
    });
    sheets.set(name, sheet);
  }
  return {
    lang,
    schemaVersion: 1,
    sheets: [...sheets.values()],
    names: [{ name: "SP_Salespeople", formula: "=Salespeople[Name]", comment: "salespeople" }],
  };
}
