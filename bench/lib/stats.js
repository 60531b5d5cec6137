/** Small statistics for the bench report. */

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Growth exponent of time against rows: the slope of log(time) over log(rows), least squares over all
 * sizes. 1 = time grows linearly with rows, 2 = quadratically.
 * @param {{rows: number, time: number}[]} points
 */
function growthExponent(points) {
  const xs = points.map((p) => Math.log(p.rows));
  const ys = points.map((p) => Math.log(p.time));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

module.exports = { median, growthExponent };
