import { generateDemo } from "../../../src/core/demo";
import { isSalesPaceError } from "../../../src/core/errors";
import {
  ATTENDANCE,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  ENUMS,
  PURPOSES,
} from "../../../src/core/schema/enums";
import { TABLES, tableDef } from "../../../src/core/schema/tables";
import type { ColumnType, ListSource, TableName } from "../../../src/core/schema/types";
import { isoFromDay } from "../../support/day";
import { d } from "../../support/rows";
import { colOf, column, demo, smallOptions } from "./tables";

const HAN = /[\u4e00-\u9fff]/;
const weekday = (day: number): number => new Date(`${isoFromDay(day)}T00:00:00Z`).getUTCDay(); // 0 = Sunday

describe("demo data: determinism", () => {
  it("gives identical output for the same seed", () => {
    // Compared as JSON text: a deep equality over ~15,000 rows would take seconds for the same answer.
    expect(JSON.stringify(demo({ seed: 5 })) === JSON.stringify(demo({ seed: 5 }))).toBe(true);
  });

  it("gives different output for different seeds", () => {
    const a = demo({ seed: 5 });
    const b = demo({ seed: 6 });
    expect(a.tables.Salespeople).not.toEqual(b.tables.Salespeople);
    expect(a.tables.DailyReport).not.toEqual(b.tables.DailyReport);
  });
});

describe("demo data: shape", () => {
  const data = demo();
  const { people, days } = smallOptions();

  it("has every template table, each row with its table's column count", () => {
    expect(Object.keys(data.tables).sort()).toEqual(TABLES.map((t) => t.name).sort());
    for (const def of TABLES) {
      expect(data.tables[def.name].length).toBeGreaterThan(0);
      const wrong = data.tables[def.name].filter((row) => row.length !== def.columns.length);
      expect([def.name, wrong]).toEqual([def.name, []]);
    }
  });

  it("has about eight report rows and eight planned visits per person per working day", () => {
    const report = data.tables.DailyReport.length / (people * days);
    const plan = data.tables.VisitPlan.length / (people * days);
    expect(report).toBeGreaterThan(7.5);
    expect(report).toBeLessThan(9);
    expect(plan).toBeGreaterThan(7.5);
    expect(plan).toBeLessThan(9);
  });

  it("has about twenty customers per salesperson, 8–15 products and regions of about twelve people", () => {
    expect(data.tables.Customers.length / people).toBeGreaterThan(17);
    expect(data.tables.Customers.length / people).toBeLessThan(23);
    expect(data.tables.Products.length).toBeGreaterThanOrEqual(8);
    expect(data.tables.Products.length).toBeLessThanOrEqual(15);
    expect(new Set(column(data, "Salespeople", "region")).size).toBe(2);
  });

  it("gives a salesperson about as many customers as asked (the 20,000-customer scale: 100 each)", () => {
    const many = demo({ people: 6, days: 10, customersPerPerson: 100 });
    expect(many.tables.Customers.length / 6).toBeGreaterThan(96);
    expect(many.tables.Customers.length / 6).toBeLessThan(104);
    expect(new Set(column(many, "Customers", "name")).size).toBe(many.tables.Customers.length);
    // Asking for the default is the same workbook as not asking.
    const small = { people: 6, days: 10 };
    expect(JSON.stringify(demo({ ...small, customersPerPerson: 20 }))).toBe(JSON.stringify(demo(small)));
  });

  it("refuses fewer than one customer per salesperson", () => {
    let caught: unknown;
    try {
      demo({ customersPerPerson: 0 });
    } catch (error) {
      caught = error;
    }
    expect(isSalesPaceError(caught) && caught.code).toBe("BadArgument");
  });

  it("numbers salespeople S001…, customers C0001… and products P01…", () => {
    expect(column(data, "Salespeople", "id").slice(0, 2)).toEqual(["S001", "S002"]);
    expect(column(data, "Customers", "id").slice(0, 2)).toEqual(["C0001", "C0002"]);
    expect(column(data, "Products", "code").slice(0, 2)).toEqual(["P01", "P02"]);
  });

  it("gives salespeople unique Chinese names and lists a few who have left", () => {
    const names = column(data, "Salespeople", "name") as string[];
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    expect(column(data, "Salespeople", "active").filter((a) => a === "否").length).toBeGreaterThan(0);
  });

  it("prices products with a 15–40 % margin", () => {
    for (const row of data.tables.Products) {
      const margin =
        1 - (row[colOf("Products", "unitCost")] as number) / (row[colOf("Products", "unitPrice")] as number);
      expect(margin).toBeGreaterThanOrEqual(0.149);
      expect(margin).toBeLessThanOrEqual(0.401);
    }
  });

  it("names dealers like companies and has every customer type and status", () => {
    const types = column(data, "Customers", "type");
    const names = column(data, "Customers", "name") as string[];
    names.forEach((name, i) => {
      if (types[i] === "经销商") expect(name).toMatch(/商贸有限公司$/);
    });
    expect(new Set(types)).toEqual(new Set(CUSTOMER_TYPES.map((t) => t.label.zh)));
    expect(new Set(column(data, "Customers", "status"))).toEqual(
      new Set(CUSTOMER_STATUSES.map((s) => s.label.zh)),
    );
  });
});

