import { buildMasterIndex } from "../../../src/core/lists";
import { computeCustomers } from "../../../src/core/metrics/customers";
import { buildCalendar } from "../../../src/core/periods";
import { buildCustomersSheet, CUSTOMER_HEADER_ROW } from "../../../src/core/plan/customers";
import type { Lang } from "../../../src/core/schema/types";
import { AS_OF, VIEW, customersBook } from "../metrics/customers/fixture";
import { templateHeaders } from "../../../src/core/read/columnHeaders";

function sheet(lang: Lang) {
  const book = customersBook();
  const index = buildMasterIndex(book);
  const customers = computeCustomers({ book, index, calendar: buildCalendar([]), view: VIEW, asOf: AS_OF });
  const period = { text: "2026-11", ...VIEW };
  return {
    customers,
    plan: buildCustomersSheet({
      lang,
      headers: templateHeaders(lang),
      book,
      index,
      period,
      asOf: AS_OF,
      customers,
      silentVisitDays: 30,
    }),
  };
}

describe("Customers sheet (SPEC §8.5)", () => {
  it("is named 客户分析 in Chinese and Customers in English, and says which figures are live", () => {
    expect(sheet("zh").plan.name).toBe("客户分析");
    expect(sheet("en").plan.altNames).toEqual(["客户分析"]);
    expect(sheet("en").plan.writes[1].values[0][0]).toContain("Live formulas");
  });

  it("writes one line per customer: people's text as text, live formulas spelled with the workbook's headers", () => {
    const { plan, customers } = sheet("zh");
    const lines = plan.writes.find((w) => w.address.startsWith(`G${CUSTOMER_HEADER_ROW + 1}:`))!;
    expect(lines.values).toHaveLength(customers.lines.length);
    const text = plan.writes.find((w) => w.address.startsWith(`A${CUSTOMER_HEADER_ROW + 1}:`))!;
    expect(text.text).toBe(true);
    const formulas = lines.formulas![0];
    // Class (G) and first order (H) are values; last order (I) is a live MAXIFS.
    expect(formulas[0]).toBeNull();
    expect(formulas[1]).toBeNull();
    expect(formulas[2]).toContain(
      'MAXIFS(DailyReport[日期],DailyReport[客户],$B5,DailyReport[订货金额],">0"',
    );
    expect(formulas[5]).toBe(
      '=COUNTIFS(DailyReport[客户],$B5,DailyReport[日期],">="&DATE(2026,11,1),DailyReport[日期],"<="&DATE(2026,11,27))',
    );
    expect(formulas[11]).toContain(
      'COUNTIFS(Complaints[客户],$B5,Complaints[受理日期],"<="&DATE(2026,11,27),Complaints[结案日期],"=")',
    );
    // Cached values are the core's: 甲's sales in the view.
    expect(lines.values[0][6]).toBe(2000);
  });

  it("lights a silent A customer red and any other silent one amber, and charts the lost sales by reason", () => {
    const { plan } = sheet("en");
    const red = plan.conditionalFormats.filter((f) => f.fill === "#FFC7CE");
    expect(red.map((f) => f.formula)).toContain('=AND($G5="A",ISNUMBER(SEARCH("silent",$U5)))');
    expect(red.map((f) => f.formula)).toContain('=AND($G5="A",ISNUMBER($K5),$K5>30)');
    expect(plan.conditionalFormats.some((f) => f.fill === "#FFEB9C")).toBe(true);
    expect(plan.charts).toEqual([
      expect.objectContaining({ name: "SP_LostReasons", type: "ColumnClustered" }),
    ]);
  });

  it("puts the ABC summary, development, satisfaction, reasons and silent customers beside the lines", () => {
    const titles = sheet("zh")
      .plan.writes.filter((w) => w.style === "subtitle")
      .map((w) => w.values[0][0]);
    expect(titles).toEqual([
      "ABC 客户分级（近12个月）",
      "客户开发",
      "客户满意度",
      "客户流失原因（按流失销售额排序）",
      "待联系的沉默客户（A 类优先）",
    ]);
  });
});
