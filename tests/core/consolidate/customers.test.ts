import { CompanyRollup } from "../../../src/core/consolidate";
import { generateDemo, demoRawTables } from "../../../src/core/demo";
import { buildMasterIndex } from "../../../src/core/lists";
import { buildWeeklyReport, computeCustomers } from "../../../src/core/metrics";
import type { CellValue } from "../../../src/core/plan/types";
import { buildCalendar, parsePeriod } from "../../../src/core/periods";
import { readBook } from "../../../src/core/read";
import { defaultSettings } from "../../../src/core/settings";
import { ENUMS } from "../../../src/core/schema/enums";
import { SCHEMA_VERSION, tableDef, TABLES } from "../../../src/core/schema/tables";
import type { Lang, TableName } from "../../../src/core/schema/types";
import { dayFromIso } from "../../support/day";

type Tables = Record<TableName, CellValue[][]>;

const period = parsePeriod("2026-Q3")!;
const asOf = dayFromIso("2026-09-30");
const demo = generateDemo({
  people: 24,
  days: 85,
  seed: 11,
  start: dayFromIso("2026-06-01"),
  messy: 0,
  lang: "zh",
});

/** A book as the reader gives it, from its rows; an English book gets English headers and labels. */
function loaded(tables: Tables, lang: Lang) {
  const shown =
    lang === "zh"
      ? tables
      : (Object.fromEntries(
          TABLES.map((t) => [
            t.name,
            tables[t.name].map((row) =>
              row.map((cell, i) => {
                const name = tableDef(t.name).columns[i].enumName;
                const value = name === undefined ? undefined : ENUMS[name].find((v) => v.label.zh === cell);
                return value === undefined ? cell : value.label.en;
              }),
            ),
          ]),
        ) as Tables);
  const { book } = readBook(demoRawTables({ tables: shown, injected: {} }, lang));
  return {
    book,
    index: buildMasterIndex(book),
    calendar: buildCalendar(book.calendar),
    settings: defaultSettings(lang, SCHEMA_VERSION),
  };
}

/** Column of `key` in `table`'s rows. */
const col = (table: TableName, key: string) => tableDef(table).columns.findIndex((c) => c.key === key);

/** The demo's rows split by the region of each row's salesperson, as regional workbooks hold them. */
function splitByRegion(tables: Tables): [Tables, Tables] {
  const people = tables.Salespeople;
  const regionOf = new Map(
    people.map((p) => [p[col("Salespeople", "name")], p[col("Salespeople", "region")]]),
  );
  const north = people[0][col("Salespeople", "region")];
  const inNorth = (person: CellValue) => regionOf.get(person) === north;
  const by: Partial<Record<TableName, string>> = {
    Salespeople: "name",
    VisitPlan: "salesperson",
    DailyReport: "salesperson",
    MarketReport: "reporter",
    Complaints: "salesperson",
    Satisfaction: "salesperson",
    LostCustomers: "salesperson",
    Customers: "owner",
  };
  const parts: [Tables, Tables] = [{} as Tables, {} as Tables];
  for (const t of TABLES) {
    const key = by[t.name];
    if (key === undefined) {
      parts[0][t.name] = tables[t.name];
      parts[1][t.name] = tables[t.name];
      continue;
    }
    parts[0][t.name] = tables[t.name].filter((r) => inNorth(r[col(t.name, key)]));
    parts[1][t.name] = tables[t.name].filter((r) => !inNorth(r[col(t.name, key)]));
  }
  // Three northern customers are listed in the southern book only: their rows stay in the north.
  parts[1].Customers = [...parts[0].Customers.slice(0, 3), ...parts[1].Customers];
  parts[0].Customers = parts[0].Customers.slice(3);
  // Rows typed in the north with a southern salesperson, whom only the southern book lists: a survey,
  // and a new-customer visit to a customer no list knows (it counts for the row's salesperson).
  const survey = parts[1].Satisfaction.findIndex((r) => (r[0] as number) >= period.start);
  parts[0].Satisfaction = [...parts[0].Satisfaction, parts[1].Satisfaction[survey]];
  parts[1].Satisfaction = parts[1].Satisfaction.filter((_, i) => i !== survey);
  const visit = [
    ...parts[1].DailyReport.find(
      (r) => (r[0] as number) >= period.start && r[col("DailyReport", "customer")] !== null,
    )!,
  ];
  visit[col("DailyReport", "customer")] = "新开门店（测试）";
  visit[col("DailyReport", "purpose")] = "开发新客户";
  parts[0].DailyReport = [...parts[0].DailyReport, visit];
  // Targets by region: the targets of a region's people and of the region itself.
  const region = col("Targets", "region");
  parts[0].Targets = tables.Targets.filter((r) => r[region] === north);
  parts[1].Targets = tables.Targets.filter((r) => r[region] !== north);
  return parts;
}

/** Numbers to 6 decimals (sums in another order differ in the last bits), without worksheet rows. */
function comparable(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      key === "row" ? undefined : typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v,
    ),
  );
}