describe("demo data: clean values (messy = 0)", () => {
  const data = demo();

  const lists: Record<ListSource, Set<unknown>> = {
    salespeople: new Set(column(data, "Salespeople", "name")),
    customers: new Set(column(data, "Customers", "name")),
    dealers: new Set(
      data.tables.Customers.filter((r) => r[colOf("Customers", "type")] === "经销商").map(
        (r) => r[colOf("Customers", "name")],
      ),
    ),
    products: new Set(column(data, "Products", "name")),
    regions: new Set(column(data, "Salespeople", "region")),
  };

  it("uses only entries of the master lists in every list column", () => {
    let checked = 0;
    for (const def of TABLES) {
      def.columns.forEach((col, i) => {
        if (col.type !== "listRef" || !col.list) return;
        for (const row of data.tables[def.name]) {
          if (row[i] === null) continue;
          checked++;
          if (!lists[col.list].has(row[i]))
            throw new Error(`${def.name}.${col.key}: ${String(row[i])} not in ${col.list}`);
        }
      });
    }
    expect(checked).toBeGreaterThan(10000);
  });

  it("writes enumerations with the schema's labels in the workbook language", () => {
    for (const lang of ["zh", "en"] as const) {
      const sample = lang === "zh" ? data : demo({ lang: "en", days: 10 });
      for (const def of TABLES) {
        def.columns.forEach((col, i) => {
          if (col.type !== "enum" || !col.enumName) return;
          const labels = new Set(ENUMS[col.enumName].map((v) => v.label[lang]));
          const wrong = sample.tables[def.name].filter(
            (row) => row[i] !== null && !labels.has(row[i] as string),
          );
          expect(wrong).toEqual([]);
        });
      }
    }
  });

  it("writes dates as whole serial numbers, times as HH:MM text and yes/no as 是 or 否 in a Chinese workbook", () => {
    for (const def of TABLES) {
      def.columns.forEach((col, i) => {
        const fits = (cell: unknown): boolean => {
          // Any column type: the schema has no count column today, but one added later is checked too.
          switch (col.type as ColumnType) {
            case "date":
              return Number.isInteger(cell) && (cell as number) > 40000;
            case "time":
              return typeof cell === "string" && /^([01]\d|2[0-3]):[0-5]\d$/.test(cell);
            case "yesNo":
              return cell === "是" || cell === "否";
            case "money":
            case "count":
              return typeof cell === "number" && cell >= 0;
            default:
              return true;
          }
        };
        const wrong = data.tables[def.name].filter((row) => row[i] !== null && !fits(row[i]));
        expect([def.name, col.key, wrong]).toEqual([def.name, col.key, []]);
      });
    }
  });

  it("fills every required cell", () => {
    const leave = ATTENDANCE.find((a) => a.key === "leave")?.label.zh;
    for (const def of TABLES) {
      const required = def.columns.map((c, i) => (c.required ? i : -1)).filter((i) => i >= 0);
      for (const row of data.tables[def.name]) {
        for (const i of required)
          if (row[i] === null) throw new Error(`${def.name} row lacks ${def.columns[i].key}`);
      }
    }
    expect(column(data, "DailyReport", "attendance")).toContain(leave);
  });

  it("has no report or plan rows on weekends or holidays except on 调休 make-up workdays", () => {
    const calendar = new Map(
      data.tables.Calendar.map((r) => [r[colOf("Calendar", "date")] as number, r[colOf("Calendar", "kind")]]),
    );
    const makeUpDays = new Set<number>();
    for (const table of ["DailyReport", "VisitPlan"] as TableName[]) {
      for (const day of new Set(column(data, table, "date") as number[])) {
        const weekend = weekday(day) === 0 || weekday(day) === 6;
        if (weekend) {
          expect(calendar.get(day)).toBe("调休上班日");
          makeUpDays.add(day);
        } else expect(calendar.get(day)).not.toBe("休息日");
      }
    }
    // 14 Sep – 10 Nov 2026 includes the make-up Sunday 20 Sep and Saturday 10 Oct.
    expect([...makeUpDays].map(isoFromDay).sort()).toEqual(["2026-09-20", "2026-10-10"]);
  });

  it("writes one row without a customer for a day on leave, and nothing else for that person that day", () => {
    const attendance = colOf("DailyReport", "attendance");
    const customer = colOf("DailyReport", "customer");
    const personDay = (r: unknown[]): string =>
      `${r[colOf("DailyReport", "date")]}|${r[colOf("DailyReport", "salesperson")]}`;
    const rowsPerDay = new Map<string, number>();
    for (const r of data.tables.DailyReport)
      rowsPerDay.set(personDay(r), (rowsPerDay.get(personDay(r)) ?? 0) + 1);
    const leaveRows = data.tables.DailyReport.filter((r) => r[attendance] === "请假");
    expect(leaveRows.length).toBeGreaterThan(0);
    for (const r of leaveRows) {
      expect(r[customer]).toBeNull();
      expect(rowsPerDay.get(personDay(r))).toBe(1);
    }
  });

  it("has every active salesperson report every working day, and people who left report nothing", () => {
    const active = new Set(
      data.tables.Salespeople.filter((r) => r[colOf("Salespeople", "active")] === "是").map(
        (r) => r[colOf("Salespeople", "name")],
      ),
    );
    const days = new Set(column(data, "DailyReport", "date"));
    const reported = new Set(
      data.tables.DailyReport.map(
        (r) => `${r[colOf("DailyReport", "date")]}|${r[colOf("DailyReport", "salesperson")]}`,
      ),
    );
    expect(reported.size).toBe(days.size * active.size);
    expect(column(data, "DailyReport", "salesperson").filter((name) => !active.has(name))).toEqual([]);
  });

  it("has some unplanned visits and some missed planned visits, but not many", () => {
    const key = (table: TableName, r: unknown[]): string =>
      `${r[colOf(table, "date")]}|${r[colOf(table, "salesperson")]}|${r[colOf(table, "customer")]}`;
    const planned = new Set(data.tables.VisitPlan.map((r) => key("VisitPlan", r)));
    const visits = data.tables.DailyReport.filter((r) => r[colOf("DailyReport", "customer")] !== null);
    const visited = new Set(visits.map((r) => key("DailyReport", r)));
    const unplanned = visits.filter((r) => !planned.has(key("DailyReport", r))).length / visits.length;
    const missed = [...planned].filter((k) => !visited.has(k)).length / planned.size;
    expect(unplanned).toBeGreaterThan(0.03);
    expect(unplanned).toBeLessThan(0.1);
    expect(missed).toBeGreaterThan(0.01);
    expect(missed).toBeLessThan(0.06);
  });

  it("visits only the salesperson's own customers, never churned ones", () => {
    const owner = new Map(
      data.tables.Customers.map((r) => [r[colOf("Customers", "name")], r[colOf("Customers", "owner")]]),
    );
    const churned = new Set(
      data.tables.Customers.filter((r) => r[colOf("Customers", "status")] === "流失").map(
        (r) => r[colOf("Customers", "name")],
      ),
    );
    expect(churned.size).toBeGreaterThan(0);
    for (const table of ["VisitPlan", "DailyReport"] as TableName[]) {
      const wrong = data.tables[table].filter((r) => {
        const c = r[colOf(table, "customer")];
        return c !== null && (owner.get(c) !== r[colOf(table, "salesperson")] || churned.has(c));
      });
      expect(wrong).toEqual([]);
    }
  });

  it("leaves some gross margins blank and otherwise computes them from the product's cost", () => {
    const product = new Map(
      data.tables.Products.map((r) => [
        r[colOf("Products", "name")],
        {
          price: r[colOf("Products", "unitPrice")] as number,
          cost: r[colOf("Products", "unitCost")] as number,
        },
      ]),
    );
    const orders = data.tables.DailyReport.filter((r) => r[colOf("DailyReport", "orderAmount")] !== null);
    const blank =
      orders.filter((r) => r[colOf("DailyReport", "grossMargin")] === null).length / orders.length;
    expect(blank).toBeGreaterThan(0.08);
    expect(blank).toBeLessThan(0.25);
    for (const r of orders) {
      const margin = r[colOf("DailyReport", "grossMargin")];
      if (margin === null) continue;
      const p = product.get(r[colOf("DailyReport", "product")]);
      const amount = r[colOf("DailyReport", "orderAmount")] as number;
      expect(margin as number).toBeCloseTo(amount * (1 - p!.cost / p!.price), 1);
    }
  });

  it("signs off every row but those of the last two working days, where some are still waiting", () => {
    const dates = [...new Set(column(data, "VisitPlan", "date") as number[])].sort((a, b) => a - b);
    const recent = new Set(dates.slice(-2));
    for (const table of ["VisitPlan", "DailyReport"] as TableName[]) {
      const rows = data.tables[table];
      const signed = (r: unknown[]): boolean => r[colOf(table, "approvedBy")] !== null;
      expect(rows.filter((r) => !recent.has(r[colOf(table, "date")] as number)).every(signed)).toBe(true);
      expect(
        rows.filter((r) => recent.has(r[colOf(table, "date")] as number) && !signed(r)).length,
      ).toBeGreaterThan(0);
    }
  });

  it("escalates every severe market item that affects sales, and closes items no earlier than they were opened", () => {
    const m = (k: string): number => colOf("MarketReport", k);
    const severe = data.tables.MarketReport.filter(
      (r) => r[m("severity")] === "严重" && r[m("affectsSales")] === "是",
    );
    expect(severe.length).toBeGreaterThan(0);
    for (const r of severe) expect(r[m("escalatedTo")]).not.toBeNull();
    const lastDay = Math.max(...(column(data, "DailyReport", "date") as number[]));
    for (const [table, open] of [
      ["MarketReport", "date"],
      ["Complaints", "received"],
    ] as const) {
      const closed = data.tables[table].filter((r) => r[colOf(table, "closedOn")] !== null);
      expect(closed.length).toBeGreaterThan(0);
      for (const r of closed) {
        expect(r[colOf(table, "closedOn")] as number).toBeGreaterThanOrEqual(r[colOf(table, open)] as number);
        expect(r[colOf(table, "closedOn")] as number).toBeLessThanOrEqual(lastDay);
      }
    }
  });

  it("has a few market items per person per month and about one complaint", () => {
    const { people, days } = smallOptions();
    const months = days / 21;
    expect(data.tables.MarketReport.length / people / months).toBeGreaterThan(1.5);
    expect(data.tables.MarketReport.length / people / months).toBeLessThan(4);
    expect(data.tables.Complaints.length / people / months).toBeGreaterThan(0.4);
    expect(data.tables.Complaints.length / people / months).toBeLessThan(1.8);
  });

  it("injects nothing", () => {
    expect(Object.values(data.injected).every((n) => n === 0)).toBe(true);
    expect(Object.keys(data.injected).length).toBeGreaterThan(0);
  });
});

