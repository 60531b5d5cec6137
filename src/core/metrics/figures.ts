/**
 * One metric's figures from target, actual and time (SPEC §3). Every ratio whose divisor is 0 or
 * missing is null, so no NaN or Infinity ever reaches a sheet.
 */
import type { MetricFigures, TrafficLight } from "./types";

/** Pace below this (10 points behind time) is red; between it and 0, amber. */
export const AMBER_PACE = -0.1;

/** Working days of a period and how many of them have passed at the as-of date. */
export interface TimeSpan {
  readonly workingDays: number;
  readonly workingDaysElapsed: number;
}

/**
 * numerator / denominator, or null when it is undefined — a missing operand, a zero divisor, or a
 * quotient too large to represent (a target of 1e-320 would otherwise give Infinity).
 */
export function ratioOrNull(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const quotient = numerator / denominator;
  return Number.isFinite(quotient) ? quotient : null;
}

const ratio = ratioOrNull;

/** green: pace ≥ 0; amber: −10 points ≤ pace < 0; red below; null without a pace. */
export function lightOf(pace: number | null): TrafficLight | null {
  if (pace === null) return null;
  if (pace >= 0) return "green";
  return pace >= AMBER_PACE ? "amber" : "red";
}

/**
 * Achievement, time progress, pace, forecast, forecast achievement, required daily rate (never
 * negative), whether the target is reached, and light; `partialTarget` marks a target that leaves some
 * working days of the period uncovered (SPEC §1.2).
 *
 * @example metricFigures(1000, 600, { workingDays: 20, workingDaysElapsed: 10 })
 * // achievement 0.6, timeProgress 0.5, pace 0.1, forecast 1200, requiredDailyRate 40, light "green"
 */
export function metricFigures(
  target: number | null,
  actual: number,
  time: TimeSpan,
  partialTarget = false,
): MetricFigures {
  const timeProgress = ratio(time.workingDaysElapsed, time.workingDays);
  const achievement = ratio(actual, target);
  const pace = achievement === null || timeProgress === null ? null : achievement - timeProgress;
  const forecast = ratio(actual, timeProgress);
  const daysLeft = time.workingDays - time.workingDaysElapsed;
  return {
    target,
    actual,
    achievement,
    timeProgress,
    pace,
    forecast,
    forecastAchievement: ratio(forecast, target),
    // Ahead of target needs nothing more per day: 0, never a negative rate (SPEC §3); the line is reached.
    requiredDailyRate:
      target === null || daysLeft <= 0 ? null : ratio(Math.max(0, target - actual), daysLeft),
    reached: target !== null && actual >= target,
    light: lightOf(pace),
    ...(partialTarget && target !== null ? { partialTarget: true as const } : {}),
  };
}

/** Σ of targets where any is known; null when none is. */
export function sumTargets(targets: readonly (number | null)[]): number | null {
  let sum: number | null = null;
  for (const target of targets) if (target !== null) sum = (sum ?? 0) + target;
  return sum;
}
