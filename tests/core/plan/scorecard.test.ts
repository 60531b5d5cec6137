import {
  buildRollupPlans,
  scorecardFigureAddress,
  scorecardFigureCells,
  type OwnedSheetPlan,
  type RangeWrite,
} from "../../../src/core/plan";
import { columnLetter, rectSize } from "../../../src/core/plan/a1";
import { parseCell } from "../../../src/core/plan/a1";
import { expectGolden } from "../../support/golden";
import { buildMasterIndex } from "../../../src/core/lists";
import { buildScorecard } from "../../../src/core/metrics";
import { buildCalendar, parsePeriod } from "../../../src/core/periods";
import { d, target } from "../../support/rows";
import { scorecardJson } from "../../../src/cli/commands/rollup";
import { rollupInput, smallTeam } from "./fixture";

/** The formula and cached value a plan gives one cell, found through its writes. */
function cellOf(
  plan: OwnedSheetPlan,
  address: string,
): { formula: string | null; value: unknown; format: string | null; write: RangeWrite } {
  const target = parseCell(address);
  for (const write of plan.writes) {
    const [from] = write.address.split(":");
    const origin = parseCell(from);
    const size = rectSize(write.address);
    const r = target.row - origin.row;
    const c = target.column - origin.column;
    if (r >= 0 && c >= 0 && r < size.rows && c < size.columns) {
      const format =
        typeof write.numberFormat === "string" ? write.numberFormat : (write.numberFormat?.[r][c] ?? null);
      return { formula: write.formulas?.[r][c] ?? null, value: write.values[r][c], format, write };
    }
  }
  throw new Error(`No write covers ${address}`);
}

/** The cached values of a helper range such as `$B$28:$C$28`, row by row. */
function valuesIn(plan: OwnedSheetPlan, range: string): unknown[][] {
  const [from, to] = range.replace(/\$/g, "").split(":");
  const a = parseCell(from);
  const b = parseCell(to ?? from);
  const rows: unknown[][] = [];
  for (let r = a.row; r <= b.row; r++) {
    const row: unknown[] = [];
    for (let c = a.column; c <= b.column; c++) row.push(cellOf(plan, `${columnLetter(c)}${r}`).value);
    rows.push(row);
  }
  return rows;
}

/** The helper ranges a formula names, each once, in order (`$A$33:$A$33`, …). */
const rangesOf = (formula: string | null): string[] => [
  ...new Set(formula?.match(/\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/g) ?? []),
];

const scorecardOf = (lang: "en" | "zh") => {
  const input = rollupInput(lang);
  return { input, plan: buildRollupPlans(input)[0] };
};

const NOV_1_TO_20 = 'DailyReport[Date],">="&DATE(2026,11,1),DailyReport[Date],"<="&DATE(2026,11,20)';