describe("demo data in English", () => {
  const data = demo({ lang: "en", days: 5 });

  it("writes labels and free text in English but keeps people's names Chinese", () => {
    expect(new Set(column(data, "VisitPlan", "purpose"))).toEqual(
      new Set(column(data, "VisitPlan", "purpose").filter((p) => PURPOSES.some((x) => x.label.en === p))),
    );
    for (const name of column(data, "Salespeople", "name")) expect(name).toMatch(HAN);
    for (const text of column(data, "VisitPlan", "objective")) expect(text).not.toMatch(HAN);
    expect(column(data, "Salespeople", "office")[0]).toMatch(/ office$/);
    expect(tableDef("Calendar").columns).toHaveLength(data.tables.Calendar[0].length);
  });
});

describe("demo options", () => {
  it.each([
    ["no salespeople", { people: 0 }],
    ["a fraction of a day", { days: 1.5 }],
    ["a messy share above 1", { messy: 2 }],
    ["a seed that is not a whole number", { seed: Number.NaN }],
  ])("refuses %s with a BadArgument error", (_what, overrides) => {
    expect.assertions(1);
    try {
      generateDemo(smallOptions(overrides));
    } catch (error) {
      expect(isSalesPaceError(error, "BadArgument")).toBe(true);
    }
  });

  it("starts on the next working day when the start is not one", () => {
    // National Day week: 1–7 October 2026 are off, Thursday the 8th is the first working day.
    const data = demo({ start: d("2026-10-01"), days: 1, people: 3 });
    expect(new Set(column(data, "DailyReport", "date").map((x) => isoFromDay(x as number)))).toEqual(
      new Set(["2026-10-08"]),
    );
  });
});

