/**
 * Realistic, deterministic sample data for a SalesPace workbook (`salespace demo`, first tries, tests
 * and benchmarks): a whole sales organisation with its lists, targets, daily plans and reports, market
 * items and complaints, satisfaction surveys and lost customers, optionally with a share of realistic typing mistakes.
 */
import { SalesPaceError } from "../errors";
import { type Day, type WorkCalendar, buildCalendar, isWorkingDay, ymdOfDay } from "../periods";
import type { CalendarRow } from "../model";
import type { CellValue } from "../plan/types";
import { CALENDAR_KINDS, CUSTOMER_STATUSES, CUSTOMER_TYPES, YES_NO } from "../schema/enums";
import type { Lang, TableName } from "../schema/types";
import { HOLIDAY_YEARS, holidayEntries } from "./holidays";
import { writeCustomerVoice } from "./customers";
import { matchKey } from "../text/fold";
import { writeMarketAndComplaints } from "./market";
import { REGIONS } from "./places";
import { Mistakes } from "./mistakes";
import { type Organisation, buildOrganisation } from "./organisation";
import { Random } from "./random";
import { writeTargets } from "./targets";
import { writeVisits } from "./visits";
import { TableWriter } from "./writer";

export { MISTAKES, type MistakeInfo, type MistakeKind } from "./mistakes";
export { apportion } from "./targets";
export { demoRawTables } from "./raw";
export { CUSTOMERS_PER_PERSON } from "./organisation";

/** The working-day calendar of the sample data: weekends and the built-in holidays with their 调休. */
function demoCalendar(): WorkCalendar {
  return buildCalendar(
    holidayEntries(HOLIDAY_YEARS).map((h, i): CalendarRow => ({
      row: i + 2,
      unreadable: NO_UNREADABLE,
      date: h.day,
      kind: h.kind,
      note: null,
    })),
  );
}

/**
 * The first day of sample data of `days` working days that ends on the last working day before
 * `today` (SPEC §7), so that a first rollup shows people near pace, not weeks behind.
 *
 * @example demoStartBefore(dayFromIso("2026-11-27")!, 5) // 2026-11-20: 20, 23, 24, 25, 26 November
 */
export function demoStartBefore(today: Day, days: number): Day {
  const calendar = demoCalendar();
  let day = today;
  for (let found = 0; found < days;) {
    day--;
    if (isWorkingDay(calendar, day)) found++;
  }
  return day;
}

export interface DemoOptions {
  /** Active salespeople (a few who have left are listed as well). */
  readonly people: number;
  /** Consecutive working days of plans and reports, from `start` on. */
  readonly days: number;
  readonly seed: number;
  /** First day of the data (the next working day if it is not one). */
  readonly start: Day;
  /** Share (0…1) of visit-plan and daily-report rows that get one realistic mistake. */
  readonly messy: number;
  readonly lang: Lang;
  /**
   * One regional book of a larger company: every salesperson in this built-in region (its name in
   * either language, e.g. 华南 or South China), with people and customers of their own; books of one
   * seed share their products, so several regional books consolidate like a company's.
   */
  readonly region?: string;
  /** Put before every salesperson and customer ID (default: the region's code, e.g. SC; else none). */
  readonly idPrefix?: string;
  /** Customers each salesperson owns, about (default 20; the scale bench asks for 100: 20,000 customers). */
  readonly customersPerPerson?: number;
}

/**
 * The index of a built-in region by its name in either language (case, width and spaces aside).
 * @throws SalesPaceError BadArgument naming the regions there are.
 */
export function demoRegion(name: string): number {
  const index = REGIONS.findIndex(
    (r) => matchKey(r.name.zh) === matchKey(name) || matchKey(r.name.en) === matchKey(name),
  );
  if (index < 0) {
    throw new SalesPaceError(
      "BadArgument",
      `The demo knows no region "${name}"; use one of ${REGIONS.map((r) => `${r.name.zh} (${r.name.en})`).join(", ")}.`,
    );
  }
  return index;
}

export interface DemoData {
  /** Data rows per table, in the schema's column order, as a person would type them (empty = null). */
  readonly tables: Record<TableName, CellValue[][]>;
  /** Mistakes injected, per kind (see `MISTAKES`); all zero when `messy` is 0. */
  readonly injected: Record<string, number>;
}

function checkOptions(o: DemoOptions): void {
  const bad = (what: string): never => {
    throw new SalesPaceError("BadArgument", `The demo needs ${what}.`, JSON.stringify(o));
  };
  if (!Number.isInteger(o.people) || o.people < 1) bad("at least 1 salesperson (--people)");
  if (!Number.isInteger(o.days) || o.days < 1) bad("at least 1 working day (--days)");
  if (!Number.isInteger(o.seed)) bad("a whole number as seed (--seed)");
  if (!Number.isInteger(o.start) || o.start < 61) bad("a start date after February 1900");
  if (!(o.messy >= 0 && o.messy <= 1)) bad("a messy share between 0 and 1");
  const perPerson = o.customersPerPerson;
  if (perPerson !== undefined && (!Number.isInteger(perPerson) || perPerson < 1)) {
    bad("at least 1 customer per salesperson (--customers)");
  }
}

const NO_UNREADABLE: ReadonlySet<string> = new Set();

/**
 * Generates a workbook's worth of demo data. The same options always give the same data; `messy`
 * only adds mistakes on top of the same clean rows.
 *
 * @throws SalesPaceError BadArgument when an option is out of range.
 * @example generateDemo({ people: 20, days: 60, seed: 1, start: dayFromYmd(2026, 9, 1), messy: 0, lang: "zh" })
 */
