/**
 * The Customers sheet's live formulas (SUMIFS, COUNTIFS, MAXIFS over DailyReport and Complaints),
 * recalculated by LibreOffice Calc 7.4, give the figures the core computed for every customer: demo
 * data set up and filled with the .xlsx adapter, rollups written, recalculated, read back by address.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { generateDemo } from "../../../src/core/demo";
import { buildMasterIndex } from "../../../src/core/lists";
import { computeCustomers, type CustomersModel } from "../../../src/core/metrics/customers";
import { buildCalendar, dayFromYmd, parsePeriod } from "../../../src/core/periods";
import { buildSetupPlan } from "../../../src/core/plan";
import { buildCustomersSheet, CUSTOMER_HEADER_ROW, customerColumn } from "../../../src/core/plan/customers";
import { columnLetter } from "../../../src/core/plan/a1";
import { readBook } from "../../../src/core/read";
import { TABLES } from "../../../src/core/schema/tables";
import type { Lang } from "../../../src/core/schema/types";
import { createXlsxPort } from "../../../src/xlsx";
import { readRecalculated, recalculateXlsx } from "../../support/libreoffice";
import { describeWith } from "../../support/programs";

const AS_OF = dayFromYmd(2026, 11, 20);
const LIVE = [
  "lastOrder",
  "lastVisit",
  "daysSinceVisit",
  "visits",
  "sales",
  "collections",
  "trailingSales",
  "openComplaints",
] as const;

async function writeDemoBook(lang: Lang, file: string): Promise<CustomersModel> {
  const demo = generateDemo({
    people: 6,
    days: 45,
    seed: 11,
    start: dayFromYmd(2026, 9, 28),
    messy: 0,
    lang,
  });
  const port = createXlsxPort();
  await port.applySetup(buildSetupPlan(lang, []));
  for (const table of TABLES) await port.appendRows(table.name, demo.tables[table.name]);
  const { book, headers } = readBook(await port.readTables(TABLES.map((t) => t.name)));
  const index = buildMasterIndex(book);
  const calendar = buildCalendar(book.calendar);
  const period = parsePeriod("2026-11")!;
  const customers = computeCustomers({ book, index, calendar, view: period, asOf: AS_OF });
  const plan = buildCustomersSheet({
    lang,
    headers,
    book,
    index,
    period,
    asOf: AS_OF,
    customers,
    silentVisitDays: 30,
  });
  await port.replaceOwnedSheets([plan]);
  await port.save(file);
  return customers;
}

describeWith("soffice", "Customers sheet formulas recalculated by LibreOffice", (soffice) => {
  test("every live figure of every customer equals the core's, in English and in Chinese", async () => {
    const dir = mkdtempSync(join(tmpdir(), "salespace-customers-lo-"));
    const cases = [
      { lang: "en" as const, file: join(dir, "customers-en.xlsx") },
      { lang: "zh" as const, file: join(dir, "customers-zh.xlsx") },
    ];
    const models = [];
    for (const c of cases) models.push(await writeDemoBook(c.lang, c.file));
    const outputs = await recalculateXlsx(
      soffice,
      cases.map((c) => c.file),
      join(dir, "out"),
    );
    for (let i = 0; i < cases.length; i++) {
      const { workbook } = await readRecalculated(outputs[i]);
      const sheet = workbook.getWorksheet(cases[i].lang === "en" ? "Customers" : "客户分析")!;
      const resultAt = (address: string): unknown => {
        const cell = sheet.getCell(address);
        return cell.formula ? (cell.result ?? null) : cell.value;
      };
      const lines = models[i].lines;
      expect(lines.length).toBeGreaterThan(100);
      expect(lines.filter((l) => l.visits > 0 && l.sales > 0).length).toBeGreaterThan(50);
      expect(lines.filter((l) => l.openComplaints > 0).length).toBeGreaterThan(0);
      const mismatches: string[] = [];
      lines.forEach((line, r) => {
        for (const key of LIVE) {
          const address = `${columnLetter(customerColumn(key))}${CUSTOMER_HEADER_ROW + 1 + r}`;
          const want = line[key];
          const got = resultAt(address);
          const gotNumber = got instanceof Date ? Math.round(got.getTime() / 86_400_000) + 25569 : got;
          const same =
            want === null
              ? got === null || got === ""
              : typeof gotNumber === "number" &&
                Math.abs(gotNumber - want) <= 1e-6 * Math.max(1, Math.abs(want));
          if (!same)
            mismatches.push(
              `${cases[i].lang} ${address} ${line.name}.${key}: core ${want}, LibreOffice ${JSON.stringify(got)}`,
            );
        }
      });
      expect(mismatches.slice(0, 20)).toEqual([]);
    }
  }, 180_000);
});
