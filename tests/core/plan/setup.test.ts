import { buildSetupPlan, LIST_NAMES, LIST_SOURCE_LIMIT } from "../../../src/core/plan";
import { headersAfterSetup } from "../../../src/core/plan/setup";
import { columnHeadersOf } from "../../../src/core/read";
import { TABLES } from "../../../src/core/schema/tables";
import type { Lang } from "../../../src/core/schema/types";
import { expectGolden } from "../../support/golden";

describe("set-up plan (SPEC §1, §1.7)", () => {
  test.each<Lang>(["en", "zh"])("matches the reviewed golden plan in %s", (lang) => {
    expectGolden(`setup-${lang}`, buildSetupPlan(lang, []));
  });

  test("Y/N dropdowns offer 是/否 in a Chinese workbook and Y/N in an English one (SPEC §1.1)", () => {
    const yesNo = (lang: Lang) =>
      buildSetupPlan(lang, [])
        .sheets.flatMap((s) => s.tables)
        .find((t) => t.table === "DailyReport")!
        .columns.find((c) => c.key === "newOutlet")!;
    expect(yesNo("zh").validation).toMatchObject({ type: "list", source: "是,否" });
    expect(yesNo("zh").inputMessage.message).toBe("填“是”或“否”。");
    expect(yesNo("en").validation).toMatchObject({ type: "list", source: "Y,N" });
  });

  test("sign-off is 核签 in every Chinese template; the old 主管签核 header is recognised, not added again", () => {
    const tables = buildSetupPlan("zh", []).sheets.flatMap((s) => s.tables);
    const approvedBy = (table: string) =>
      tables.find((t) => t.table === table)!.columns.find((c) => c.key === "approvedBy")!;
    expect(approvedBy("VisitPlan").header).toBe("主管核签");
    expect(approvedBy("DailyReport").header).toBe("主管核签");
    expect(approvedBy("DailyReport").altHeaders).toEqual(["Approved by", "主管签核"]);
    const headers = JSON.stringify(tables.map((t) => t.columns.map((c) => [c.header, c.inputMessage])));
    expect(headers).not.toContain("签核");
  });

  test("the master lists sit side by side on Lists with one empty column between them", () => {
    const lists = buildSetupPlan("en", []).sheets[0];
    expect(lists.name).toBe("Lists");
    expect(lists.altNames).toEqual(["基础资料"]);
    expect(lists.tables.map((t) => [t.table, t.anchor])).toEqual([
      ["Salespeople", "A1"],
      ["Customers", "H1"],
      ["Products", "P1"],
      ["Calendar", "V1"],
    ]);
  });

  test("every template table is planned once, with headers in the workbook language and the other as alt", () => {
    const plan = buildSetupPlan("zh", []);
    const tables = plan.sheets.flatMap((s) => s.tables);
    expect(tables.map((t) => t.table)).toEqual(TABLES.map((t) => t.name));
    const report = tables.find((t) => t.table === "DailyReport")!;
    const amount = report.columns.find((c) => c.key === "orderAmount")!;
    expect(amount.header).toBe("订货金额");
    expect(amount.altHeaders).toEqual(["Order amount"]);
    expect(amount.inputMessage.title).toBe("订货金额");
    expect(plan.sheets.map((s) => s.name)).toEqual([
      "基础资料",
      "目标分解",
      "拜访计划",
      "每日销售报告",
      "市场状况反映",
      "客户投诉",
      "客户满意度",
      "跳槽顾客",
    ]);
    expect(plan.sheets.every((s) => s.freezeHeader)).toBe(true);
  });

  test("the §8 templates get score dropdowns on their scales, channels, reasons, statuses and list references", () => {
    for (const lang of ["en", "zh"] as const) {
      const tables = buildSetupPlan(lang, []).sheets.flatMap((s) => s.tables);
      const column = (table: string, key: string) =>
        tables.find((t) => t.table === table)!.columns.find((c) => c.key === key)!;
      for (const key of ["productQuality", "delivery", "service", "price", "overall"]) {
        expect(column("Satisfaction", key).validation).toMatchObject({ type: "list", source: "1,2,3,4,5" });
        expect(column("Satisfaction", key).numberFormat).toBe("0");
      }
      expect(column("Satisfaction", "recommend").validation).toMatchObject({
        type: "list",
        source: "0,1,2,3,4,5,6,7,8,9,10",
      });
      expect(column("Satisfaction", "channel").validation).toMatchObject({
        type: "list",
        source: lang === "en" ? "Visit,Phone,Online,Other" : "拜访,电话,线上,其他",
      });
      expect(column("Satisfaction", "customer").validation).toMatchObject({
        type: "list",
        source: "=SP_Customers",
      });
      expect(column("LostCustomers", "salesperson").validation).toMatchObject({
        type: "list",
        source: "=SP_Salespeople",
      });
      expect(column("LostCustomers", "reason").validation).toMatchObject({
        type: "list",
        source:
          lang === "en"
            ? "Price,Quality,Delivery,Service,Competitor offer,Relationship,Closed or moved,Other"
            : "价格,质量,交付,服务,竞品吸引,关系变化,停业迁址,其他",
      });
      expect(column("LostCustomers", "status").validation).toMatchObject({
        type: "list",
        source: lang === "en" ? "Open,In progress,Closed" : "待处理,处理中,已关闭",
      });
      // Owner is free text: whoever follows up, not a list reference (SPEC §8.4).
      expect(column("LostCustomers", "owner").validation).toBeNull();
      expect(column("LostCustomers", "lostOn").numberFormat).toBe("yyyy-mm-dd");
    }
    expect(
      buildSetupPlan("zh", [])
        .sheets.flatMap((s) => s.tables)
        .find((t) => t.table === "Satisfaction")!.columns[8].inputMessage,
    ).toEqual({
      title: "总体满意度",
      message: "必填。1–5 分：1 很不满意 · 2 不太满意 · 3 一般 · 4 比较满意 · 5 很满意。",
    });
  });

  test("enumerations get a dropdown of labels in the workbook language within Excel's 255 characters", () => {
    for (const lang of ["en", "zh"] as const) {
      const columns = buildSetupPlan(lang, []).sheets.flatMap((s) => s.tables.flatMap((t) => t.columns));
      const purpose = columns.find((c) => c.key === "purpose")!;
      expect(purpose.validation).toEqual({
        type: "list",
        source:
          lang === "en"
            ? "New customer,Market research,Collection,Service,Complaint,Order,Other"
            : "开发新客户,市场调研,收款,服务,客诉处理,订货,其他",
        alert: "warning",
      });
      for (const column of columns) {
        if (column.validation?.type === "list")
          expect(column.validation.source.length).toBeLessThanOrEqual(LIST_SOURCE_LIMIT);
      }
    }
  });

  test("list references point at workbook names over table columns, and every such name is planned", () => {
    const plan = buildSetupPlan("en", []);
    const byKey = (table: string, key: string) =>
      plan.sheets
        .flatMap((s) => s.tables)
        .find((t) => t.table === table)!
        .columns.find((c) => c.key === key)!;
    expect(byKey("DailyReport", "salesperson").validation).toEqual({
      type: "list",
      source: "=SP_Salespeople",
      alert: "warning",
    });
    expect(byKey("Targets", "dealer").validation).toEqual({
      type: "list",
      source: "=SP_Customers",
      alert: "warning",
    });
    expect(byKey("Targets", "region").validation).toEqual({
      type: "list",
      source: "=SP_Regions",
      alert: "warning",
    });
    expect(byKey("DailyReport", "product").validation).toEqual({
      type: "list",
      source: "=SP_Products",
      alert: "warning",
    });
    expect(plan.names.map((n) => [n.name, n.formula])).toEqual([
      ["SP_Salespeople", "=Salespeople[Name]"],
      ["SP_Customers", "=Customers[Name]"],
      ["SP_Products", "=Products[Name]"],
      ["SP_Regions", "=Salespeople[Region]"],
    ]);
    const planned = new Set(plan.names.map((n) => `=${n.name}`));
    for (const column of plan.sheets.flatMap((s) => s.tables.flatMap((t) => t.columns))) {
      if (column.validation?.type === "list" && column.validation.source.startsWith("=")) {
        expect(planned).toContain(column.validation.source);
      }
    }
    expect(plan.names.every((n) => !n.formula.includes("[#"))).toBe(true);
    expect(Object.values(LIST_NAMES).map((n) => n.name)).toEqual(
      expect.arrayContaining(plan.names.map((n) => n.name)),
    );
  });

  test("dates, times, amounts, counts and Y/N get their rule; free text and plain numbers get none", () => {
    const columns = buildSetupPlan("en", []).sheets.flatMap((s) => s.tables.flatMap((t) => t.columns));
    const rule = (key: string) => columns.find((c) => c.key === key)!.validation;
    expect(rule("date")).toEqual({ type: "date", alert: "stop" });
    expect(rule("time")).toEqual({ type: "time", alert: "stop" });
    expect(rule("orderAmount")).toEqual({ type: "decimal", min: 0, alert: "stop" });
    expect(rule("newOutlet")).toEqual({ type: "list", source: "Y,N", alert: "warning" });
    expect(rule("grossMargin")).toBeNull();
    expect(rule("insight")).toBeNull();
  });

  test("input messages fit Excel's limits (title 32, message 255 characters)", () => {
    for (const lang of ["en", "zh"] as const) {
      for (const column of buildSetupPlan(lang, []).sheets.flatMap((s) =>
        s.tables.flatMap((t) => t.columns),
      )) {
        expect(column.inputMessage.title.length).toBeLessThanOrEqual(32);
        expect(column.inputMessage.message.length).toBeLessThanOrEqual(255);
      }
    }
  });

  test.each<Lang>(["en", "zh"])(
    "dropdown names in a new %s workbook name the columns set-up writes",
    (lang) => {
      const names = Object.fromEntries(buildSetupPlan(lang, []).names.map((n) => [n.name, n.formula]));
      expect(names).toEqual(
        lang === "zh"
          ? {
              SP_Salespeople: "=Salespeople[姓名]",
              SP_Customers: "=Customers[客户名称]",
              SP_Products: "=Products[产品名称]",
              SP_Regions: "=Salespeople[区域]",
            }
          : {
              SP_Salespeople: "=Salespeople[Name]",
              SP_Customers: "=Customers[Name]",
              SP_Products: "=Products[Name]",
              SP_Regions: "=Salespeople[Region]",
            },
      );
    },
  );

  test("re-run in the other language, the names follow the headers the tables keep, and the ones set-up adds", () => {
    const found = [
      { table: "Salespeople" as const, sheet: "基础资料", headers: ["工号", "姓名", "Region ", "在职"] },
      { table: "Products" as const, sheet: "基础资料", headers: ["产品编码", "单价"] },
    ];
    const names = Object.fromEntries(buildSetupPlan("en", found).names.map((n) => [n.name, n.formula]));
    expect(names).toEqual({
      SP_Salespeople: "=Salespeople[姓名]",
      SP_Customers: "=Customers[Name]",
      SP_Products: "=Products[Name]",
      SP_Regions: "=Salespeople[Region ]",
    });
    expect(headersAfterSetup("en", columnHeadersOf(found)).Products?.byKey).toEqual({
      code: "产品编码",
      name: "Name",
      category: "Category",
      unitPrice: "单价",
      unitCost: "Unit cost",
    });
  });
});
