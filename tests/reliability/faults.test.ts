/**
 * Faults (issue #8, part 2): Excel fails at every single sync of Set up workbook, Validate (writing the
 * Validation sheet) and Refresh rollups. Whatever sync fails, every sheet, table, name and setting is
 * either as it was before or as a complete run leaves it — never half-built (SPEC §4: each rollup sheet
 * is rebuilt atomically) — with no duplicate sheet or table and no temporary sheet left behind; the user gets a SalesPaceError
 * with a sentence to act on; and running the command again completes it.
 */
import { refreshRollups, setUpWorkbook, validateWorkbook } from "../../src/core/actions";
import { isSalesPaceError } from "../../src/core/errors";
import { TABLES } from "../../src/core/schema/tables";
import {
  type Bench,
  TODAY,
  bench,
  duplicatesAndLeftovers,
  elements,
  filledBench,
  fingerprint,
  halfBuilt,
  syncsOf,
} from "./workbench";

interface Scenario {
  readonly name: string;
  readonly prepare: () => Promise<Bench>;
  readonly operation: (b: Bench) => Promise<unknown>;
}

const SCENARIOS: readonly Scenario[] = [
  {
    name: "Set up workbook on a new workbook",
    prepare: async () => bench("zh"),
    operation: (b) => setUpWorkbook.run(b.ctx, {}),
  },
  {
    name: "Validate writing the Validation sheet",
    prepare: () => filledBench("en"),
    operation: (b) => validateWorkbook.run(b.ctx, { writeSheet: true }),
  },
  {
    name: "Refresh rollups the first time",
    prepare: () => filledBench("en"),
    operation: (b) => refreshRollups.run(b.ctx, { period: "2026-11", asOf: TODAY }),
  },
  {
    name: "Refresh rollups over existing rollups",
    prepare: async () => {
      const b = await filledBench("zh");
      await refreshRollups.run(b.ctx, { period: "2026-10", asOf: TODAY - 30 });
      return b;
    },
    operation: (b) => refreshRollups.run(b.ctx, { period: "2026-11", asOf: TODAY }),
  },
];

const INPUT_KEYS = new Set([
  ...TABLES.flatMap((t) => [`sheet:${t.sheet.en.toLowerCase()}`, `sheet:${t.sheet.zh.toLowerCase()}`]),
  ...TABLES.map((t) => `table:${t.name.toLowerCase()}`),
]);

/** A template sheet or table: people's work, which no failure may change. */
function isInput(key: string): boolean {
  return INPUT_KEYS.has(key);
}

/** Injection points over all scenarios, for the report in docs/guarantees.md. */
let injected = 0;
const tally = { failures: 0, doubleFailures: 0, hangs: 0 };

afterAll(() =>
  console.log(
    `faults: ${injected} injected (${tally.failures} single failures over ${SCENARIOS.length} operations, ${tally.doubleFailures} failures whose clean-up failed too, ${tally.hangs} requests that never answered)`,
  ),
);

describe.each(SCENARIOS)("a failure at any sync of $name", ({ prepare, operation }) => {
  let complete = "";
  let completeElements = new Map<string, string>();
  let syncs = 0;

  beforeAll(async () => {
    syncs = await syncsOf(prepare, operation);
    const clean = await prepare();
    await operation(clean);
    complete = fingerprint(clean.excel);
    completeElements = elements(clean.excel);
  });

  it("makes at least two requests, so there is something to cut in half", () => {
    expect(syncs).toBeGreaterThanOrEqual(2);
  });

  it("leaves the workbook as before or complete, says what to do, and a re-run completes it", async () => {
    for (let at = 1; at <= syncs; at++) {
      const b = await prepare();
      const before = elements(b.excel);
      b.excel.inject.failAtSync(at);
      const error = await operation(b).then(
        () => null,
        (e: unknown) => e,
      );
      injected++;
      tally.failures++;
      const where = `failure at sync ${at} of ${syncs}`;
      expect({ where, salesPaceError: isSalesPaceError(error) }).toEqual({ where, salesPaceError: true });
      const message = (error as Error).message;
      expect(message).toMatch(/\. |try again|Try again/);
      expect(message).not.toMatch(/Injected failure|GeneralException/);
      const half = halfBuilt(before, elements(b.excel), completeElements);
      expect({ where, half }).toEqual({ where, half: [] });
      expect({ where, problems: duplicatesAndLeftovers(b.excel) }).toEqual({ where, problems: [] });

      await operation(b);
      expect({ where, rerun: fingerprint(b.excel) === complete }).toEqual({ where, rerun: true });
      expect(duplicatesAndLeftovers(b.excel)).toEqual([]);
    }
  }, 90_000);
});

