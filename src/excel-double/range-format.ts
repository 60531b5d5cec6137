/**
 * `Excel.RangeFormat` in the double: column width, font, fill and borders, recorded per rectangle
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangeformat).
 */
import { notInDouble, officeError } from "./errors";
import type { RangeDouble } from "./range";

/** Underline styles Excel takes: https://learn.microsoft.com/javascript/api/excel/excel.rangeunderlinestyle */
const UNDERLINES = new Set(["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"]);
/** Border edges and line styles: https://learn.microsoft.com/javascript/api/excel/excel.rangebordercollection */
const BORDER_EDGES = new Set([
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
]);
const BORDER_STYLES = new Set([
  "None",
  "Continuous",
  "Dash",
  "DashDot",
  "DashDotDot",
  "Dot",
  "Double",
  "SlantDashDot",
]);

type FontDouble = { bold: boolean; color: string; italic: boolean; size: number; underline: string };

/** `range.format`: column width (points), font, fill and borders, recorded per rectangle. */
export class RangeFormatDouble {
  readonly font: FontDouble;
  readonly fill: { color: string };
  readonly borders: { getItem(index: string): { style: string } };

  constructor(private readonly range: RangeDouble) {
    const style = (property: string, check?: (value: unknown) => void) => (value: unknown) =>
      range.context.enqueue(value, true, () => {
        check?.(value);
        const { sheet, rect } = range.resolve();
        sheet.assertWritable();
        sheet.cellStyles.push({ rect, property, value });
      });
    const oneOf = (allowed: Set<string>, what: string) => (value: unknown) => {
      if (typeof value !== "string" || !allowed.has(value)) {
        throw officeError("InvalidArgument", `${what} "${String(value)}" is not one Excel knows.`);
      }
    };
    const fontSetters = {
      bold: style("font.bold"),
      color: style("font.color"),
      italic: style("font.italic"),
      // RangeFont.size: "the font size" in points; Excel's range is 1–409
      // (https://learn.microsoft.com/javascript/api/excel/excel.rangefont#excel-excel-rangefont-size-member).
      size: style("font.size", (value) => {
        if (typeof value !== "number" || !(value >= 1 && value <= 409)) {
          throw officeError("InvalidArgument", `Font size ${String(value)} is outside 1–409.`);
        }
      }),
      underline: style("font.underline", oneOf(UNDERLINES, "Underline style")),
    };
    this.font = new Proxy({} as FontDouble, {
      set: (_t, key: string, value) => {
        const setter = fontSetters[key as keyof typeof fontSetters];
        if (!setter) throw notInDouble(`RangeFont.${key}`);
        setter(value);
        return true;
      },
      get: (_t, key: string) => {
        throw officeError("PropertyNotLoaded", `RangeFont.${key} is not loaded in the double.`);
      },
    });
    const fill = style("fill.color");
    this.fill = new Proxy({} as { color: string }, {
      set: (_t, key: string, value) => {
        if (key !== "color") throw notInDouble(`RangeFill.${key}`);
        fill(value);
        return true;
      },
    });
    this.borders = {
      getItem: (index: string) => {
        oneOf(BORDER_EDGES, "Border edge")(index);
        const setStyle = style(`border.${index}`, oneOf(BORDER_STYLES, "Border line style"));
        return new Proxy({} as { style: string }, {
          set: (_t, key: string, value) => {
            if (key !== "style") throw notInDouble(`RangeBorder.${key}`);
            setStyle(value);
            return true;
          },
        });
      },
    };
  }

  set columnWidth(points: number) {
    this.range.context.enqueue(points, true, () => {
      const { sheet, rect } = this.range.resolve();
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
}
