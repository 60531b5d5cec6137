/** Days, target periods and the working-day calendar (SPEC §1.1, §1.2, §3). */
export {
  type Day,
  type Ymd,
  dayFromIso,
  dayFromYmd,
  daysInMonth,
  isoOfDay,
  isValidYmd,
  weekdayOf,
  ymdOfDay,
} from "./day";
export {
  PERIOD_KINDS_FINEST_FIRST,
  isoWeeksInYear,
  monthPeriod,
  parsePeriod,
  periodOf,
  periodsOverlap,
  quarterPeriod,
  subPeriods,
  weekPeriod,
  yearPeriod,
} from "./period";
export {
  type WorkCalendar,
  WEEKDAYS_ONLY,
  addWorkingDays,
  buildCalendar,
  countWorkingDays,
  isWorkingDay,
  prorate,
} from "./calendar";
