/**
 * Turns the children's reports into flat figure records for bench/results/latest.json:
 * {figure, group, metric, name, value, unit, baseline, baselineValue, ratio, goal, met, runs, note}.
 * `goal` is the target for the ratio (or value); `met` says whether this run reached it.
 */
const { growthExponent } = require("./stats");

const MB = 1024 * 1024;
const round = (x, digits = 3) => (x === null || x === undefined ? null : Number(x.toPrecision(digits)));

function record(fields) {
  const ratio = fields.baselineValue ? fields.value / fields.baselineValue : null;
  let met = null;
  if (fields.goal) {
    const [op, limit] = fields.goal.split(" ");
    const subject = fields.goalOn === "value" ? fields.value : ratio;
    met = subject === null ? null : op === "≤" ? subject <= Number(limit) : subject < Number(limit);
  }
  return {
    figure: fields.figure,
    group: fields.group,
    metric: fields.metric,
    name: `${fields.group} ${fields.metric}`,
    value: round(fields.value, 4),
    unit: fields.unit,
    baseline: fields.baseline ?? null,
    baselineValue: fields.baselineValue === undefined ? null : round(fields.baselineValue, 4),
    ratio: round(ratio),
    goal: fields.goal ?? null,
    met,
    runs: fields.runs ?? null,
    note: fields.note ?? null,
    ...(fields.samples ? { samples: fields.samples.map((s) => round(s, 4)) } : {}),
  };
}

const pct = (scale) => `${Math.round(scale * 100)}%`;

const SCORECARD_GOALS = { floor: "≤ 2", arquero: "≤ 0.33" };

function coreRecords(byScale) {
  const out = [];
  for (const { scale, report, peaks } of byScale) {
    const timed = new Map(report.timed.map((t) => [t.name, t]));
    const floor = timed.get("baseline.floor");
    const arquero = timed.get("baseline.arquero");
    for (const t of report.timed) {
      const group = `${t.name} @${pct(scale)}`;
      const scorecard = t.name.startsWith("core.scorecard");
      const common = { figure: "1", group, unit: "ms", runs: t.samples.length, value: t.median };
      out.push(
        record({
          ...common,
          metric: "time vs floor",
          baseline: "bare loop: Σ order amount by salesperson × month",
          baselineValue: floor.median,
          goal: scorecard ? SCORECARD_GOALS.floor : undefined,
          samples: t.samples,
          note: `${t.rows} report rows`,
        }),
        record({
          ...common,
          metric: "time vs arquero",
          baseline: "arquero 7: the same group-by sums",
          baselineValue: arquero.median,
          goal: scorecard ? SCORECARD_GOALS.arquero : undefined,
        }),
        record({ figure: "1", group, metric: "rows/s", unit: "rows/s", value: t.rows / (t.median / 1000) }),
        record({
          figure: "1",
          group,
          metric: "cpu time vs floor",
          unit: "ms",
          value: t.cpuMedian,
          baseline: "bare loop (its CPU time)",
          baselineValue: floor.cpuMedian,
          goal: scorecard ? SCORECARD_GOALS.floor : undefined,
          runs: t.cpuSamples.length,
          samples: t.cpuSamples,
          note: "process CPU, all threads",
        }),
        record({
          figure: "1",
          group,
          metric: "cpu time vs arquero",
          unit: "ms",
          value: t.cpuMedian,
          baseline: "arquero (its CPU time)",
          baselineValue: arquero.cpuMedian,
          goal: scorecard ? SCORECARD_GOALS.arquero : undefined,
        }),
      );
      const peak = peaks ? peaks.get(t.name) : null;
      if (peak) {
        out.push(
          record({
            figure: "1",
            group,
            metric: "peak heap",
            unit: "MB",
            value: peak.peakMB,
            note: `heap in use at the start of a run (inputs held): ${peak.startMB.toFixed(0)} MB`,
          }),
        );
      }
    }
    out.push(
      record({
        figure: "1",
        group: `demo.generate @${pct(scale)}`,
        metric: "time",
        unit: "ms",
        value: report.info.generateDemoMs,
        runs: 1,
        note: `${report.info.dailyReportRows} report rows, ${report.info.findings} findings`,
      }),
    );
  }
  return out;
}

