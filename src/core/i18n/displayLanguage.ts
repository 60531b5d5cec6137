/** The pane's language: the person's choice in Settings, else Office's display language. */
import type { Lang } from "../schema/types";

/** `zh-CN`, `zh-TW`, `zh` → zh; anything else → en. */
export function langOfDisplayLanguage(tag: string | null | undefined): Lang {
  return typeof tag === "string" && /^zh\b/i.test(tag.trim()) ? "zh" : "en";
}
