/**
 * What every rollup sheet is built from: the book, the workbook's headers as found, the core's models
 * and the output language.
 */
import type { MasterIndex } from "../lists/types";
import type { CustomersModel } from "../metrics/customers";
import type { SalesBook } from "../model";
import type { EfficiencyLine, Period, Scorecard, WeeklyReport } from "../metrics/types";
import type { Day } from "../periods/day";
import type { WorkCalendar } from "../periods";
import type { TableLocations } from "../read/locations";
import type { ColumnHeaders } from "../read/columnHeaders";
import type { Lang } from "../schema/types";

export interface RollupInput {
  readonly lang: Lang;
  readonly book: SalesBook;
  /** The header text of each template column as found: formulas refer to columns by it. */
  readonly headers: ColumnHeaders;
  readonly index: MasterIndex;
  readonly calendar: WorkCalendar;
  readonly period: Period;
  readonly asOf: Day;
  readonly scorecard: Scorecard;
  readonly efficiency: readonly EfficiencyLine[];
  readonly weekly: WeeklyReport;
  /** Where the template tables are, for links back to people's rows. */
  readonly locations: TableLocations;
  /** The customer model (SPEC §8.4); computed with default thresholds when not given. */
  readonly customers?: CustomersModel;
  /** W10's visit threshold (the Customers sheet's live light); default 30. */
  readonly silentVisitDays?: number;
}
