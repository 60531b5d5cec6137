/** What every reading command needs from a workbook before it runs an action. */
import type { ActionContext, BookInspector, Progress } from "../core/actions";
import { dayFromIso, type Day } from "../core/periods";
import { TABLES } from "../core/schema/tables";
import type { Lang } from "../core/schema/types";
import { matchKey } from "../core/text/fold";
import type { CliIo } from "./io";

const ZH_SHEETS = new Set(TABLES.map((t) => matchKey(t.sheet.zh)));

/**
 * The action context for a workbook file. For a workbook without SalesPace settings, the language is
 * that of its template sheet names (a workbook set up in Chinese has 基础资料, 每日销售报告…).
 */
export async function contextFor<P extends BookInspector>(
  port: P,
  io: CliIo,
  onProgress: (p: Progress) => void,
): Promise<ActionContext<P>> {
  const inventory = await port.inspect();
  const lang: Lang =
    inventory.settings?.lang ?? (inventory.sheets.some((s) => ZH_SHEETS.has(matchKey(s))) ? "zh" : "en");
  return { port, today: dayFromIso(io.today()) as Day, lang, onProgress };
}
