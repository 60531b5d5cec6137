/**
 * China's public holidays and make-up workdays (调休) for the years the demo data can span.
 *
 * Sources:
 * - 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 12 November 2024).
 * - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (4 November 2025, as published by Xinhua, e.g.
 *   https://politics.gmw.cn/2025-11/04/content_38391083.htm).
 * - 2027: no notice was at hand when this was written, so 2027 is a projection that follows the
 *   2025 rules (春节 from 除夕, 劳动节 five days, 国庆 seven days) on 2027's lunar dates; its notes say
 *   "projected" so nobody mistakes it for the official schedule.
 */
import { dayFromYmd } from "../periods";
import type { Day } from "../periods/day";
import type { Localized } from "../schema/types";

type MonthDay = readonly [month: number, day: number];

interface Festival {
  readonly name: Localized;
  /** First and last day off, inclusive. */
  readonly from: MonthDay;
  readonly to: MonthDay;
  /** Weekend days that are worked instead (调休上班日). */
  readonly workdays: readonly MonthDay[];
}

const NEW_YEAR: Localized = { en: "New Year's Day", zh: "元旦" };
const SPRING: Localized = { en: "Spring Festival", zh: "春节" };
const QINGMING: Localized = { en: "Qingming Festival", zh: "清明节" };
const LABOUR: Localized = { en: "Labour Day", zh: "劳动节" };
const DRAGON_BOAT: Localized = { en: "Dragon Boat Festival", zh: "端午节" };
const MID_AUTUMN: Localized = { en: "Mid-Autumn Festival", zh: "中秋节" };
const NATIONAL: Localized = { en: "National Day", zh: "国庆节" };
const NATIONAL_MID_AUTUMN: Localized = { en: "National Day and Mid-Autumn", zh: "国庆节、中秋节" };

const f = (name: Localized, from: MonthDay, to: MonthDay, workdays: readonly MonthDay[] = []): Festival => ({
  name,
  from,
  to,
  workdays,
});

const FESTIVALS: Readonly<Record<number, readonly Festival[]>> = {
  2025: [
    f(NEW_YEAR, [1, 1], [1, 1]),
    f(
      SPRING,
      [1, 28],
      [2, 4],
      [
        [1, 26],
        [2, 8],
      ],
    ),
    f(QINGMING, [4, 4], [4, 6]),
    f(LABOUR, [5, 1], [5, 5], [[4, 27]]),
    f(DRAGON_BOAT, [5, 31], [6, 2]),
    f(
      NATIONAL_MID_AUTUMN,
      [10, 1],
      [10, 8],
      [
        [9, 28],
        [10, 11],
      ],
    ),
  ],
  2026: [
    f(NEW_YEAR, [1, 1], [1, 3], [[1, 4]]),
    f(
      SPRING,
      [2, 15],
      [2, 23],
      [
        [2, 14],
        [2, 28],
      ],
    ),
    f(QINGMING, [4, 4], [4, 6]),
    f(LABOUR, [5, 1], [5, 5], [[5, 9]]),
    f(DRAGON_BOAT, [6, 19], [6, 21]),
    f(MID_AUTUMN, [9, 25], [9, 27]),
    f(
      NATIONAL,
      [10, 1],
      [10, 7],
      [
        [9, 20],
        [10, 10],
      ],
    ),
  ],
  2027: [
    f(NEW_YEAR, [1, 1], [1, 3]),
    f(SPRING, [2, 5], [2, 12], [[2, 20]]),
    f(QINGMING, [4, 3], [4, 5]),
    f(LABOUR, [5, 1], [5, 5], [[5, 8]]),
    f(DRAGON_BOAT, [6, 9], [6, 9]),
    f(MID_AUTUMN, [9, 15], [9, 15]),
    f(
      NATIONAL,
      [10, 1],
      [10, 7],
      [
        [9, 26],
        [10, 9],
      ],
    ),
  ],
};

const PROJECTED_YEARS: ReadonlySet<number> = new Set([2027]);

/** Years the demo has a holiday schedule for. */
export const HOLIDAY_YEARS: readonly number[] = Object.keys(FESTIVALS).map(Number);

/** One Calendar row: a day off or a make-up workday, with the festival it belongs to. */
export interface HolidayEntry {
  readonly day: Day;
  readonly kind: "holiday" | "workday";
  readonly note: Localized;
}

const PROJECTED_SUFFIX: Localized = { en: " (projected)", zh: "（预估）" };
const MAKE_UP_SUFFIX: Localized = { en: " make-up workday", zh: "调休上班" };

/**
 * The holiday and make-up-workday entries of the given years, in date order. Years without a schedule
 * contribute nothing (their calendar is plain Monday–Friday).
 *
 * @example holidayEntries([2026])[0] // { day: 46023 (2026-01-01), kind: "holiday", note: { zh: "元旦", … } }
 */
export function holidayEntries(years: readonly number[]): HolidayEntry[] {
  const entries: HolidayEntry[] = [];
  for (const year of years) {
    const suffix = PROJECTED_YEARS.has(year) ? PROJECTED_SUFFIX : { en: "", zh: "" };
    for (const festival of FESTIVALS[year] ?? []) {
      const note = { en: festival.name.en + suffix.en, zh: festival.name.zh + suffix.zh };
      const last = dayFromYmd(year, festival.to[0], festival.to[1]);
      for (let day = dayFromYmd(year, festival.from[0], festival.from[1]); day <= last; day++) {
        entries.push({ day, kind: "holiday", note });
      }
      const workNote = {
        en: festival.name.en + MAKE_UP_SUFFIX.en + suffix.en,
        zh: festival.name.zh + MAKE_UP_SUFFIX.zh + suffix.zh,
      };
      for (const [month, day] of festival.workdays) {
        entries.push({ day: dayFromYmd(year, month, day), kind: "workday", note: workNote });
      }
    }
  }
  return entries.sort((x, y) => x.day - y.day);
}
