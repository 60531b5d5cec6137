import { readBook } from "../../../src/core/read";
import type { RawCell } from "../../../src/core/read/raw";
import { DAILY_REPORT } from "../../../src/core/schema/tables";

/** A year of a 200-person team's reports (SPEC §5): 400,000 rows of 19 cells, as Excel hands them over. */
function yearOfReports(count: number): RawCell[][] {
  const people = Array.from({ length: 200 }, (_, i) => `销售员${i}`);
  const customers = Array.from({ length: 3000 }, (_, i) => `客户${i}`);
  const purposes = ["订货", "收款", "服务", "Order", "市场调研"];
  const rows: RawCell[][] = new Array(count);
  for (let i = 0; i < count; i++) {
    const amount = i % 3 === 0 ? 1200 + (i % 97) : "";
    rows[i] = [
      46023 + (i % 250),
      people[i % 200],
      i % 50 === 0 ? "出差" : "出勤",
      customers[i % 3000],
      purposes[i % 5],
      "谈妥",
      "矿泉水 550ml",
      amount,
      i % 7 === 0 ? "" : typeof amount === "number" ? amount * 0.3 : "",
      i % 11 === 0 ? "1,500" : "",
      i % 13 === 0 ? "Y" : "N",
      "",
      i % 4 === 0 ? 35.5 : "",
      i % 9 === 0 ? "竞品降价" : "",
      "",
      "",
      i % 5 === 0 ? "客户要求加快交货" : "",
      i % 2 === 0 ? "张主管" : "",
      "",
    ];
  }
  return rows;
}

describe("reading at the scale of SPEC §5", () => {
  it("reads 400,000 daily-report rows (speed: npm run bench)", () => {
    const rows = yearOfReports(400_000);
    const headers = DAILY_REPORT.columns.map((c) => c.header.zh);
    const raw = {
      table: "DailyReport" as const,
      sheet: "每日销售报告",
      headerRow: 1,
      firstColumn: 0,
      headers,
      rows,
    };
    const { book, findings } = readBook([raw]);
    expect(book.dailyReport).toHaveLength(400_000);
    expect(findings).toEqual([]);
    expect(book.dailyReport[399_999]).toMatchObject({
      row: 400_001,
      attendance: "present",
      newOutlet: false,
    });
  });
});
