/**
 * Baseline for the command line (figure 3): exceljs merely reading a workbook — every worksheet's rows
 * through its streaming reader, the cheapest way exceljs offers — and nothing else.
 *
 * Usage: node bench/lib/exceljsRead.js BOOK.xlsx
 */
const ExcelJS = require("exceljs");

async function main(file) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    entries: "emit",
    sharedStrings: "cache",
    worksheets: "emit",
    styles: "ignore",
    hyperlinks: "ignore",
  });
  let rows = 0;
  let cells = 0;
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      rows++;
      cells += row.cellCount;
    }
  }
  process.stdout.write(JSON.stringify({ rows, cells }) + "\n");
}

main(process.argv[2]).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
