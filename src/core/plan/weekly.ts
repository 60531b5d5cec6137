/**
 * The Weekly report sheet (周报, SPEC §4): one block per region with last week and month to date per
 * metric, visits and plan adherence, open severe market items, open complaints and overdue sign-offs.
 * Everything people typed (names, customers, descriptions) is written as text.
 */
import { translate } from "../i18n";
import type { MetricFigures, OpenItem, WeeklyRegionReport } from "../metrics/types";
import { isoOfDay } from "../periods";
import { METRICS, SEVERITIES, STATUSES } from "../schema/enums";
import type { Lang } from "../schema/types";
import { blockWrite, cellWrite, ownedSheet } from "./ownedSheet";
import type { RollupInput } from "./rollupInput";
import { type TableLocations, cellOf, cellReference } from "../read/locations";
import type { CellValue, HyperlinkPlan, OwnedSheetPlan, RangeWrite } from "./types";
import { actualFormat, targetFormat } from "./figureFormats";

const PERCENT = "0.0%";
const DATE = "yyyy-mm-dd";

/**
 * The weekly report sheet plan.
 *
 * @example buildWeeklySheet(input).writes[0].values[0][0] // "Weekly sales report — week of 2026-11-23"
 */
export function buildWeeklySheet(input: RollupInput): OwnedSheetPlan {
  const { lang, weekly } = input;
  const writes: RangeWrite[] = [
    cellWrite("A1", translate(lang, "weekly.title", { monday: isoOfDay(weekly.monday) }), "title"),
    cellWrite(
      "A2",
      translate(lang, "weekly.subtitle", { lastWeek: weekly.lastWeek.text, month: weekly.month.text }),
      "subtitle",
    ),
  ];
  const hyperlinks: HyperlinkPlan[] = [];
  let row = 4;
  for (const region of weekly.regions) {
    const block = regionBlock(lang, region, row, input.locations);
    writes.push(...block.writes);
    hyperlinks.push(...block.hyperlinks);
    row = block.nextRow + 1;
  }
  return ownedSheet("weekly", lang, {
    columnWidths: [22, 12, 14, 36, 12, 12, 12, 12, 12],
    writes,
    hyperlinks,
  });
}

