/**
 * Figure 6 (issue #13 item 7): 20,000 customers with about 400,000 report rows — the core's customer
 * metrics next to the floor measured in the same process, the Excel round trips of writing the
 * Customers sheet next to the 5 MB minimum, and the command line next to exceljs reading the same file.
 */
const { join } = require("path");
const { runChild } = require("./child");
const { cliFigures } = require("./cliRuns");
const { record } = require("./records");

/** Customers in all (issue #13 item 7): 100 per salesperson of the full-size demo. */
const CUSTOMERS = 20000;

const MB = 1024 * 1024;

function coreCustomerRecords(report, peaks) {
  const timed = new Map(report.timed.map((t) => [t.name, t]));
  const floor = timed.get("baseline.floor");
  const note = `${report.info.customers} customers, ${report.info.dailyReportRows} report rows`;
  return report.timed.flatMap((t) => [
    record({
      figure: "6",
      group: `${t.name} 20k customers`,
      metric: "time vs floor",
      unit: "ms",
      value: t.median,
      baseline: "bare loop: Σ order amount by salesperson × month",
      baselineValue: floor.median,
      runs: t.samples.length,
      samples: t.samples,
      note,
    }),
    record({
      figure: "6",
      group: `${t.name} 20k customers`,
      metric: "cpu time vs floor",
      unit: "ms",
      value: t.cpuMedian,
      baseline: "bare loop (its CPU time)",
      baselineValue: floor.cpuMedian,
      runs: t.cpuSamples.length,
      samples: t.cpuSamples,
    }),
    ...(peaks?.get(t.name)
      ? [
          record({
            figure: "6",
            group: `${t.name} 20k customers`,
            metric: "peak heap",
            unit: "MB",
            value: peaks.get(t.name).peakMB,
          }),
        ]
      : []),
  ]);
}

function excelCustomerRecords(report) {
  return report.counted.map((c) =>
    record({
      figure: "6",
      group: `${c.name.split(".").slice(0, 2).join(".")} 20k customers`,
      metric: c.name.split(".")[2],
      unit: c.unit,
      value: c.value,
      baseline: c.baselineName,
      baselineValue: c.baseline,
      goal: c.unit === "syncs" ? "≤ 1.1" : undefined,
      note: c.note ?? `${report.info.customers} customers`,
    }),
  );
}

function cliCustomerRecords(result, customers) {
  const read = result.read;
  const note = `200 people × 250 days, ${customers} customers; workbook ${(result.bytes / MB).toFixed(1)} MB`;
  return ["demo", "validate", "rollup"].flatMap((command) => {
    const r = result[command];
    const group = `cli.${command} 20k customers`;
    const common = {
      figure: "6",
      group,
      runs: r.runs,
      baseline: "exceljs streaming-reads the same workbook",
    };
    return [
      record({
        ...common,
        metric: "wall time",
        unit: "s",
        value: r.wallSeconds,
        baselineValue: read.wallSeconds,
        note,
      }),
      record({
        ...common,
        metric: "cpu time",
        unit: "s",
        value: r.cpuSeconds,
        baselineValue: read.cpuSeconds,
      }),
      record({
        ...common,
        metric: "peak RSS",
        unit: "MB",
        value: r.maxRssMB,
        baselineValue: read.maxRssMB,
        goal: command === "rollup" ? "< 1024" : undefined,
        goalOn: "value",
      }),
    ];
  });
}

/**
 * Runs the three parts of figure 6 (the CLI must be built) and returns their records.
 * @param {{child: string, runs: number, people: number, days: number, start: string, today: string, asOf: string, period: string, log: (s: string) => void}} o
 */
async function customerFigures(o) {
  const perPerson = String(CUSTOMERS / o.people);
  o.log(`figure 6: ${CUSTOMERS} customers — core (${o.runs} runs after a warm-up)`);
  const core = await runChild(
    join(o.child, "customers.js"),
    ["--customers-per-person", perPerson, "--runs", String(o.runs)],
    { traceGc: true },
  );
  o.log(`figure 6: ${CUSTOMERS} customers — writing the Customers sheet on the Excel double`);
  const excel = await runChild(
    join(o.child, "excel.js"),
    ["--scale", "1", "--customers-per-person", perPerson],
    {
      maxOldSpaceMB: 8192,
    },
  );
  o.log(`figure 6: ${CUSTOMERS} customers — command line (1 run each)`);
  const cli = await cliFigures({
    ...o,
    runs: 1,
    demoArgs: ["--customers", String(CUSTOMERS)],
    log: (text) => o.log(`  ${text}`),
  });
  return [
    ...coreCustomerRecords(core.report, core.peaks),
    ...excelCustomerRecords(excel.report),
    ...cliCustomerRecords(cli, CUSTOMERS),
  ];
}

module.exports = { customerFigures };