function excelRecords(report) {
  const out = [];
  for (const c of report.counted) {
    const [, step, what] = c.name.split(".");
    const group = `excel.${step} @100%`;
    const syncs = c.unit === "syncs";
    out.push(
      record({
        figure: "2",
        group,
        metric: what,
        unit: c.unit,
        value: c.value,
        baseline: c.baselineName,
        baselineValue: c.baseline,
        goal: syncs && c.baselineName && c.baselineName.startsWith("minimum") ? "≤ 1.1" : undefined,
        note: c.note,
      }),
    );
  }
  return out;
}

function cliRecords(byScale) {
  const out = [];
  for (const { scale, people, result } of byScale) {
    const read = result.read;
    for (const command of ["demo", "validate", "rollup"]) {
      const r = result[command];
      const group = `cli.${command} @${pct(scale)}`;
      out.push(
        record({
          figure: "3",
          group,
          metric: "wall time vs exceljs read",
          unit: "s",
          value: r.wallSeconds,
          baseline: "exceljs streaming-reads the same workbook",
          baselineValue: read.wallSeconds,
          runs: r.runs,
          samples: r.samples,
          note: `${people} people × 250 days; workbook ${(result.bytes / MB).toFixed(1)} MB`,
        }),
        record({
          figure: "3",
          group,
          metric: "cpu time vs exceljs read",
          unit: "s",
          value: r.cpuSeconds,
          baseline: "exceljs streaming read",
          baselineValue: read.cpuSeconds,
          runs: r.runs,
        }),
        record({
          figure: "3",
          group,
          metric: "peak RSS",
          unit: "MB",
          value: r.maxRssMB,
          baseline: "exceljs streaming read",
          baselineValue: read.maxRssMB,
          goal: command === "rollup" && scale === 1 ? "< 1024" : undefined,
          goalOn: "value",
          runs: r.runs,
        }),
      );
    }
    out.push(
      record({
        figure: "3",
        group: `exceljs.read @${pct(scale)}`,
        metric: "wall time",
        unit: "s",
        value: read.wallSeconds,
        runs: read.runs,
        samples: read.samples,
      }),
      record({
        figure: "3",
        group: `exceljs.read @${pct(scale)}`,
        metric: "peak RSS",
        unit: "MB",
        value: read.maxRssMB,
        runs: read.runs,
      }),
    );
  }
  return out;
}

function paneRecords(sizes, render) {
  const kb = (part) => part.raw / 1024;
  const gz = (part) => part.gzip / 1024;
  const part = (metric, p, goal) => [
    record({
      figure: "4",
      group: "pane.bundle",
      metric: `${metric} raw`,
      unit: "KB",
      value: kb(p),
      note: p.files.join(", "),
    }),
    record({
      figure: "4",
      group: "pane.bundle",
      metric: `${metric} gzip`,
      unit: "KB",
      value: gz(p),
      goal,
      goalOn: "value",
    }),
  ];
  const out = [
    ...part("task pane at start", sizes.paneInitial, "≤ 180"),
    ...part("loaded on demand", sizes.onDemand),
    ...part("ribbon commands", sizes.commands),
    ...part("all JavaScript", sizes.all),
  ];
  if (render) {
    const timed = new Map(render.timed.map((t) => [t.name, t]));
    const pane = timed.get("pane.firstRender");
    const blank = timed.get("pane.blankPage");
    out.push(
      record({
        figure: "4",
        group: "pane.firstRender",
        metric: "time vs blank page",
        unit: "ms",
        value: pane.median,
        baseline: "a blank page with the same root element, same server",
        baselineValue: blank.median,
        runs: pane.samples.length,
        samples: pane.samples,
      }),
    );
  }
  return out;
}

