/**
 * Formula length does not grow with periods or spellings (Excel allows 8,192 characters): a year view
 * over 53 weekly targets, with five spellings of every salesperson in Targets and DailyReport, keeps
 * every Scorecard formula short, and LibreOffice recalculates them to the figures the core computed.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { dayFromYmd } from "../../../src/core/periods";
import { buildRollupPlans, scorecardFigureCells, type RollupInput } from "../../../src/core/plan";
import { createXlsxPort } from "../../../src/xlsx";
import { figureMismatches, readRecalculated, recalculateXlsx } from "../../support/libreoffice";
import { rollupInput } from "./fixture";
import { describeWith } from "../../support/programs";
import { weeklyTargetsBook } from "./weeklyTargetsBook";

async function writeBook(
  file: string,
): Promise<{ input: RollupInput; plan: ReturnType<typeof buildRollupPlans> }> {
  const port = createXlsxPort();
  const book = await weeklyTargetsBook(port);
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