/** One book holding every book's rows, in book order (the lists both books share, once). */
function joined(books: readonly Tables[]): Tables {
  return Object.fromEntries(
    TABLES.map((t) => [
      t.name,
      t.name === "Products" || t.name === "Calendar" ? books[0][t.name] : books.flatMap((b) => b[t.name]),
    ]),
  ) as Tables;
}

describe("the company's customers (SPEC §8.4 over §9)", () => {
  const [north, south] = splitByRegion(demo.tables);
  const combined = loaded(joined([north, south]), "zh");
  const company = new CompanyRollup(period, asOf);
  company.addBook("north.xlsx", loaded(north, "zh"));
  company.addBook("south.xlsx", loaded(south, "en"));
  const models = company.finish();

  it("split across a zh and an en book, the rows give the figures one book holding them all gives", () => {
    const single = computeCustomers({ ...combined, view: period, asOf });
    // The fixture has what every figure needs: classes, lost customers in the view, surveys, complaints.
    expect(single.classes.every((c) => c.customers > 0)).toBe(true);
    expect(single.churn.lost).toBeGreaterThan(0);
    expect(single.churn.lostSales).toBeGreaterThan(0);
    expect(single.satisfaction.filter((l) => l.level === "region")).toHaveLength(2);
    expect(single.complaints.received).toBeGreaterThan(0);
    expect(single.development.some((l) => l.won > 0)).toBe(true);
    expect(models.customers.lines).toHaveLength(demo.tables.Customers.length);
    expect(comparable(models.customers)).toEqual(comparable(single));
  });

  it("gives the Weekly report the customer lines of one book holding every row", () => {
    const single = buildWeeklyReport({ ...combined, asOf, signOffOverdueDays: 2 });
    const lines = (regions: typeof single.regions) => regions.map((r) => [r.region, r.customers]);
    expect(lines(models.weekly.regions)).toEqual(lines(single.regions));
    const named = single.regions.flatMap((r) => Object.values(r.customers ?? {}).flat());
    expect(named.length).toBeGreaterThan(0);
  });

  it("keeps two customers that two books give one ID, warns naming both, and an ID typed means its book's customer", () => {
    const id = col("Customers", "id");
    const name = col("Customers", "name");
    const [northern, southern] = [north.Customers[0], south.Customers[5]];
    const customer = col("DailyReport", "customer");
    const typed = south.DailyReport.findIndex((r) => r[customer] === southern[name]);
    expect(typed).toBeGreaterThanOrEqual(0);
    const clashing: Tables = {
      ...south,
      Customers: south.Customers.map((r) =>
        r === southern ? r.map((c, i) => (i === id ? northern[id] : c)) : r,
      ),
      DailyReport: south.DailyReport.map((r, i) =>
        i === typed ? r.map((c, k) => (k === customer ? northern[id] : c)) : r,
      ),
    };
    const rollup = new CompanyRollup(period, asOf);
    rollup.addBook("north.xlsx", loaded(north, "zh"));
    rollup.addBook("south.xlsx", loaded(clashing, "en"));
    const clashed = rollup.finish();
    expect(clashed.disagreements).toContainEqual({
      kind: "idTwoNames",
      list: "customers",
      subject: northern[id],
      first: { book: "north.xlsx", value: northern[name] },
      second: { book: "south.xlsx", value: southern[name] },
    });
    const line = (m: typeof models, n: CellValue) =>
      comparable({ ...m.customers.lines.find((l) => l.name === n)!, id: null });
    expect(line(clashed, southern[name])).toEqual(line(models, southern[name]));
    expect(line(clashed, northern[name])).toEqual(line(models, northern[name]));
    expect(clashed.customers.lines.filter((l) => l.id === northern[id])).toHaveLength(2);
  });
  it("classes and silences customers with the first book's settings, as it takes its language", () => {
    const strict = (tables: Tables, lang: Lang) => {
      const book = loaded(tables, lang);
      return { ...book, settings: { ...book.settings, silentVisitDays: 3, classAPercent: 50 } };
    };
    const rollup = new CompanyRollup(period, asOf);
    rollup.addBook("north.xlsx", strict(north, "zh"));
    rollup.addBook("south.xlsx", loaded(south, "en"));
    const first = rollup.finish();
    const single = computeCustomers({
      ...combined,
      view: period,
      asOf,
      thresholds: { ...first.customerThresholds },
    });
    expect(first.customerThresholds.silentVisitDays).toBe(3);
    expect(comparable(first.customers)).toEqual(comparable(single));
    const count = (m: typeof models, cls: string) => m.customers.lines.filter((l) => l.class === cls).length;
    expect(count(first, "A")).toBeLessThan(count(models, "A"));
    const silent = (m: typeof models) => m.customers.lines.filter((l) => l.flags.includes("silent")).length;
    expect(silent(first)).toBeGreaterThan(silent(models));

    const reversed = new CompanyRollup(period, asOf);
    reversed.addBook("south.xlsx", loaded(south, "en"));
    reversed.addBook("north.xlsx", strict(north, "zh"));
    expect(count(reversed.finish(), "A")).toBe(count(models, "A"));
  });
});
