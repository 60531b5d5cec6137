/** Task-pane and command strings (en/zh). */
import type { Localized } from "../schema/types";

export const uiStrings = {
  "app.name": { en: "SalesPace", zh: "SalesPace 销售过程管理" },
} as const satisfies Record<string, Localized>;
