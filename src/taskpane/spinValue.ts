/** A Fluent SpinButton reports either a stepped value or the text typed; this gives the whole number meant. */
export function spinValue(data: { value?: number | null; displayValue?: string }, fallback: number): number {
  if (typeof data.value === "number") return data.value;
  const typed = Number(data.displayValue);
  return Number.isInteger(typed) && typed > 0 ? typed : fallback;
}
