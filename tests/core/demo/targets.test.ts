import fc from "fast-check";
import { apportion } from "../../../src/core/demo/targets";
import { colOf, demo } from "./tables";

describe("apportion (largest remainder)", () => {
  it("gives the leftover units to the largest remainders", () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(10, [21, 19, 22])).toEqual([3, 3, 4]);
  });

  it("always adds up exactly to the total, each part within one unit of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = apportion(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((part, i) => {
            const exact = (total * weights[i]) / sum;
            expect(part).toBeGreaterThanOrEqual(Math.floor(exact));
            expect(part).toBeLessThanOrEqual(Math.ceil(exact));
          });
        },
      ),
    );
  });

  it("refuses weights that add up to nothing", () => {
    expect(() => apportion(5, [0, 0])).toThrow();
  });
});

describe("demo targets", () => {
  const data = demo({ start: 46006 /* 2025-12-15 */, days: 30 });
  const rows = data.tables.Targets;
  const [period, salesperson, region, metric, target] = [
    "period",
    "salesperson",
    "region",
    "metric",
    "target",
  ].map((k) => colOf("Targets", k));
  const key = (row: (typeof rows)[number]): string =>
    `${row[salesperson] ?? ""}|${row[region]}|${row[metric]}`;

  it("covers every year the data touches, for every metric, per region and per active salesperson", () => {
    const years = new Set(rows.map((r) => String(r[period]).slice(0, 4)));
    expect([...years].sort()).toEqual(["2025", "2026"]);
    expect(new Set(rows.map((r) => r[metric]))).toEqual(
      new Set(["销售额", "毛利", "新增网点", "回款", "拜访次数"]),
    );
    const active = data.tables.Salespeople.filter((r) => r[colOf("Salespeople", "active")] === "是").length;
    const perYearMetric = rows.filter((r) => r[period] === "2026" && r[metric] === "销售额");
    const regions = new Set(data.tables.Salespeople.map((r) => r[colOf("Salespeople", "region")]));
    expect(perYearMetric.length).toBe(active + regions.size);
  });

  it("decomposes each year into twelve months that add up to it exactly", () => {
    const yearly = new Map<string, number>();
    const monthly = new Map<string, { sum: number; count: number }>();
    for (const row of rows) {
      const p = String(row[period]);
      const k = `${p.slice(0, 4)}|${key(row)}`;
      expect(Number.isInteger(row[target])).toBe(true);
      if (p.length === 4) yearly.set(k, row[target] as number);
      else {
        expect(p).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        const m = monthly.get(k) ?? { sum: 0, count: 0 };
        monthly.set(k, { sum: m.sum + (row[target] as number), count: m.count + 1 });
      }
    }
    expect(yearly.size).toBeGreaterThan(0);
    for (const [k, value] of yearly) expect(monthly.get(k)).toEqual({ sum: value, count: 12 });
  });

  it("makes each region's target the sum of its salespeople's, for the year and every month", () => {
    const regionTotals = new Map<string, number>();
    const peopleSums = new Map<string, number>();
    for (const row of rows) {
      const k = `${row[period]}|${row[region]}|${row[metric]}`;
      if (row[salesperson] === null) regionTotals.set(k, row[target] as number);
      else peopleSums.set(k, (peopleSums.get(k) ?? 0) + (row[target] as number));
    }
    expect(regionTotals.size).toBeGreaterThan(0);
    expect(peopleSums).toEqual(regionTotals);
  });

  it("gives months with more working days a larger share (February 2026 has the Spring Festival)", () => {
    const first = rows.find(
      (r) => r[salesperson] !== null && r[period] === "2026-02" && r[metric] === "拜访次数",
    );
    const march = rows.find(
      (r) => r[salesperson] === first?.[salesperson] && r[period] === "2026-03" && r[metric] === "拜访次数",
    );
    expect(first?.[target] as number).toBeLessThan(march?.[target] as number);
  });
});
