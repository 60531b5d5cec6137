/**
 * The company figure's baseline: merely reading the books, one after the other, with the CLI's own
 * streaming reader (every template table, cells as Office.js values) and nothing else.
 * Usage: node readBooks.js BOOK.xlsx…
 */
const { join } = require("path");

const { openXlsxReader } = require(join(__dirname, "..", "..", "build", "xlsx"));
const { TABLES } = require(join(__dirname, "..", "..", "build", "core", "schema", "tables"));

(async () => {
  let rows = 0;
  for (const path of process.argv.slice(2)) {
    const tables = await openXlsxReader(path).readTables(TABLES.map((t) => t.name));
    for (const t of tables) rows += t.rows.length;
  }
  process.stderr.write(`read ${rows} rows\n`);
})().catch((error) => {
  process.stderr.write(`${error.stack}\n`);
  process.exitCode = 2;
});