/**
 * Scaling: for each operation, the growth exponent of its CPU time over all sizes (1 = linear; up to
 * 1.15 is reported as linear). CPU time, not wall time: on a shared machine it is the steadier one.
 * @param {{scale: number, rows: number, times: Record<string, number>}[]} points CPU time per operation
 */
function scalingRecords(figure, points, unit) {
  if (points.length < 2) return [];
  return Object.keys(points[0].times).map((name) => {
    const exponent = growthExponent(points.map((p) => ({ rows: p.rows, time: p.times[name] })));
    const steps = points.map((p) => `${pct(p.scale)}: ${p.times[name].toPrecision(3)} ${unit}`).join(", ");
    return record({
      figure,
      group: `${name} scaling`,
      metric: "growth exponent",
      unit: "",
      value: exponent,
      goal: "≤ 1.15",
      goalOn: "value",
      note: `${exponent <= 1.15 ? "linear" : "faster than linear"}; CPU time ${steps}`,
    });
  });
}

/** Figure 5: consolidate against merely reading the same books, per book count. */
function companyRecords(points, rowsPerBook) {
  const out = [];
  for (const { count, read, consolidate } of points) {
    const group = `cli.consolidate ${count} books`;
    const note = `${count} books of about ${rowsPerBook.toLocaleString("en")} report rows (200 people × 250 days)`;
    out.push(
      record({
        figure: "5",
        group,
        metric: "wall time vs reading the books",
        unit: "s",
        value: consolidate.wallSeconds,
        baseline: "the CLI's streaming reader reads the same books",
        baselineValue: read.wallSeconds,
        runs: 1,
        note,
      }),
      record({
        figure: "5",
        group,
        metric: "cpu time vs reading the books",
        unit: "s",
        value: consolidate.cpuSeconds,
        baseline: "reading the books",
        baselineValue: read.cpuSeconds,
        runs: 1,
      }),
      record({
        figure: "5",
        group,
        metric: "peak RSS",
        unit: "MB",
        value: consolidate.maxRssMB,
        baseline: "reading the books",
        baselineValue: read.maxRssMB,
        goal: "< 1536",
        goalOn: "value",
        runs: 1,
      }),
    );
  }
  return out;
}

/**
 * Figure 4 (responsiveness): the longest task and the tasks over 100 ms on the pane's thread while the
 * workbench validates and refreshes, core jobs in the pane's worker against the same jobs in place.
 * "pane's own" leaves out the time spent inside the simulated Excel's requests (Excel's work in Excel).
 */
function longTaskRecords(info) {
  if (!info) return [];
  const { main, worker } = info.longTasks;
  const note = `${info.reportRows} report rows; Validate (with the sheet) + Refresh rollups`;
  const out = [];
  for (const [metric, key, unit, goal] of [
    ["longest task, pane's own", "paneLongest", "ms", "≤ 100"],
    ["tasks over 100 ms, pane's own", "paneOver100", "", "≤ 0"],
    ["longest task, all", "longest", "ms"],
    ["tasks over 100 ms, all", "over100", ""],
  ]) {
    out.push(
      record({
        figure: "4",
        group: "pane.longTasks",
        metric,
        unit,
        value: worker[key],
        baseline: "the same jobs on the pane's thread (as before issue 12), same page and workbook",
        baselineValue: main[key] || null,
        goal,
        goalOn: "value",
        runs: 1,
        note: key === "paneLongest" ? `${note}; worker computed ${worker.workerJobs} jobs` : undefined,
      }),
    );
  }
  return out;
}

module.exports = {
  record,
  coreRecords,
  excelRecords,
  cliRecords,
  paneRecords,
  scalingRecords,
  companyRecords,
  longTaskRecords,
};