describe("scorecard sheet (SPEC §4)", () => {
  test("matches the reviewed golden plan for a small team", () => {
    expectGolden("scorecard-en", scorecardOf("en").plan);
  });

  test("a salesperson's Sales actual is SUMIFS over DailyReport bounded by the period start and as-of", () => {
    const { plan } = scorecardOf("en");
    const { formula } = cellOf(plan, scorecardFigureAddress(0, "sales", "actual"));
    // 王伟 is also typed as S001: both spellings are criteria in one helper row.
    expect(formula).toBe(
      `=SUMPRODUCT(SUMIFS(DailyReport[Order amount],DailyReport[Salesperson],$B$28:$C$28,${NOV_1_TO_20}))`,
    );
    // 赵强 has one spelling: the name cell.
    expect(cellOf(plan, scorecardFigureAddress(3, "sales", "actual")).formula).toBe(
      `=SUMIFS(DailyReport[Order amount],DailyReport[Salesperson],$B9,${NOV_1_TO_20})`,
    );
  });

  test("an ID typed instead of the name is matched too, as the core counts it", () => {
    const { input, plan } = scorecardOf("en");
    expect(input.scorecard.lines[0].metrics.sales.actual).toBe(15000);
    expect(cellOf(plan, "D6").value).toBe(15000);
    const [spellings] = rangesOf(cellOf(plan, "D6").formula);
    expect(valuesIn(plan, spellings)).toEqual([["=王伟", "=S001"]]);
    expect(cellOf(plan, spellings.split(":")[0].replace(/\$/g, "")).write.text).toBe(true);
  });

  test("structured references use the workbook language's headers", () => {
    const { plan } = scorecardOf("zh");
    const { formula } = cellOf(plan, scorecardFigureAddress(0, "sales", "actual"));
    expect(formula).toContain(
      "SUMIFS(DailyReport[订货金额],DailyReport[销售员],$B$28:$C$28,DailyReport[日期],",
    );
    expect(plan.name).toBe("目标达成");
    expect(plan.altNames).toEqual(["Scorecard"]);
  });

  test("a yearly target is prorated to the month by the working-day share the core used", () => {
    const { input, plan } = scorecardOf("en");
    const { formula, value } = cellOf(plan, scorecardFigureAddress(0, "sales", "target"));
    // November 2026 has 21 weekdays minus the 2 November holiday = 20; 2026 has 261 − 1 = 260.
    expect(value).toBeCloseTo((250000 * 20) / 260, 6);
    expect(value).toBe(input.scorecard.lines[0].metrics.sales.target);
    const sumifs = (label: string): string =>
      `SUMIFS(Targets[Target],Targets[Period],$A$33:$A$33,Targets[Salesperson],$B$28:$C$28,Targets[Metric],"=${label}",Targets[Dealer],"=",Targets[Product],"=")`;
    expect(formula).toBe(`=SUMPRODUCT((${sumifs("Sales")}+${sumifs("销售额")})*$B$33:$B$33)`);
    expect(valuesIn(plan, "$A$33:$B$33")).toEqual([["=2026", 20 / 260]]);
  });

  test("a target typed against the salesperson's ID is summed by that spelling", () => {
    const { plan } = scorecardOf("en");
    const { formula, value } = cellOf(plan, scorecardFigureAddress(1, "visits", "target"));
    expect(value).toBe(40);
    const [, spellings] = rangesOf(formula);
    expect(formula).toContain(`Targets[Salesperson],${spellings}`);
    expect(valuesIn(plan, spellings)).toEqual([["=李娜", "=S002"]]);
  });

  test("a region subtotal uses the region's own target and sums its salespeople's actuals", () => {
    const { input, plan } = scorecardOf("en");
    const north = input.scorecard.lines.findIndex((l) => l.level === "region" && l.region === "华北");
    const target = cellOf(plan, scorecardFigureAddress(north, "sales", "target"));
    expect(target.value).toBe(30000);
    const [, spellings] = rangesOf(target.formula);
    expect(target.formula).toContain(`Targets[Salesperson],"=",Targets[Region],${spellings}`);
    expect(valuesIn(plan, spellings)).toEqual([["=华北"]]);
    expect(cellOf(plan, scorecardFigureAddress(north, "sales", "actual")).formula).toBe("=SUM(D9:D9)");
    const east = input.scorecard.lines.findIndex((l) => l.level === "region" && l.region === "华东");
    expect(cellOf(plan, scorecardFigureAddress(east, "sales", "target")).formula).toBe(
      '=IF(COUNT(C6:C7)=0,"",SUM(C6:C7))',
    );
  });

  test("the company total sums the region subtotals", () => {
    const { input, plan } = scorecardOf("en");
    const company = input.scorecard.lines.length - 1;
    expect(cellOf(plan, scorecardFigureAddress(company, "visits", "actual")).formula).toBe("=SUM(AF8,AF10)");
    expect(cellOf(plan, scorecardFigureAddress(company, "sales", "actual")).value).toBe(29000);
  });

  test("ratios are blank, never #DIV/0!, where the target or time progress is missing", () => {
    const { plan } = scorecardOf("en");
    expect(cellOf(plan, "E6").formula).toBe('=IF(OR(C6="",C6=0),"",D6/C6)');
    expect(cellOf(plan, "G6").formula).toBe('=IF(OR(E6="",F6=""),"",E6-F6)');
    expect(cellOf(plan, "H6").formula).toBe('=IF(OR(F6="",F6=0),"",D6/F6)');
    expect(cellOf(plan, "I6").formula).toBe('=IF(C6="","",MAX(0,C6-D6)/6)');
    // 赵强 has no visits target: the cached achievement is blank.
    expect(cellOf(plan, scorecardFigureAddress(3, "visits", "achievement")).value).toBeNull();
  });

  test("gross margin falls back to order amount × margin rate for blank margins, by product spelling", () => {
    const { input, plan } = scorecardOf("en");
    const { formula, value } = cellOf(plan, scorecardFigureAddress(0, "grossMargin", "actual"));
    // 2,500 typed + 3,000 of 红茶 typed as its code P02 at 40 % = 3,700.
    expect(value).toBe(3700);
    expect(value).toBe(input.scorecard.lines[0].metrics.grossMargin.actual);
    expect(formula).toContain(
      `SUMPRODUCT(SUMIFS(DailyReport[Order amount],DailyReport[Salesperson],$B$28:$C$28,${NOV_1_TO_20},DailyReport[Gross margin],"=",DailyReport[Product],$A$22:$A$24)*$B$22:$B$24)`,
    );
    expect(cellOf(plan, "A24")).toMatchObject({ value: "P02" });
    expect(cellOf(plan, "B24")).toMatchObject({ value: 0.4 });
  });

  test("a salesperson's New outlets is the core's distinct count as a value; subtotals still sum it", () => {
    const { plan } = scorecardOf("en");
    expect(cellOf(plan, scorecardFigureAddress(0, "newOutlets", "actual"))).toMatchObject({
      formula: null,
      value: 1,
    });
    expect(cellOf(plan, scorecardFigureAddress(2, "newOutlets", "actual"))).toMatchObject({
      formula: "=SUM(R6:R7)",
      value: 2,
    });
  });

  test("every figure cell caches exactly what the core computed", () => {
    const { input, plan } = scorecardOf("en");
    const cells = scorecardFigureCells(input.scorecard);
    expect(cells).toHaveLength(input.scorecard.lines.length * 5 * 7);
    for (const figure of cells) expect(cellOf(plan, figure.address).value).toBe(figure.value);
  });

  test("traffic lights colour Achievement and Pace from the pace column, as the core's light", () => {
    const { plan } = scorecardOf("en");
    const sales = plan.conditionalFormats.filter((cf) => cf.address === "E6:E11");
    expect(sales.map((cf) => cf.formula)).toEqual([
      "=AND(ISNUMBER($G6),$G6>=0)",
      "=AND(ISNUMBER($G6),$G6<0,$G6>=-0.1)",
      "=AND(ISNUMBER($G6),$G6<-0.1)",
    ]);
    expect(plan.conditionalFormats).toHaveLength(5 * 2 * 3);
  });

  test("a chart plots Sales achievement against time progress per salesperson", () => {
    const { plan } = scorecardOf("en");
    expect(plan.charts).toEqual([expect.objectContaining({ sourceAddress: "A14:C17", seriesBy: "Columns" })]);
    expect(cellOf(plan, "B15").formula).toBe("=E6");
  });

  test("header and name cells are written as text", () => {
    const { plan } = scorecardOf("en");
    expect(cellOf(plan, "C5").write.text).toBe(true);
    expect(cellOf(plan, "B6").write.text).toBe(true);
    expect(plan.freeze).toEqual({ rows: 5, columns: 2 });
  });

  test("a week across two months takes each month's target prorated to its share of the week", () => {
    const team = smallTeam();
    team.targets.push(
      target({ period: "2026-12", salesperson: "李娜", region: "华东", metric: "sales", target: 23000 }),
    );
    const index = buildMasterIndex(team);
    const calendar = buildCalendar(team.calendar);
    const week = parsePeriod("2026-W49")!; // Mon 30 Nov – Sun 6 Dec
    const asOf = d("2026-12-02");
    const scorecard = buildScorecard({ book: team, index, calendar, period: week, asOf });
    const plan = buildRollupPlans({ ...rollupInput("en", team), period: week, asOf, scorecard })[0];
    const { formula, value } = cellOf(plan, scorecardFigureAddress(1, "sales", "target"));
    // November: 1 of its 20 working days; December: 4 of its 23.
    expect(value).toBeCloseTo(20000 / 20 + (23000 * 4) / 23, 9);
    const [periods, spellings, factors] = rangesOf(formula);
    expect(formula).toBe(
      `=SUMPRODUCT((${["Sales", "销售额"]
        .map(
          (label) =>
            `SUMIFS(Targets[Target],Targets[Period],${periods},Targets[Salesperson],${spellings},Targets[Metric],"=${label}",Targets[Dealer],"=",Targets[Product],"=")`,
        )
        .join("+")})*${factors})`,
    );
    expect(valuesIn(plan, periods)).toEqual([["=2026-11"], ["=2026-12"]]);
    expect(valuesIn(plan, factors)).toEqual([[1 / 20], [4 / 23]]);
  });

  test("a target that leaves working days without a target is marked partial, in the cell and in JSON", () => {
    // Q4: 王伟's year covers it; 李娜, 赵强 and 华北 have November only.
    const input = rollupInput("zh", smallTeam(), "2026-Q4");
    const plan = buildRollupPlans(input)[0];
    const at = (who: string, level: string): number =>
      input.scorecard.lines.findIndex((l) => l.level === level && (l.salesperson ?? l.region) === who);
    const format = (line: number): string | null =>
      cellOf(plan, scorecardFigureAddress(line, "sales", "target")).format;
    expect(format(at("李娜", "salesperson"))).toBe('#,##0.00" (部分目标)"');
    expect(format(at("华北", "region"))).toBe('#,##0.00" (部分目标)"');
    expect(format(at("王伟", "salesperson"))).toBe("#,##0.00");
    const json = scorecardJson(input.scorecard).filter((r) => r.metric === "sales");
    expect(json.map((r) => [r.salesperson ?? r.region, r.partialTarget])).toEqual([
      ["王伟", false],
      ["李娜", true],
      ["华东", true],
      ["赵强", true],
      ["华北", true],
      [null, true],
    ]);
  });
});