function regionBlock(
  lang: Lang,
  region: WeeklyRegionReport,
  start: number,
  locations: TableLocations,
): { writes: RangeWrite[]; hyperlinks: HyperlinkPlan[]; nextRow: number } {
  const t = (key: Parameters<typeof translate>[1]): string => translate(lang, key);
  const writes: RangeWrite[] = [
    cellWrite(`A${start}`, translate(lang, "weekly.region", { region: region.region }), "subtitle", true),
    blockWrite(
      start + 1,
      0,
      [
        [null, t("weekly.lastWeek"), null, null, t("weekly.monthToDate"), null, null, null, null],
        [
          t("weekly.metric"),
          t("figure.target"),
          t("figure.actual"),
          t("figure.achievement"),
          t("figure.target"),
          t("figure.actual"),
          t("figure.achievement"),
          t("figure.timeProgress"),
          t("figure.pace"),
        ],
      ],
      { style: "header", text: true },
    ),
  ];
  const hyperlinks: HyperlinkPlan[] = [];
  let row = start + 3;
  const figures = (f: MetricFigures, withProgress: boolean): CellValue[] =>
    withProgress
      ? [f.target, f.actual, f.achievement, f.timeProgress, f.pace]
      : [f.target, f.actual, f.achievement];
  writes.push(
    blockWrite(
      row,
      0,
      METRICS.map((m) => [m.label[lang]]),
      { style: "body", text: true },
    ),
    blockWrite(
      row,
      1,
      METRICS.map((m) => [
        ...figures(region.lastWeek[m.key], false),
        ...figures(region.monthToDate[m.key], true),
      ]),
      {
        numberFormat: METRICS.map((m) => {
          const [week, month] = [region.lastWeek[m.key], region.monthToDate[m.key]];
          const [target, actual] = [(f: MetricFigures) => targetFormat(m.key, f.target), actualFormat(m.key)];
          return [target(week), actual, PERCENT, target(month), actual, PERCENT, PERCENT, PERCENT];
        }),
        style: "body",
      },
    ),
  );
  row += METRICS.length + 1;
  writes.push(
    blockWrite(row, 0, [[t("weekly.visits")], [t("weekly.planAdherence")], [t("weekly.overdueSignOffs")]], {
      style: "body",
      text: true,
    }),
    blockWrite(row, 1, [[region.visits], [region.planAdherence], [region.overdueSignOffs]], {
      numberFormat: [["#,##0"], [PERCENT], ["#,##0"]],
      style: "body",
    }),
  );
  row += 4;
  // Customer lines (SPEC §8.5): a count, then the customers' names (people's text, written as text).
  const customers = region.customers;
  if (customers) {
    const customerLines = [
      ["weekly.customersWon", customers.won],
      ["weekly.customersLost", customers.lost],
      ["weekly.silentA", customers.silentA],
      ["weekly.notInterviewed", customers.notInterviewed],
    ] as const;
    writes.push(
      blockWrite(
        row,
        0,
        customerLines.map(([key]) => [t(key)]),
        { style: "body", text: true },
      ),
      blockWrite(
        row,
        1,
        customerLines.map(([, names]) => [names.length]),
        { numberFormat: customerLines.map(() => ["#,##0"]), style: "body" },
      ),
      blockWrite(
        row,
        2,
        customerLines.map(([, names]) => [names.length === 0 ? null : names.join("、")]),
        { style: "body", text: true },
      ),
    );
    row += customerLines.length + 1;
  }
  for (const [titleKey, items] of [
    ["weekly.openSevere", region.openSevereMarketItems],
    ["weekly.openComplaints", region.openComplaints],
  ] as const) {
    writes.push(cellWrite(`A${row}`, t(titleKey), "subtitle"));
    row += 1;
    if (items.length === 0) {
      writes.push(cellWrite(`A${row}`, t("weekly.none"), "note"));
      row += 2;
      continue;
    }
    writes.push(...openItemWrites(lang, items, row));
    // The row number links to the item's description, so a manager can jump to it.
    items.forEach((item, i) => {
      const target = cellOf(locations, item.table, item.row, "description");
      if (!target) return;
      hyperlinks.push({
        address: `A${row + 1 + i}`,
        target: cellReference(target),
        text: String(item.row),
        tooltip: t("validation.goToTip"),
      });
    });
    row += items.length + 2;
  }
  return { writes, hyperlinks, nextRow: row };
}

function openItemWrites(lang: Lang, items: readonly OpenItem[], row: number): RangeWrite[] {
  const t = (key: Parameters<typeof translate>[1]): string => translate(lang, key);
  return [
    blockWrite(
      row,
      0,
      [
        [
          t("weekly.row"),
          t("weekly.date"),
          t("weekly.customer"),
          t("weekly.description"),
          t("weekly.severity"),
          t("weekly.status"),
        ],
      ],
      { style: "header", text: true },
    ),
    blockWrite(
      row + 1,
      0,
      items.map((item) => [item.row, item.date]),
      { numberFormat: items.map(() => ["0", DATE]), style: "body" },
    ),
    blockWrite(
      row + 1,
      2,
      items.map((item) => [
        item.customer,
        item.description,
        labelOf(lang, SEVERITIES, item.severity),
        labelOf(lang, STATUSES, item.status),
      ]),
      { text: true, style: "body" },
    ),
  ];
}

/** An enumeration key shown as its label; anything else as it came. */
function labelOf(
  lang: Lang,
  values: readonly { key: string; label: { en: string; zh: string } }[],
  text: string | null,
): string | null {
  if (text === null) return null;
  return values.find((v) => v.key === text)?.label[lang] ?? text;
}
