/** Prints the bench result as Markdown tables (the same text goes into docs/performance.md). */

function fmt(x) {
  if (x === null || x === undefined) return "";
  if (typeof x !== "number") return String(x);
  if (Math.abs(x) >= 1e6) return x.toExponential(2);
  if (Math.abs(x) >= 100) return Math.round(x).toLocaleString("en-US");
  return x.toPrecision(3).replace(/\.?0+$/, (m) => (m.startsWith(".") ? "" : m));
}

function goalText(r) {
  if (!r || !r.goal) return "";
  return `${r.goal} ${r.met === null ? "" : r.met ? "✔" : "✘"}`.trim();
}

function markdown(header, rows) {
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const row of rows) lines.push(`| ${row.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`);
  return lines.join("\n");
}

function byGroup(records) {
  const groups = new Map();
  for (const r of records) {
    if (!groups.has(r.group)) groups.set(r.group, new Map());
    groups.get(r.group).set(r.metric, r);
  }
  return groups;
}

/** CPU time of a group: a "cpu time vs …" record, or (results written before those existed) "cpu time". */
function cpuOf(m) {
  return (m.get("cpu time vs floor") ?? m.get("cpu time"))?.value;
}

function coreTable(records) {
  const groups = byGroup(records);
  const rows = [];
  for (const [group, m] of groups) {
    if (group.endsWith("scaling")) continue;
    const floor = m.get("time vs floor");
    const arquero = m.get("time vs arquero");
    const time = floor ?? m.get("time");
    const at = group.slice(group.indexOf(" @"));
    const cpu = cpuOf(m);
    const floorCpu = groups.get(`baseline.floor${at}`) && cpuOf(groups.get(`baseline.floor${at}`));
    const arqueroCpu = groups.get(`baseline.arquero${at}`) && cpuOf(groups.get(`baseline.arquero${at}`));
    const cpuRatio = (base) => (cpu && base ? fmt(cpu / base) : "");
    const goals = [goalText(floor), goalText(arquero)].filter(Boolean).join(" / ");
    rows.push([
      group,
      fmt(time.value),
      fmt(cpu),
      time.runs ?? "",
      fmt(m.get("rows/s")?.value),
      fmt(m.get("peak heap")?.value),
      floor ? fmt(floor.ratio) : "",
      arquero ? fmt(arquero.ratio) : "",
      floor ? cpuRatio(floorCpu) : "",
      arquero ? cpuRatio(arqueroCpu) : "",
      goals,
    ]);
  }
  return markdown(
    [
      "figure 1: core",
      "median ms",
      "cpu ms",
      "runs",
      "rows/s",
      "peak heap MB",
      "× floor",
      "× arquero",
      "× floor (cpu)",
      "× arquero (cpu)",
      "goal (floor / arquero, wall)",
    ],
    rows,
  );
}

function genericTable(title, records) {
  return markdown(
    [title, "value", "unit", "baseline", "ratio", "goal", "runs", "note"],
    records.map((r) => [
      r.name,
      fmt(r.value),
      r.unit,
      r.baselineValue === null ? "" : `${fmt(r.baselineValue)} (${r.baseline})`,
      fmt(r.ratio),
      goalText(r),
      r.runs ?? "",
      r.note ?? "",
    ]),
  );
}

function renderTables(result) {
  const f = (n) => result.figures.filter((r) => r.figure === n);
  const parts = [];
  const core = f("1");
  if (core.length) {
    parts.push(coreTable(core));
    const scaling = core.filter((r) => r.group.endsWith("scaling"));
    if (scaling.length) parts.push(genericTable("figure 1: scaling", scaling));
  }
  if (f("2").length) parts.push(genericTable("figure 2: Excel round trips", f("2")));
  if (f("3").length) parts.push(genericTable("figure 3: command line", f("3")));
  if (f("3b").length) parts.push(genericTable("figure 3b: command line against an earlier commit", f("3b")));
  if (f("4").length) parts.push(genericTable("figure 4: task pane", f("4")));
  if (f("5").length) parts.push(genericTable("figure 5: many workbooks", f("5")));
  if (f("6").length) parts.push(genericTable("figure 6: 20,000 customers", f("6")));
  for (const run of result.runs ?? [result]) {
    const m = run.machine;
    parts.push(
      `${run.figures ? `Figures ${run.figures.join(", ")}: ` : ""}${run.startedAt}, ${m.cpu}, ${m.cores} cores, ` +
        `${m.memoryGB} GB, Node ${m.node}, commit ${m.commit}; ` +
        `load average ${m.loadAverageAtStart.map((x) => x.toFixed(1)).join("/")} at start, ` +
        `${m.loadAverageAtEnd.map((x) => x.toFixed(1)).join("/")} at end; ${run.seconds} s in all.`,
    );
  }
  return parts.join("\n\n");
}

function printTables(result) {
  process.stdout.write(renderTables(result) + "\n");
}

module.exports = { printTables, renderTables };
