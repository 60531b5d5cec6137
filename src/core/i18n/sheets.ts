/** sheets strings (en/zh). */
import type { Localized } from "../schema/types";

export const sheetStrings = {} as const satisfies Record<string, Localized>;
