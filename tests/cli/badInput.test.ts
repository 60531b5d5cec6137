import ExcelJS from "exceljs";
import { existsSync, mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { readZipDirectory, ZipWriter } from "../../src/xlsx/zip";
import { runCli } from "./runCli";
import { sha256, tempFolder } from "../xlsx/workbookFiles";

/** A bad input gives exit 2, exactly one line on stderr, and leaves the input file byte-identical. */
async function expectRejected(args: string[], input: string | null, mention: RegExp): Promise<void> {
  const before = input ? sha256(input) : null;
  const run = await runCli(args);
  expect(run.code).toBe(2);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(mention);
  if (input) expect(sha256(input)).toBe(before);
}

describe("salespace with bad input", () => {
  const tmp = tempFolder();
  let book: string;

  beforeAll(async () => {
    book = tmp.file("book.xlsx");
    expect((await runCli(["init", book, "--quiet"])).code).toBe(0);
  });
  afterAll(() => tmp.remove());

  it("names a file that does not exist", async () => {
    await expectRejected(["validate", tmp.file("nowhere.xlsx")], null, /nowhere\.xlsx: no such file/);
  });

  it("refuses a name that is not .xlsx", async () => {
    const path = tmp.file("notes.txt");
    writeFileSync(path, "hello");
    await expectRejected(["validate", path], path, /not an \.xlsx file name/);
  });

  it("refuses a folder", async () => {
    const path = tmp.file("folder.xlsx");
    mkdirSync(path);
    await expectRejected(["rollup", path], null, /is not a file/);
  });

  it("refuses a text file named .xlsx", async () => {
    const path = tmp.file("text.xlsx");
    writeFileSync(path, "Date,Salesperson\n2026-11-01,王伟\n");
    await expectRejected(["validate", path], path, /not an \.xlsx workbook/);
    await expectRejected(["rollup", path], path, /not an \.xlsx workbook/);
  });

  it("refuses a corrupt zip (a truncated workbook)", async () => {
    const path = tmp.file("truncated.xlsx");
    const whole = readFileSync(book);
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
    await expectRejected(["rollup", path], path, /corrupt or unreadable/);
    await expectRejected(["validate", path], path, /corrupt or unreadable/);
  });

  it("refuses a workbook whose package lacks [Content_Types].xml, before writing anything", async () => {
    const path = tmp.file("no-types.xlsx");
    const zip = new ZipWriter(path);
    for (const entry of readZipDirectory(readFileSync(book)))
      if (entry.name !== "[Content_Types].xml") await zip.addRaw(entry);
    await zip.close();
    const out = tmp.file("no-types-out.xlsx");
    await expectRejected(["rollup", path, "--out", out], path, /no-types\.xlsx: is a corrupt or unreadable/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a password-protected workbook (an encrypted OLE file)", async () => {
    const path = tmp.file("locked.xlsx");
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(path, ole);
    await expectRejected(["validate", path], path, /password-protected/);
  });

  it("names a missing table", async () => {
    const path = tmp.file("no-plan.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    wb.removeWorksheet(wb.getWorksheet("Visit Plan")!.id);
    await wb.xlsx.writeFile(path);
    await expectRejected(["validate", path], path, /table VisitPlan .* is missing/);
    await expectRejected(["rollup", path], path, /table VisitPlan .* is missing/);
  });

  it("names a renamed required column", async () => {
    const path = tmp.file("renamed.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    const sheet = wb.getWorksheet("Daily Report")!;
    sheet.getCell("B1").value = "Seller";
    const table = sheet.getTable("DailyReport") as unknown as { table: { columns: { name: string }[] } };
    table.table.columns[1].name = "Seller";
    await wb.xlsx.writeFile(path);
    await expectRejected(["validate", path], path, /Salesperson/);
    await expectRejected(["rollup", path], path, /Salesperson/);
  });

  it("names an output that cannot be written, and leaves the input untouched", async () => {
    await expectRejected(
      ["rollup", book, "--out", tmp.file("missing-folder/out.xlsx")],
      book,
      /cannot write/,
    );
  });

  it("refuses to overwrite with init unless --force", async () => {
    await expectRejected(["init", book], book, /already exists; pass --force/);
  });

  it("names a malformed period and an impossible date", async () => {
    await expectRejected(["rollup", book, "--period", "2026-13"], book, /"2026-13" is not a period/);
    await expectRejected(["rollup", book, "--as-of", "2026-02-30"], book, /--as-of 2026-02-30/);
  });

  it("refuses an as-of date outside the period, before opening the workbook", async () => {
    await expectRejected(
      ["rollup", book, "--period", "2026-11", "--as-of", "2026-12-25"],
      book,
      /^salespace rollup: The as-of date 2026-12-25 is outside the period 2026-11 \(2026-11-01 to 2026-11-30\)\./,
    );
  });

  it("names an unknown option with the closest known one, once, and an option missing its value", async () => {
    const run = await runCli(["rollup", book, "--perod", "2026-11"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("salespace rollup: unknown option --perod; did you mean --period?\n");
    await expectRejected(
      ["rollup", book, "--period"],
      book,
      /^salespace rollup: --period needs a value, e\.g\. --period 2026-11\.\n$/,
    );
    await expectRejected(["validate", book, "--json=yes"], book, /--json takes no value/);
    await expectRejected(
      ["validate", book, "--xyzzy"],
      book,
      /unknown option --xyzzy; see "salespace validate --help"\./,
    );
  });

  it("names an unknown option and an unknown command", async () => {
    await expectRejected(["validate", book, "--colour"], book, /colour/);
    await expectRejected(["frobnicate", book], book, /unknown command "frobnicate"/);
  });
});
