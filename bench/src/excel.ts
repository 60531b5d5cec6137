/**
 * Figure 2: Excel round trips at full size on the in-memory Excel double (src/excel-double) through the
 * real adapter (src/excel): syncs and request bytes for set-up, filling the demo rows, reading every
 * table, a full rollup refresh and a second one over the existing rollup sheets — next to the fewest requests the 5 MB cap allows and next to a naive
 * reader that syncs once per row (measured on a 2,000-row sample, then scaled).
 *
 * With `--customers-per-person 100` (20,000 customers, issue #13): only set-up, filling the rows and
 * writing the Customers rollup sheet (its plan computed from the rows read back), next to the 5 MB minimum.
 *
 * Usage (bench/run.js does this): node --expose-gc excel.js --scale 1 [--customers-per-person N] --out FILE
 */
import {
  type ActionContext,
  computeRollups,
  loadBook,
  refreshRollups,
  rollupPeriod,
  setUpWorkbook,
  validateWorkbook,
} from "../../src/core/actions";
import { generateDemo } from "../../src/core/demo";
import { dayFromYmd, isoOfDay } from "../../src/core/periods";
import { TABLES } from "../../src/core/schema/tables";
import { createExcelPort } from "../../src/excel";
import { type ExcelDouble, PAYLOAD_LIMIT_BYTES, createExcelDouble } from "../../src/excel-double";
import { BenchChild, argument } from "./measure";

const NAIVE_SAMPLE_ROWS = 2000;

function record(bench: BenchChild, excel: ExcelDouble, name: string, started: number): void {
  const { syncs, requestBytes, responseBytes } = excel.counters;
  const bytes = requestBytes + responseBytes;
  const minimum = Math.max(1, Math.ceil(bytes / PAYLOAD_LIMIT_BYTES));
  bench.count({
    name: `${name}.syncs`,
    value: syncs,
    unit: "syncs",
    baseline: minimum,
    baselineName: "minimum (bytes / 5 MB)",
  });
  bench.count({
    name: `${name}.bytes`,
    value: bytes,
    unit: "bytes",
    note: `request ${requestBytes}, response ${responseBytes}`,
  });
  bench.info(`${name}.ms`, performance.now() - started);
}

/** One sync per row: what the adapter must never do (SPEC §5). */
async function naiveRead(excel: ExcelDouble, rows: number): Promise<void> {
  await excel.host.run(async (context) => {
    const body = context.workbook.tables.getItem("DailyReport").getDataBodyRange();
    for (let i = 0; i < rows; i++) {
      body.getRow(i).load("values");
      await context.sync();
    }
  });
}

async function main(): Promise<void> {
  const scale = Number(argument("scale", "1"));
  const customersPerPerson = Number(argument("customers-per-person", "20"));
  const bench = new BenchChild(1);
  const lang = "zh";
  const demo = generateDemo({
    people: Math.round(200 * scale),
    days: 250,
    seed: 1,
    start: dayFromYmd(2025, 11, 17),
    messy: 0.01,
    lang,
    customersPerPerson,
  });
  const reportRows = demo.tables.DailyReport.length;
  const asOf = demo.tables.DailyReport.reduce<number>(
    (last, row) => (typeof row[0] === "number" && row[0] > last ? row[0] : last),
    0,
  );
  bench.info("dailyReportRows", reportRows);
  bench.info("asOf", isoOfDay(asOf));

  const excel = createExcelDouble();
  const ctx: ActionContext = { port: createExcelPort(excel.host), today: asOf + 1, lang };

  let started = performance.now();
  await setUpWorkbook.run(ctx, { lang });
  record(bench, excel, "excel.setup", started);

  excel.resetCounters();
  started = performance.now();
  // As "Fill sample data" does (src/core/actions/sample.ts): every table in one call.
  await ctx.port.appendTables(TABLES.map((def) => ({ table: def.name, rows: demo.tables[def.name] })));
  record(bench, excel, "excel.append", started);

  if (customersPerPerson !== 20) {
    bench.info("customers", demo.tables.Customers.length);
    const loaded = await loadBook(ctx, await ctx.port.inspect());
    const period = rollupPeriod(isoOfDay(asOf).slice(0, 7), asOf);
    const customers = computeRollups(loaded, period, asOf).plans.filter((p) => p.kind === "customers");
    excel.resetCounters();
    started = performance.now();
    await ctx.port.replaceOwnedSheets(customers);
    record(bench, excel, "excel.customersSheet", started);
    bench.save(argument("out", "excel.json"));
    return;
  }

  excel.resetCounters();
  started = performance.now();
  const raws = await ctx.port.readTables(TABLES.map((t) => t.name));
  record(bench, excel, "excel.read", started);
  const readRows = raws.reduce((sum, raw) => sum + raw.rows.length, 0);
  bench.info("rowsRead", readRows);
  const readSyncs = excel.counters.syncs;
  const readBytes = excel.counters.requestBytes + excel.counters.responseBytes;

  // What the ribbon's Validate does (the Validation sheet included): its time is what a function
  // command's time limit is weighed against (src/core/actions/ribbonBudget.ts).
  excel.resetCounters();
  started = performance.now();
  await validateWorkbook.run(ctx, { writeSheet: true });
  record(bench, excel, "excel.validate", started);

  excel.resetCounters();
  started = performance.now();
  await refreshRollups.run(ctx, { period: isoOfDay(asOf).slice(0, 7), asOf });
  record(bench, excel, "excel.refresh", started);

  // Refreshing again: the rollup sheets exist, so they are kept (people's links into them survive) and
  // refilled after the temporary build — their cells are written twice.
  excel.resetCounters();
  started = performance.now();
  await refreshRollups.run(ctx, { period: isoOfDay(asOf).slice(0, 7), asOf });
  record(bench, excel, "excel.refreshAgain", started);

  excel.resetCounters();
  await naiveRead(excel, NAIVE_SAMPLE_ROWS);
  const perRow = {
    syncs: excel.counters.syncs / NAIVE_SAMPLE_ROWS,
    bytes: (excel.counters.requestBytes + excel.counters.responseBytes) / NAIVE_SAMPLE_ROWS,
  };
  bench.count({
    name: "excel.read.syncs-vs-naive",
    value: readSyncs,
    unit: "syncs",
    baseline: Math.round(perRow.syncs * readRows),
    baselineName: `one sync per row (${NAIVE_SAMPLE_ROWS}-row sample, scaled)`,
  });
  bench.count({
    name: "excel.read.bytes-vs-naive",
    value: readBytes,
    unit: "bytes",
    baseline: Math.round(perRow.bytes * readRows),
    baselineName: `one sync per row (${NAIVE_SAMPLE_ROWS}-row sample, scaled)`,
  });
  bench.save(argument("out", "excel.json"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
