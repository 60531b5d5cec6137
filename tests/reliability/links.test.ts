/**
 * People's links into rollup sheets survive a refresh (issue 12, item 7): a manager's own formula
 * `=目标达成!D6` on their sheet and a defined name over the Scorecard still point at the Scorecard after
 * Refresh rollups — at the cell that now holds the new figure, not at #REF! — and a failure at any
 * request of the refresh leaves the old or the new rollup whole, with the links intact, and the re-run
 * that completes it keeps them too.
 */
import { refreshRollups } from "../../src/core/actions";
import { isSalesPaceError } from "../../src/core/errors";
import { type Bench, TODAY, duplicatesAndLeftovers, elements, filledBench, halfBuilt } from "./workbench";

const SCORECARD = "目标达成";
const FACTS = "数据源";
const LINK = `=${SCORECARD}!D6`;
const NAMED = `=${SCORECARD}!$D$6`;
const FACTS_LINK = `='${FACTS}'!B3`;

/** A zh workbook refreshed for October, with a manager's sheet and name pointing into the rollups. */
async function linkedBench(): Promise<Bench> {
  const b = await filledBench("zh");
  await refreshRollups.run(b.ctx, { period: "2026-10", asOf: TODAY - 30 });
  const board = b.excel.workbook.addSheet("我的看板");
  board.setFormula(0, 0, LINK);
  board.setFormula(1, 0, FACTS_LINK);
  b.excel.workbook.addName("本月销售", NAMED, "主管自己的名称");
  return b;
}

function links(b: Bench): unknown {
  const board = b.excel.workbook.sheet("我的看板")!;
  return {
    cell: board.formula(0, 0),
    facts: board.formula(1, 0),
    name: b.excel.workbook.names.get("本月销售")!.formula,
  };
}

const refresh = (b: Bench) => refreshRollups.run(b.ctx, { period: "2026-11", asOf: TODAY });

describe("people's links into rollup sheets", () => {
  it("survive a refresh and point at the new figures", async () => {
    const b = await linkedBench();
    const reference = await filledBench("zh");
    await refresh(reference);

    await refresh(b);

    expect(links(b)).toEqual({ cell: LINK, facts: FACTS_LINK, name: NAMED });
    const d6 = (bench: Bench) => bench.excel.workbook.dump(SCORECARD)[5]?.[3];
    expect(d6(b)).toEqual(d6(reference));
    expect(b.excel.workbook.dump(SCORECARD)).toEqual(reference.excel.workbook.dump(SCORECARD));
    expect(b.excel.workbook.tableRows("SP_Facts")).toEqual(reference.excel.workbook.tableRows("SP_Facts"));
    expect(duplicatesAndLeftovers(b.excel)).toEqual([]);
  });

  it("follow the Scorecard when a switch to English renames it", async () => {
    const b = await linkedBench();
    const settings = (await b.ctx.port.inspect()).settings!;
    await b.ctx.port.writeSettings({ ...settings, lang: "en" });

    await refresh(b);

    expect(b.excel.workbook.sheet(SCORECARD)).toBeUndefined();
    expect(links(b)).toEqual({ cell: "=Scorecard!D6", facts: "=Facts!B3", name: "=Scorecard!$D$6" });
    expect(duplicatesAndLeftovers(b.excel)).toEqual([]);
  });

  it("survive a failure at any request of the refresh, which leaves the old or the new rollup whole", async () => {
    const clean = await linkedBench();
    clean.excel.resetCounters();
    await refresh(clean);
    const syncs = clean.excel.counters.syncs;
    const complete = elements(clean.excel);
    expect(syncs).toBeGreaterThanOrEqual(3);

    for (let at = 1; at <= syncs; at++) {
      const b = await linkedBench();
      const before = elements(b.excel);
      b.excel.inject.failAtSync(at);
      const error = await refresh(b).then(
        () => null,
        (e: unknown) => e,
      );
      const where = `failure at sync ${at} of ${syncs}`;
      expect({ where, salesPaceError: isSalesPaceError(error) }).toEqual({ where, salesPaceError: true });
      expect({ where, half: halfBuilt(before, elements(b.excel), complete) }).toEqual({ where, half: [] });
      expect({ where, links: links(b) }).toEqual({
        where,
        links: { cell: LINK, facts: FACTS_LINK, name: NAMED },
      });
      expect({ where, problems: duplicatesAndLeftovers(b.excel) }).toEqual({ where, problems: [] });

      await refresh(b);
      expect({ where, rerun: links(b) }).toEqual({
        where,
        rerun: { cell: LINK, facts: FACTS_LINK, name: NAMED },
      });
    }
  }, 120_000);
});
