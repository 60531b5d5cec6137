/**
 * Workbook settings: what they are, their defaults and limits, where they are kept and how a stored value
 * is read back — once, for both adapters. They live in the workbook, so every co-author sees the same:
 * Office.js keeps them in `workbook.settings` under `SETTINGS_KEY`; the .xlsx adapter (which cannot write
 * add-in settings) on the very hidden sheet `SETTINGS_SHEET`, one key/value pair a row, which Office.js
 * reads too.
 */
import type { Lang } from "./schema/types";

export const SETTINGS_KEY = "SalesPace";
export const SETTINGS_SHEET = "SalesPace.Settings";

/** What a setting is about: the pane shows each group as one card (`settings.<group>Title`). */
export type SettingGroup = "signOff" | "customers";

interface NumberSetting {
  readonly group: SettingGroup;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly whole: boolean;
}

/** The settable numbers, as data: a new setting is one line here (and its label, `setting.<key>`). */
export const NUMBER_SETTINGS = {
  /** W03: a plan or report row older than this many working days without sign-off. */
  signOffOverdueDays: { group: "signOff", default: 2, min: 1, max: 30, whole: true },
  /** W10: calendar days without a visit after which an Active customer is silent (SPEC §8.3). */
  silentVisitDays: { group: "customers", default: 30, min: 1, max: 365, whole: true },
  /** W10: calendar days without an order after which an Active customer is silent. */
  silentOrderDays: { group: "customers", default: 60, min: 1, max: 730, whole: true },
  /** W11: calendar days after Lost on by which a lost customer should have been interviewed. */
  interviewDays: { group: "customers", default: 14, min: 1, max: 180, whole: true },
  /** ABC (SPEC §8.4): % of the ranked customers' trailing-12-month sales that class A reaches. */
  classAPercent: { group: "customers", default: 80, min: 1, max: 99, whole: true },
  /** ABC: % that classes A and B reach together (not below class A's). */
  classBPercent: { group: "customers", default: 95, min: 1, max: 100, whole: true },
  /** W13 and coverage: visits per 20 working days an A customer should get (weekly). */
  visitNormA: { group: "customers", default: 4, min: 0, max: 20, whole: true },
  /** Visits per 20 working days for a B customer (every two weeks). */
  visitNormB: { group: "customers", default: 2, min: 0, max: 20, whole: true },
  /** Visits per 20 working days for a C customer (monthly). */
  visitNormC: { group: "customers", default: 1, min: 0, max: 20, whole: true },
} as const satisfies Record<string, NumberSetting>;

export type NumberSettingKey = keyof typeof NUMBER_SETTINGS;

/**
 * Pairs of settings whose second may not be below the first: classes A and B together reach at least
 * class A's share. (A stored pair that breaks it is read as `customerThresholds` reads it.)
 */
export const ORDERED_SETTINGS: readonly (readonly [NumberSettingKey, NumberSettingKey])[] = [
  ["classAPercent", "classBPercent"],
];

/** Workbook-level configuration, stored in the workbook so every co-author sees the same. */
export type WorkbookSettings = {
  readonly lang: Lang;
  readonly schemaVersion: number;
} & { readonly [K in NumberSettingKey]: number };

const NUMBER_KEYS = Object.keys(NUMBER_SETTINGS) as NumberSettingKey[];

/** Settings for a workbook that has none yet. */
export function defaultSettings(lang: Lang, schemaVersion: number): WorkbookSettings {
  const numbers = Object.fromEntries(NUMBER_KEYS.map((key) => [key, NUMBER_SETTINGS[key].default]));
  return { lang, schemaVersion, ...numbers } as WorkbookSettings;
}

function numberOf(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  return NaN;
}

/** `value` as the setting `key`, or null when it is not a number the setting allows. */
export function settingValue(key: NumberSettingKey, value: unknown): number | null {
  const rule: NumberSetting = NUMBER_SETTINGS[key];
  const n = numberOf(value);
  if (!Number.isFinite(n) || n < rule.min || n > rule.max) return null;
  return rule.whole && !Number.isInteger(n) ? null : n;
}

/**
 * A stored value (an object, its JSON text, or the key/value rows of the settings sheet) → settings.
 * Without a known language or a whole schema version it is no settings at all (null: set-up writes
 * fresh ones). A number setting that is missing (a workbook from before it existed) or damaged takes
 * its default, so one bad cell never loses the workbook's language. Numbers may arrive as text (a cell
 * someone retyped).
 *
 * @example restoreSettings('{"lang":"zh","schemaVersion":1}')?.signOffOverdueDays === 2
 */
export function restoreSettings(stored: unknown): WorkbookSettings | null {
  let value = stored;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (Array.isArray(value)) value = Object.fromEntries(value.map((pair) => [String(pair[0]), pair[1]]));
  if (typeof value !== "object" || value === null) return null;
  const fields = value as Record<string, unknown>;
  const lang = typeof fields.lang === "string" ? fields.lang.trim() : null;
  const schemaVersion = numberOf(fields.schemaVersion);
  if ((lang !== "en" && lang !== "zh") || !Number.isInteger(schemaVersion)) return null;
  const numbers = Object.fromEntries(
    NUMBER_KEYS.map((key) => [key, settingValue(key, fields[key]) ?? NUMBER_SETTINGS[key].default]),
  );
  return { lang, schemaVersion, ...numbers } as WorkbookSettings;
}

/** The settings as key/value pairs in a fixed order (the settings sheet's rows, the stored object). */
export function settingsEntries(settings: WorkbookSettings): [string, string | number][] {
  return [
    ["lang", settings.lang],
    ["schemaVersion", settings.schemaVersion],
    ...NUMBER_KEYS.map((key): [string, number] => [key, settings[key]]),
  ];
}

/** Whether two settings say the same (so set-up need not write them again). */
export function sameSettings(a: WorkbookSettings, b: WorkbookSettings): boolean {
  const bs = settingsEntries(b);
  return settingsEntries(a).every(([key, value], i) => bs[i][0] === key && bs[i][1] === value);
}
