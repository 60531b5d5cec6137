/**
 * zh-CN and en-US strings. Each area owns one catalogue file (actions, findings, sheets, ui); keys are
 * typed from the English catalogues so a missing Chinese string is a compile error.
 */
import type { Lang } from "../schema/types";
import { actionStrings } from "./actions";
import { refusalStrings } from "./refusals";
import { companyStrings } from "./company";
import { customerStrings } from "./customers";
import { findingStrings } from "./findings";
import { sheetStrings } from "./sheets";
import { splitStrings } from "./split";
import { uiStrings } from "./ui";
import { validationSheetStrings } from "./validationSheet";

export const catalogue = {
  ...actionStrings,
  ...refusalStrings,
  ...companyStrings,
  ...customerStrings,
  ...findingStrings,
  ...sheetStrings,
  ...splitStrings,
  ...uiStrings,
  ...validationSheetStrings,
} as const;

export type MessageKey = keyof typeof catalogue;

/**
 * The text for `key` in `lang`, with `{name}` placeholders replaced from `args`.
 * Unknown placeholders are left as they are, so a missing argument is visible, not silent.
 *
 * @example translate("en", "finding.E01", { column: "Date" })
 */
export function translate(
  lang: Lang,
  key: MessageKey,
  args: Readonly<Record<string, string | number>> = {},
): string {
  const entry = catalogue[key];
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}

/** Like `translate`, for keys that arrive as data (a finding's `messageKey`). Throws on an unknown key. */
export function translateKey(
  lang: Lang,
  key: string,
  args: Readonly<Record<string, string | number>> = {},
): string {
  if (!(key in catalogue)) throw new Error(`No message for key "${key}"`);
  return translate(lang, key as MessageKey, args);
}
