/**
 * Prints one plain closing line, "jest: N passed, N failed, N skipped", as the very last line of the run
 * (on exit, after Jest's own summary), so tools reading the log (CI) find the counts in a fixed form.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const brokenSuites = results.numRuntimeErrorTestSuites;
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests + brokenSuites} failed, ${skipped} skipped\n`;
    process.once("exit", () => process.stderr.write(line));
  }
}

module.exports = SummaryReporter;
