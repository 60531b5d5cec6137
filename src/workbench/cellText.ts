/**
 * A simulated cell as Excel would show it: by its number format, so dates read as dates (not as the
 * serial numbers they are stored as), times as hh:mm and amounts with their separators and decimals.
 * Only the formats SalesPace writes are known; any other number shows as it is.
 */
import { isoOfDay } from "../core/periods";

const DATE = /^[^"]*y[^"]*$/i;

function decimalsOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

/** The text a number shows with `format` (`yyyy-mm-dd`, `hh:mm`, `#,##0.00`, `0`, `0.0%`, `General`…). */
export function numberText(value: number, format: string): string {
  const code = format.trim();
  if (DATE.test(code) && /d/i.test(code) && Number.isFinite(value) && value >= 1)
    return isoOfDay(Math.floor(value));
  if (/^\[?h+\]?:mm(:ss)?$/i.test(code)) {
    const minutes = Math.round((value - Math.floor(value)) * 24 * 60);
    const hh = String(Math.floor(minutes / 60) % 24).padStart(2, "0");
    return `${hh}:${String(minutes % 60).padStart(2, "0")}`;
  }
  if (code === "" || code === "General" || code === "@") return String(value);
  const decimals = decimalsOf(code);
  const percent = code.endsWith("%");
  const shown = percent ? value * 100 : value;
  const text = shown.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: code.includes(","),
  });
  return percent ? `${text}%` : text;
}
