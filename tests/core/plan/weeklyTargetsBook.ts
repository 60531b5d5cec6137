/**
 * A book for formula-length tests (Excel allows 8,192 characters per formula): three salespeople with
 * 53 weekly targets each for Sales and Visits, every person typed five ways across Targets and
 * DailyReport, 华北's own weekly targets in both metric labels, and blank margins by product spelling.
 */
import type { WorkbookPort } from "../../../src/core/actions/port";
import { dayFromYmd, weekPeriod } from "../../../src/core/periods";
import { buildSetupPlan, type CellValue } from "../../../src/core/plan";
import { readBook } from "../../../src/core/read";
import { DAILY_REPORT, PRODUCTS, SALESPEOPLE, TABLES, TARGETS } from "../../../src/core/schema/tables";
import type { TableDef } from "../../../src/core/schema/types";
import type { SalesBook } from "../../../src/core/model";

export const PEOPLE = [
  { id: "S001", name: "王伟", region: "华东" },
  { id: "S002", name: "李娜", region: "华东" },
  { id: "S003", name: "张强", region: "华北" },
];

/** Five texts that all name one person: the name, with a space before or after, the ID, the ID in full-width digits. */
const spellingsOf = (p: (typeof PEOPLE)[number]): string[] => [
  p.name,
  ` ${p.name}`,
  p.id,
  p.id.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit))),
  `${p.name} `,
];

function rowOf(table: TableDef, record: Record<string, CellValue>): CellValue[] {
  return table.columns.map((column) => record[column.key] ?? null);
}

const LABELS = { sales: "销售额", visits: "Visits" } as const;

/** Sets the book up through `port` (the .xlsx or the Office.js adapter) and reads it back. */
export async function weeklyTargetsBook(
  port: Pick<WorkbookPort, "applySetup" | "appendRows" | "readTables">,
): Promise<SalesBook> {
  await port.applySetup(buildSetupPlan("zh", []));
  await port.appendRows(
    "Salespeople",
    PEOPLE.map((p) => rowOf(SALESPEOPLE, { id: p.id, name: p.name, region: p.region, active: "是" })),
  );
  await port.appendRows("Products", [
    rowOf(PRODUCTS, { code: "P01", name: "矿泉水", category: "饮料", unitPrice: 10, unitCost: 6 }),
    rowOf(PRODUCTS, { code: "P02", name: "红茶", category: "饮料", unitPrice: 20, unitCost: 15 }),
  ]);
  const targets: CellValue[][] = [];
  PEOPLE.forEach((p, i) => {
    const spellings = spellingsOf(p);
    for (let week = 1; week <= 53; week++) {
      const period = weekPeriod(2026, week).text;
      const salesperson = spellings[week % spellings.length];
      targets.push(
        rowOf(TARGETS, {
          period,
          salesperson,
          region: p.region,
          metric: LABELS.sales,
          target: 1000 + 10 * i + week,
        }),
      );
      targets.push(
        rowOf(TARGETS, {
          period,
          salesperson,
          region: p.region,
          metric: LABELS.visits,
          target: 20 + (week % 7),
        }),
      );
    }
  });
  // 华北's own weekly targets, typed in both languages' metric labels.
  for (let week = 1; week <= 53; week++)
    targets.push(
      rowOf(TARGETS, {
        period: `2026-W${week}`,
        region: "华北",
        metric: week % 2 ? "Sales" : "销售额",
        target: 5000 + week,
      }),
    );
  await port.appendRows("Targets", targets);
  const reports: CellValue[][] = [];
  PEOPLE.forEach((p, i) => {
    spellingsOf(p).forEach((salesperson, k) => {
      for (let month = 1; month <= 12; month++)
        reports.push(
          rowOf(DAILY_REPORT, {
            date: dayFromYmd(2026, month, 3 + k),
            salesperson,
            attendance: "出勤",
            customer: `客户${k}`,
            orderAmount: 100 * (i + 1) + month + k,
            // Blank margins for three spellings: order amount × the product's margin rate, by product spelling.
            grossMargin: k < 2 ? 10 * (k + 1) : null,
            product: ["矿泉水", "P02", "红茶", "p01", null][k],
            collection: 50 + month,
          }),
        );
    });
  });
  await port.appendRows("DailyReport", reports);
  return readBook(await port.readTables(TABLES.map((t) => t.name))).book;
}
