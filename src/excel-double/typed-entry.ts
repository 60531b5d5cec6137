/**
 * What Excel makes of a string written with `Range.values` into a cell that is not formatted as text: it is
 * read as if typed ("If the returned value starts with a plus, minus, or equal sign, Excel interprets this
 * value as a formula"; ISO dates such as YYYY-MM-DD are stored as dates, locale-shaped ones as text:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * The rest follows what typing does in an en-US Excel: TRUE/FALSE become booleans, `12%` becomes 0.12,
 * `9:30` a time of day, `2026-01` the first of that month (Excel shows it as Jan-26). Hexadecimal or binary
 * text (`0x1F`) stays text, unlike JavaScript's Number().
 */

export type TypedEntry =
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "value"; readonly value: string | number | boolean };

const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*%\s*$/;
const ISO_DATE = /^\s*(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/;
const TIME = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function timeFraction(h: string, m: string, s: string | undefined): number | null {
  const hours = Number(h);
  const minutes = Number(m);
  const seconds = s === undefined ? 0 : Number(s);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

function dateSerial(match: RegExpExecArray): number | null {
  const [, y, mo, d, h, mi, s] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = d === undefined ? 1 : Number(d);
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (year < 1900 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const serial = (utc - EXCEL_EPOCH) / DAY_MS;
  if (h === undefined) return serial;
  const time = timeFraction(h, mi, s);
  return time === null ? null : serial + time;
}

/** What a string becomes in a General cell. */
export function typedEntry(text: string): TypedEntry {
  if (text === "") return { kind: "value", value: text };
  const first = text[0];
  if (first === "=") return { kind: "formula", formula: text };
  if (NUMBER.test(text)) return { kind: "value", value: Number(text) };
  if (first === "+" || first === "-") return { kind: "formula", formula: `=${text}` };
  const upper = text.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  const percent = PERCENT.exec(text);
  if (percent) return { kind: "value", value: Number(percent[1]) / 100 };
  const date = ISO_DATE.exec(text);
  if (date) {
    const serial = dateSerial(date);
    if (serial !== null) return { kind: "value", value: serial };
  }
  const time = TIME.exec(text);
  if (time) {
    const fraction = timeFraction(time[1], time[2], time[3]);
    if (fraction !== null) return { kind: "value", value: fraction };
  }
  return { kind: "value", value: text };
}
