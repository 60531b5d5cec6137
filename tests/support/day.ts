/** Test-only ISO date helper (the core has its own in src/core/periods; tests must not depend on it to check it). */
const EXCEL_EPOCH_OFFSET = 25569; // serial of 1970-01-01

export function dayFromIso(iso: string): number {
  const [y, m, dd] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, dd) / 86400000 + EXCEL_EPOCH_OFFSET;
}

export function isoFromDay(day: number): string {
  return new Date((day - EXCEL_EPOCH_OFFSET) * 86400000).toISOString().slice(0, 10);
}
