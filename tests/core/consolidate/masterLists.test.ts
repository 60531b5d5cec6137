import { mergeMasterLists } from "../../../src/core/consolidate/masterLists";
import type { BookLists } from "../../../src/core/consolidate/masterLists";
import type { CalendarRow, SalespersonRow, TargetRow } from "../../../src/core/model";
import { dayFromIso } from "../../support/day";

const base = { row: 2, unreadable: new Set<string>() };
const person = (id: string, name: string, region: string): SalespersonRow => ({
  ...base,
  id,
  name,
  region,
  office: null,
  supervisor: null,
  active: true,
});
const target = (period: string, salesperson: string, value: number): TargetRow => ({
  ...base,
  period,
  salesperson,
  dealer: null,
  region: "华东",
  product: null,
  metric: "sales",
  target: value,
});
const day = (iso: string, kind: "holiday" | "workday"): CalendarRow => ({
  ...base,
  date: dayFromIso(iso),
  kind,
  note: null,
});
const lists = (parts: Partial<BookLists>): BookLists => ({
  salespeople: [],
  customers: [],
  products: [],
  calendar: [],
  targets: [],
  ...parts,
});

describe("master lists of several books", () => {
  it("matches people by name across width and case, with no disagreement where the books agree", () => {
    const { book, disagreements } = mergeMasterLists([
      { label: "a.xlsx", lists: lists({ salespeople: [person("S01", "Wang Wei", "East")] }) },
      { label: "b.xlsx", lists: lists({ salespeople: [person("S01", "ｗａｎｇ wei", "east")] }) },
    ]);
    expect(book.salespeople.map((p) => p.name)).toEqual(["Wang Wei"]);
    expect(disagreements).toEqual([]);
  });

  it("names both books for one ID with two names, one name in two regions, a target in two books and a calendar day", () => {
    const { book, disagreements } = mergeMasterLists([
      {
        label: "north.xlsx",
        lists: lists({
          salespeople: [person("S01", "王伟", "华北"), person("S02", "李娜", "华北")],
          targets: [target("2026-11", "王伟", 100)],
          calendar: [day("2026-10-10", "workday")],
        }),
      },
      {
        label: "south.xlsx",
        lists: lists({
          salespeople: [person("S01", "张敏", "华南"), person("S09", "李娜", "华南")],
          targets: [target("2026-11", "王伟", 120)],
          calendar: [day("2026-10-10", "holiday")],
        }),
      },
    ]);
    const said = disagreements.map((d) => [
      d.kind,
      d.subject,
      d.first.book,
      d.first.value,
      d.second.book,
      d.second.value,
    ]);
    expect(said).toEqual([
      ["idTwoNames", "S01", "north.xlsx", "王伟", "south.xlsx", "张敏"],
      ["nameTwoRegions", "李娜", "north.xlsx", "华北", "south.xlsx", "华南"],
      ["calendarDay", "2026-10-10", "north.xlsx", "workday", "south.xlsx", "holiday"],
      ["sameTarget", "2026-11 · 王伟 · sales", "north.xlsx", "100", "south.xlsx", "120"],
    ]);
    // Counted once, from the first book; the first book's calendar day stands.
    expect(book.targets.map((t) => t.target)).toEqual([100]);
    expect(book.calendar.map((d) => d.kind)).toEqual(["workday"]);
  });
});
