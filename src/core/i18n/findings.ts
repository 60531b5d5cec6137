/** findings strings (en/zh). */
import type { Localized } from "../schema/types";

export const findingStrings = {} as const satisfies Record<string, Localized>;
