/**
 * Figure 5: `salespace consolidate` over many full-size workbooks (SPEC §9: ten books of 400,000 report
 * rows) — wall time, CPU time and peak RSS next to merely reading the same books with the CLI's
 * streaming reader, at two book counts so that the growth with the rows can be told.
 */
const { mkdtempSync, rmSync } = require("fs");
const { tmpdir } = require("os");
const { join } = require("path");
const { measure } = require("./cliRuns");

const BIN = join(__dirname, "..", "..", "bin", "salespace.js");
const READ = join(__dirname, "readBooks.js");

/**
 * @param {{books: number[], people: number, days: number, start: string, asOf: string, period: string, log: (s: string) => void}} o
 */
async function companyFigures(o) {
  const dir = mkdtempSync(join(tmpdir(), "salespace-company-"));
  const most = Math.max(...o.books);
  try {
    const paths = [];
    for (let i = 0; i < most; i++) {
      const book = join(dir, `region-${i + 1}.xlsx`);
      o.log(`demo ${i + 1} of ${most} (${o.people} people × ${o.days} days, seed ${i + 1})`);
      const args = ["demo", book, "--people", String(o.people), "--days", String(o.days), "--start", o.start];
      await measure(BIN, [
        ...args,
        "--seed",
        String(i + 1),
        "--lang",
        i % 2 ? "en" : "zh",
        "--force",
        "--quiet",
      ]);
      paths.push(book);
    }
    const points = [];
    for (const count of o.books) {
      const books = paths.slice(0, count);
      o.log(`read ${count} books (baseline)`);
      const read = await measure(READ, books);
      o.log(`consolidate ${count} books`);
      const args = [
        "consolidate",
        join(dir, "company.xlsx"),
        ...books,
        "--period",
        o.period,
        "--as-of",
        o.asOf,
      ];
      const consolidate = await measure(BIN, [...args, "--quiet"]);
      points.push({ count, read, consolidate });
    }
    return points;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { companyFigures };
