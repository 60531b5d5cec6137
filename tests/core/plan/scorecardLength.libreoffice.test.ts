/**
 * Formula length does not grow with periods or spellings (Excel allows 8,192 characters): a year view
 * over 53 weekly targets, with five spellings of every salesperson in Targets and DailyReport, keeps
 * every Scorecard formula short, and LibreOffice recalculates them to the figures the core computed.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { dayFromYmd, weekPeriod } from "../../../src/core/periods";
import {
  buildRollupPlans,
  buildSetupPlan,
  scorecardFigureCells,
  type CellValue,
  type RollupInput,
} from "../../../src/core/plan";
import { readBook } from "../../../src/core/read";
import { DAILY_REPORT, PRODUCTS, SALESPEOPLE, TABLES, TARGETS } from "../../../src/core/schema/tables";
import type { TableDef } from "../../../src/core/schema/types";
import { createXlsxPort } from "../../../src/xlsx";
import { figureMismatches, readRecalculated, recalculateXlsx } from "../../support/libreoffice";
import { rollupInput } from "./fixture";
import { describeWith } from "../../support/programs";

const PEOPLE = [
  { id: "S001", name: "王伟", region: "华东" },
  { id: "S002", name: "李娜", region: "华东" },
  { id: "S003", name: "张强", region: "华北" },
];

/** Five texts that all name one person: the name, padded, the ID, the ID in full-width digits and lower case. */
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

async function writeBook(
  file: string,
): Promise<{ input: RollupInput; plan: ReturnType<typeof buildRollupPlans> }> {
  const port = createXlsxPort();
  await port.applySetup(buildSetupPlan("zh"));
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
  const { book } = readBook(await port.readTables(TABLES.map((t) => t.name)));
  const input = rollupInput("zh", book, "2026", dayFromYmd(2026, 12, 31));
  const plan = buildRollupPlans(input);
  await port.replaceOwnedSheets(plan);
  await port.save(file);
  return { input, plan };
}

describeWith("soffice", "Scorecard formulas of a year over weekly targets with five spellings", (soffice) => {
  test("every formula stays under 8,192 characters and LibreOffice recalculates the core's figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "salespace-length-"));
    const file = join(dir, "weeks-zh.xlsx");
    const { input, plan } = await writeBook(file);

    const formulas = plan[0].writes
      .flatMap((w) => (w.formulas ?? []).flat())
      .filter((f): f is string => f !== null);
    expect(Math.max(...formulas.map((f) => f.length))).toBeLessThan(1200);
    const person = input.scorecard.lines.find((l) => l.salesperson === "王伟")!;
    expect(person.metrics.grossMargin.actual).toBeGreaterThan(12 * 30);
    expect(person.metrics.sales.target).toBeGreaterThan(50_000);
    // Every spelling's rows count: Σ over 5 spellings × 12 months of 100 + month + k.
    expect(person.metrics.sales.actual).toBe(5 * 12 * 100 + 5 * 78 + 12 * 10);
    const spellings = plan[0].writes.find((w) => w.values.some((r) => r[0] === "王伟" && r.length > 5));
    expect(spellings?.values.find((r) => r[0] === "王伟")?.filter((v) => v !== null)).toHaveLength(6);

    const [out] = await recalculateXlsx(soffice, [file], join(dir, "out"));
    const { cell } = await readRecalculated(out);
    const cells = scorecardFigureCells(input.scorecard);
    const mismatches = figureMismatches(cells, (address) => cell("目标达成", address));
    expect(mismatches).toEqual([]);
  }, 120_000);
});
