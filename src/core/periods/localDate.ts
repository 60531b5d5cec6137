/** Today as an Excel serial day, from the local calendar date (the adapter reads the clock and passes the Date in). */
import { type Day, dayFromYmd } from "./day";

/**
 * @example dayOfDate(new Date(2026, 10, 20)) === dayFromIso("2026-11-20")
 */
export function dayOfDate(date: Date): Day {
  return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
