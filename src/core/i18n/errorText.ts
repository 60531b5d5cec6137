/**
 * The one error handler of the pane and the ribbon: it keeps the sentence a user can act on apart from the technical detail
 * (shown behind "Details"), and never shows a raw stack in place of the sentence.
 */
import { isSalesPaceError } from "../errors";
import { type MessageArgs, type MessageKey, catalogue, isTableName, tablePlace, translate } from "./index";
import type { Lang } from "../schema/types";

export interface ErrorText {
  readonly sentence: string;
  /** Technical detail for the disclosure; null when there is nothing more to say. */
  readonly detail: string | null;
}

function errorKey(code: string): MessageKey | null {
  const key = `error.${code}`;
  return key in catalogue ? (key as MessageKey) : null;
}

/** The error's names, plus `place`: its table as people see it (the sheet, not the internal table name). */
function argsOf(lang: Lang, args: MessageArgs): MessageArgs {
  const table = args.table;
  if (typeof table !== "string" || !isTableName(table)) return args;
  const sheet = typeof args.sheet === "string" && args.sheet !== "" ? args.sheet : undefined;
  return { ...args, place: tablePlace(lang, table, sheet) };
}

/**
 * What to show for `error`: a SalesPaceError's own sentence (in English) or its code's sentence from the
 * catalogue (in Chinese, with the names it carries); anything else is a bug, shown as such.
 */
export function describeError(error: unknown, lang: Lang): ErrorText {
  if (isSalesPaceError(error)) {
    if (error.messageKey !== undefined) {
      const detail = [error.code, error.detail ?? ""].filter((part) => part !== "").join("\n");
      return { sentence: translate(lang, error.messageKey, error.args), detail };
    }
    const key = errorKey(error.code);
    const translated = lang === "zh" && key !== null;
    const sentence = translated ? translate(lang, key, argsOf(lang, error.args)) : error.message;
    const detail = [`${error.code}${translated ? `: ${error.message}` : ""}`, error.detail ?? ""]
      .filter((part) => part !== "")
      .join("\n");
    return { sentence, detail };
  }
  const technical =
    error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
  return { sentence: translate(lang, "error.unexpected"), detail: technical.trim() };
}
