/** Today as an Excel serial day, from the local calendar date (read at the edge; the core never reads the clock). */
import { dayFromYmd } from "../core/periods";
import type { Day } from "../core/periods/day";

export function dayOfDate(date: Date): Day {
  return dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
