/** What a company rollup over several workbooks is made of (SPEC §9). */
import type { MasterIndex } from "../lists/types";
import type { CustomersModel, CustomerThresholds } from "../metrics/customers";
import type { SalesBook } from "../model";
import type { EfficiencyLine, Period, Scorecard, WeeklyReport } from "../metrics/types";
import type { WorkCalendar } from "../periods";
import type { Day } from "../periods/day";
import type { Lang } from "../schema/types";
import type { CompanyFactRow } from "./facts";

/** Two books that say different things about one entry; the first book's word is taken. */
export interface Disagreement {
  readonly kind: "idTwoNames" | "nameTwoRegions" | "sameTarget" | "calendarDay";
  readonly list: "salespeople" | "customers" | "products" | "targets" | "calendar";
  /** The ID, name, target or date concerned, as typed. */
  readonly subject: string;
  readonly first: { readonly book: string; readonly value: string };
  readonly second: { readonly book: string; readonly value: string };
}

/** One input workbook as the company workbook lists it. */
export interface BookSummary {
  readonly label: string;
  readonly lang: Lang;
  readonly reportRows: number;
  readonly salespeople: number;
}

export interface CompanyModels {
  readonly lang: Lang;
  readonly period: Period;
  readonly asOf: Day;
  /** The company's lists and targets; no plan or report rows (those stay in their books). */
  readonly book: SalesBook;
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  readonly scorecard: Scorecard;
  readonly efficiency: readonly EfficiencyLine[];
  readonly weekly: WeeklyReport;
  /** The Customers rollup over every book's rows (SPEC §8.4), as one book holding them all gives it. */
  readonly customers: CustomersModel;
  /** The thresholds it was computed with: the first book's settings, like the output's language. */
  readonly customerThresholds: CustomerThresholds;
  /** Person × customer × product × day sums and per-day target shares over the period. */
  readonly facts: readonly CompanyFactRow[];
  readonly books: readonly BookSummary[];
  readonly disagreements: readonly Disagreement[];
}
