/**
 * Round trips of whole commands (issue 12, item 10): a set-up workbook is looked at and read without
 * listing its tables first, and the owned-sheet survey rides in the first build request, so a refresh
 * of a small workbook is four requests (five over existing rollups, which are kept and refilled). At
 * SPEC §5 size `npm run bench -- --only excel` reports them against the fewest the 5 MB cap allows.
 */
import { refreshRollups } from "../../src/core/actions";
import { createExcelPort } from "../../src/excel";
import { TODAY, filledBench } from "../reliability/workbench";
import { createExcelDouble } from "../../src/excel-double";

describe("round trips", () => {
  it("looks at a set-up workbook in one request, and at a new one in two", async () => {
    const b = await filledBench("zh");
    b.excel.resetCounters();
    const inventory = await b.ctx.port.inspect();
    expect(inventory.tables.length).toBeGreaterThan(5);
    expect(b.excel.counters.syncs).toBe(1);

    const fresh = createExcelDouble();
    expect((await createExcelPort(fresh.host).inspect()).tables).toEqual([]);
    expect(fresh.counters.perSync.map((s) => s.failed)).toEqual([true, false]);
  });

  it("refreshes a small workbook in four requests, and over existing rollups in five", async () => {
    const b = await filledBench("zh");
    b.excel.resetCounters();
    await refreshRollups.run(b.ctx, { period: "2026-11", asOf: TODAY });
    // Looking, reading, building with the survey, the renames (they depend on what the survey saw).
    expect(b.excel.counters.syncs).toBe(4);

    b.excel.resetCounters();
    await refreshRollups.run(b.ctx, { period: "2026-11", asOf: TODAY });
    // Looking, reading, building with the survey, what the kept sheets hold, refilling them.
    expect(b.excel.counters.syncs).toBe(5);
  });
});