describe("demo data: yes/no in the workbook's language (SPEC §1.1)", () => {
  /** Every value of every yes/no column of every table. */
  function answers(lang: "en" | "zh"): Set<unknown> {
    const data = demo({ lang, people: 8, days: 20 });
    const found = new Set<unknown>();
    for (const def of TABLES) {
      def.columns.forEach((col, i) => {
        if (col.type === "yesNo")
          for (const row of data.tables[def.name]) if (row[i] !== null) found.add(row[i]);
      });
    }
    return found;
  }

  it("writes 是/否 in a Chinese workbook and Y/N in an English one", () => {
    expect(answers("zh")).toEqual(new Set(["是", "否"]));
    expect(answers("en")).toEqual(new Set(["Y", "N"]));
  });

  it("a messy Chinese workbook's mistaken answer is the other language's word, which reads the same", () => {
    const clean = demo({ lang: "zh", messy: 0 });
    const messy = demo({ lang: "zh", messy: 0.3 });
    const at = colOf("DailyReport", "newOutlet");
    const swapped = messy.tables.DailyReport.filter((row, i) => row[at] !== clean.tables.DailyReport[i][at]);
    const pairs = new Set(swapped.map((row) => `${String(row[at])}`));
    expect(swapped.length).toBeGreaterThan(0);
    expect([...pairs].every((p) => p === "Y" || p === "N")).toBe(true);
  });
});
