/** Survey score scales (SPEC §8.1) and what their points mean, for the input message. */
import type { Localized, ScoreScale } from "./types";

/** The satisfaction scale (SPEC §8.1: 1 很不满意 … 5 很满意). */
export const SATISFACTION_SCALE: ScoreScale = { min: 1, max: 5 };
/** The recommendation scale behind NPS (SPEC §8.1: 0–10). */
export const RECOMMEND_SCALE: ScoreScale = { min: 0, max: 10 };

/** The input message of a score column: what its ends mean, so the dropdown reads as a question. */
export function scoreMessage(scale: ScoreScale): Localized {
  if (scale.max === 5)
    return {
      en: "A score 1–5: 1 very dissatisfied, 2 dissatisfied, 3 neutral, 4 satisfied, 5 very satisfied.",
      zh: "1–5 分：1 很不满意 · 2 不太满意 · 3 一般 · 4 比较满意 · 5 很满意。",
    };
  return {
    en: `How likely to recommend us, ${scale.min}–${scale.max} (${scale.min} not at all, ${scale.max} certainly).`,
    zh: `推荐给他人的可能性，${scale.min}–${scale.max} 分（${scale.min} 完全不会，${scale.max} 一定会）。`,
  };
}