describe("when the clean-up after a failure fails too, or Excel stops answering", () => {
  const refreshOverOld = SCENARIOS[3];
  let syncs = 0;
  let complete = "";

  beforeAll(async () => {
    syncs = await syncsOf(refreshOverOld.prepare, refreshOverOld.operation);
    const clean = await refreshOverOld.prepare();
    await refreshOverOld.operation(clean);
    complete = fingerprint(clean.excel);
  });

  it("keeps every old rollup sheet and people's tables, tells the user, and a re-run cleans up", async () => {
    for (let at = 1; at <= syncs; at++) {
      const b = await refreshOverOld.prepare();
      const before = elements(b.excel);
      b.excel.inject.failAtSync(at);
      b.excel.inject.failAtSync(at + 1);
      b.excel.resetCounters();
      const error = await refreshOverOld.operation(b).then(
        () => null,
        (e: unknown) => e,
      );
      injected += 2;
      tally.doubleFailures++;
      // Where the first failure needed no clean-up, the second hits the user's next request instead.
      if (b.excel.counters.syncs <= at) await b.ctx.port.inspect().catch(() => undefined);
      const where = `failures at syncs ${at} and ${at + 1} of ${syncs}`;
      expect({ where, salesPaceError: isSalesPaceError(error) }).toEqual({ where, salesPaceError: true });
      const after = elements(b.excel);
      // People's sheets and tables are exactly as before; every old rollup sheet is still there.
      const changed = [...before.keys()].filter((k) => isInput(k) && after.get(k) !== before.get(k));
      expect({ where, changed }).toEqual({ where, changed: [] });
      const lost = [...before.keys()].filter((k) => k.startsWith("sheet:") && !after.has(k));
      expect({ where, lost }).toEqual({ where, lost: [] });

      await refreshOverOld.operation(b);
      expect({ where, rerun: fingerprint(b.excel) === complete }).toEqual({ where, rerun: true });
      expect(duplicatesAndLeftovers(b.excel)).toEqual([]);
    }
  }, 90_000);

  it("gives up on a request that never answers with SyncTimeout, and a re-run completes", async () => {
    for (let at = 1; at <= syncs; at++) {
      const b = await filledBench("zh", 20);
      await refreshRollups.run(b.ctx, { period: "2026-10", asOf: TODAY - 30 });
      const before = elements(b.excel);
      b.excel.inject.hangAtSync(at);
      const error = await refreshOverOld.operation(b).then(
        () => null,
        (e: unknown) => e,
      );
      injected++;
      tally.hangs++;
      const where = `no answer at sync ${at} of ${syncs}`;
      expect({ where, code: isSalesPaceError(error) ? error.code : String(error) }).toEqual({
        where,
        code: "SyncTimeout",
      });
      expect((error as Error).message).toMatch(/did not answer .* try again/);
      expect({ where, half: halfBuilt(before, elements(b.excel), new Map(JSON.parse(complete))) }).toEqual({
        where,
        half: [],
      });
      await refreshOverOld.operation(b);
      expect({ where, rerun: fingerprint(b.excel) === complete }).toEqual({ where, rerun: true });
    }
  }, 90_000);
});
