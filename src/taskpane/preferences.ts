/**
 * Per-user preferences (language override, last period chosen). They belong to the person, not to the
 * shared workbook, so they live in the browser's storage of the pane, injected as a small store.
 */
import type { PeriodKind } from "../core/metrics/types";
import type { Lang } from "../core/schema/types";

export interface Preferences {
  /** Interface language chosen in Settings; absent = Office's display language. */
  readonly lang?: Lang;
  readonly periodKind?: PeriodKind;
  /** Period text last refreshed, e.g. `2026-11`. */
  readonly period?: string;
}

export interface PreferencesStore {
  load(): Preferences;
  save(preferences: Preferences): void;
}

/** The part of the Web Storage API the store uses (`window.localStorage` in the pane). */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem">;

export const PREFERENCES_KEY = "salespace.preferences.v1";

const LANGS: readonly string[] = ["en", "zh"];
const PERIOD_KINDS: readonly string[] = ["week", "month", "quarter", "year"];

/** Keeps only fields of the right shape: stored text may be old, edited by hand or from another version. */
export function restorePreferences(raw: unknown): Preferences {
  if (typeof raw !== "object" || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const restored: { lang?: Lang; periodKind?: PeriodKind; period?: string } = {};
  if (typeof record.lang === "string" && LANGS.includes(record.lang)) restored.lang = record.lang as Lang;
  if (typeof record.periodKind === "string" && PERIOD_KINDS.includes(record.periodKind)) {
    restored.periodKind = record.periodKind as PeriodKind;
  }
  if (typeof record.period === "string" && record.period.length <= 16) restored.period = record.period;
  return restored;
}

/** A store over Web Storage. Storage that is unavailable or full is treated as empty: preferences are a convenience. */
export function storagePreferences(storage: KeyValueStorage, key = PREFERENCES_KEY): PreferencesStore {
  return {
    load() {
      let text: string | null = null;
      try {
        text = storage.getItem(key);
      } catch {
        // Private browsing or a blocked storage: fall back to defaults rather than break the pane.
        return {};
      }
      if (text === null) return {};
      try {
        return restorePreferences(JSON.parse(text));
      } catch {
        return {};
      }
    },
    save(preferences) {
      try {
        storage.setItem(key, JSON.stringify(restorePreferences(preferences)));
      } catch {
        // Quota or blocked storage: the choice still applies for this session.
      }
    },
  };
}

/** A store that forgets on reload (tests, the workbench). */
export function memoryPreferences(initial: Preferences = {}): PreferencesStore {
  let current = restorePreferences(initial);
  return {
    load: () => current,
    save(preferences) {
      current = restorePreferences(preferences);
    },
  };
}
