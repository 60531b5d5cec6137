/** Small statistics for the bench report. */

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Growth exponent between two sizes: 1 = time grows linearly with rows, 2 = quadratically.
 * @param {number} rowsSmall @param {number} timeSmall @param {number} rowsLarge @param {number} timeLarge
 */
function growthExponent(rowsSmall, timeSmall, rowsLarge, timeLarge) {
  return Math.log(timeLarge / timeSmall) / Math.log(rowsLarge / rowsSmall);
}

module.exports = { median, growthExponent };