export function generateDemo(options: DemoOptions): DemoData {
  checkOptions(options);
  const { people, days, seed, start, messy, lang } = options;
  const region = options.region === undefined ? undefined : demoRegion(options.region);
  // A regional book draws everything but its products from its own stream of the seed.
  const random = region === undefined ? new Random(seed) : new Random(seed).fork(100 + region);
  // One stream per part, forked in a fixed order, so each part's data does not depend on the others'.
  const orgRandom = random.fork(1);
  const targetRandom = random.fork(2);
  const visitRandom = random.fork(3);
  const marketRandom = random.fork(4);
  const mistakeRandom = random.fork(5);
  const customerRandom = random.fork(6);

  const holidays = holidayEntries(HOLIDAY_YEARS);
  const calendar = demoCalendar();
  const workingDays: Day[] = [];
  for (let day = start; workingDays.length < days; day++)
    if (isWorkingDay(calendar, day)) workingDays.push(day);

  const home =
    region === undefined
      ? { idPrefix: options.idPrefix ?? "", customersPerPerson: options.customersPerPerson }
      : {
          customersPerPerson: options.customersPerPerson,
          region,
          idPrefix: options.idPrefix ?? REGIONS[region].code,
          productRandom: new Random(seed).fork(7),
        };
  const org = buildOrganisation(orgRandom, people, workingDays[0], lang, home);
  const writers = {
    Salespeople: new TableWriter("Salespeople"),
    Customers: new TableWriter("Customers"),
    Products: new TableWriter("Products"),
    Calendar: new TableWriter("Calendar"),
    Targets: new TableWriter("Targets"),
    VisitPlan: new TableWriter("VisitPlan"),
    DailyReport: new TableWriter("DailyReport"),
    MarketReport: new TableWriter("MarketReport"),
    Complaints: new TableWriter("Complaints"),
    Satisfaction: new TableWriter("Satisfaction"),
    LostCustomers: new TableWriter("LostCustomers"),
  } satisfies { [N in TableName]: TableWriter<N> };

  writeLists(writers, org, lang);
  for (const h of holidays) {
    const out = writers.Calendar;
    const row = out.blank();
    row[out.col.date] = h.day;
    row[out.col.kind] = CALENDAR_KINDS.find((k) => k.key === h.kind)?.label[lang] ?? h.kind;
    row[out.col.note] = h.note[lang];
    out.push(row);
  }
  const firstYear = ymdOfDay(workingDays[0]).year;
  const lastYear = ymdOfDay(workingDays[workingDays.length - 1]).year;
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  writeTargets(writers.Targets, org, years, calendar, targetRandom, lang);

  const mistakes = new Mistakes(mistakeRandom, messy, new Set(org.customers.map((c) => c.name)), {
    plan: writers.VisitPlan,
    report: writers.DailyReport,
    market: writers.MarketReport,
  });
  writeVisits({
    org,
    workingDays,
    random: visitRandom,
    mistakes,
    lang,
    plan: writers.VisitPlan,
    report: writers.DailyReport,
  });
  writeMarketAndComplaints({
    org,
    workingDays,
    random: marketRandom,
    mistakes,
    lang,
    market: writers.MarketReport,
    complaints: writers.Complaints,
  });

  writeCustomerVoice({
    org,
    workingDays,
    random: customerRandom,
    lang,
    satisfaction: writers.Satisfaction,
    lost: writers.LostCustomers,
  });

  const tables = Object.fromEntries(Object.entries(writers).map(([name, w]) => [name, w.rows])) as Record<
    TableName,
    CellValue[][]
  >;
  return { tables, injected: { ...mistakes.injected } };
}

interface ListWriters {
  readonly Salespeople: TableWriter<"Salespeople">;
  readonly Customers: TableWriter<"Customers">;
  readonly Products: TableWriter<"Products">;
}

function writeLists(writers: ListWriters, org: Organisation, lang: Lang): void {
  const sp = writers.Salespeople;
  for (const person of org.people) {
    const row = sp.blank();
    row[sp.col.id] = person.id;
    row[sp.col.name] = person.name;
    row[sp.col.region] = org.regions[person.region].name;
    row[sp.col.office] = person.office;
    row[sp.col.supervisor] = org.regions[person.region].supervisor;
    row[sp.col.active] = (person.active ? YES_NO.yes : YES_NO.no)[lang];
    sp.push(row);
  }
  const cu = writers.Customers;
  const typeLabel = new Map(CUSTOMER_TYPES.map((t) => [t.key, t.label[lang]]));
  const statusLabel = new Map(CUSTOMER_STATUSES.map((s) => [s.key, s.label[lang]]));
  for (const customer of org.customers) {
    const owner = org.people[customer.owner];
    const row = cu.blank();
    row[cu.col.id] = customer.id;
    row[cu.col.name] = customer.name;
    row[cu.col.type] = typeLabel.get(customer.type) ?? customer.type;
    row[cu.col.region] = org.regions[owner.region].name;
    row[cu.col.owner] = owner.name;
    row[cu.col.since] = customer.since;
    row[cu.col.status] = statusLabel.get(customer.status) ?? customer.status;
    cu.push(row);
  }
  const pr = writers.Products;
  for (const product of org.products) {
    const row = pr.blank();
    row[pr.col.code] = product.code;
    row[pr.col.name] = product.name;
    row[pr.col.category] = product.category;
    row[pr.col.unitPrice] = product.unitPrice;
    row[pr.col.unitCost] = product.unitCost;
    pr.push(row);
  }
}
