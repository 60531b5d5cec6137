/** The input message of each kind of column (SPEC §1.7): what to type, in both languages. */
import { SATISFACTION_SCALE, scoreMessage } from "./scores";
import type { ColumnType, ListSource, Localized, ScoreScale } from "./types";

const LIST_NAME: Readonly<Record<ListSource, Localized>> = {
  salespeople: { en: "a salesperson", zh: "销售员" },
  customers: { en: "a customer", zh: "客户" },
  dealers: { en: "a dealer", zh: "经销商" },
  products: { en: "a product", zh: "产品" },
  regions: { en: "a region", zh: "区域" },
};

/** "Required. A date, e.g. 2026-11-27." and so on, for a column of `type`. */
export function inputMessage(
  type: ColumnType,
  required: boolean,
  list?: ListSource,
  scale?: ScoreScale,
): Localized {
  const need = required ? { en: "Required. ", zh: "必填。" } : { en: "", zh: "" };
  const what: Localized = (() => {
    switch (type) {
      case "score":
        return scoreMessage(scale ?? SATISFACTION_SCALE);
      case "date":
        return { en: "A date, e.g. 2026-11-27.", zh: "日期，例如 2026-11-27。" };
      case "time":
        return { en: "A time, e.g. 09:30.", zh: "时间，例如 09:30。" };
      case "money":
        return { en: "An amount, 0 or more.", zh: "金额，不小于 0。" };
      case "count":
        return { en: "A whole number, 0 or more.", zh: "整数，不小于 0。" };
      case "number":
        return { en: "A number.", zh: "数字。" };
      case "yesNo":
        return { en: "Y or N.", zh: "填“是”或“否”。" };
      case "enum":
        return { en: "Pick a value from the list.", zh: "从下拉列表中选择。" };
      case "listRef":
        return list
          ? {
              en: `Pick ${LIST_NAME[list].en} from the Lists sheet.`,
              zh: `从基础资料中选择${LIST_NAME[list].zh}。`,
            }
          : { en: "Pick from the list.", zh: "从列表中选择。" };
      case "period":
        return {
          en: "2026, 2026-Q4, 2026-11 or 2026-W48.",
          zh: "期间：2026、2026-Q4、2026-11 或 2026-W48。",
        };
      default:
        return { en: "Free text.", zh: "文字。" };
    }
  })();
  return { en: need.en + what.en, zh: need.zh + what.zh };
}
