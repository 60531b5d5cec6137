/**
 * A calendar day as an Excel serial number (days since 1899-12-30; 2026-11-27 is 46353).
 * Integers only. Using Excel's own serial keeps dates identical in core, formulas and cells.
 */
export type Day = number;
