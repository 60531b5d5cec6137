/**
 * Reads V8's `--trace-gc` output of a bench child: cuts it at the collections the child forced (one per
 * mark, see bench/src/measure.ts) and returns, per timed figure, the heap's peak during its runs — the
 * heap in use just before each collection inside a run, and at the run's end.
 */
const LINE =
  /: (Scavenge|Mark-Compact|Mark-Sweep|Minor Mark-Compact|Minor Mark-Sweep)[^\d]*([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB.*$/;

/**
 * @param {string} trace the child's stdout
 * @param {string[]} marks labels of the forced collections, in order
 * @returns {Map<string, {peakMB: number, startMB: number}> | null} null when the trace does not match the marks
 */
function heapPeaks(trace, marks) {
  const events = [];
  for (const line of trace.split("\n")) {
    const m = LINE.exec(line);
    if (m) events.push({ before: Number(m[2]), after: Number(m[4]), forced: / testing[;,]/.test(line) });
  }
  if (events.filter((e) => e.forced).length !== marks.length) return null;
  const peaks = new Map();
  let label = null;
  let peak = 0;
  let start = 0;
  let forced = 0;
  const close = (endBefore) => {
    if (label === null || !label.startsWith("run:")) return;
    const name = label.slice(4);
    const seen = peaks.get(name) ?? { peakMB: 0, startMB: Infinity };
    peaks.set(name, {
      peakMB: Math.max(seen.peakMB, peak, endBefore),
      startMB: Math.min(seen.startMB, start),
    });
  };
  for (const e of events) {
    if (e.forced) {
      close(e.before);
      label = marks[forced++];
      peak = e.after;
      start = e.after;
    } else {
      peak = Math.max(peak, e.before);
    }
  }
  return peaks;
}

module.exports = { heapPeaks };
