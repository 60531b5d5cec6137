/** One look for each cell style, whether Office.js, exceljs or the streaming writer draws the sheet. */
import { CELL_LOOKS } from "../../src/core/plan/looks";
import { ownedSheet } from "../../src/core/plan/ownedSheet";
import type { CellStyle } from "../../src/core/plan/types";
import { createExcelPort } from "../../src/excel";
import { createXlsxPort } from "../../src/xlsx";
import { StylesPart } from "../../src/xlsx/stylesPart";
import { createExcelDouble } from "../../src/excel-double";

const STYLES = Object.keys(CELL_LOOKS) as CellStyle[];
const plan = ownedSheet("weekly", "en", {
  writes: STYLES.map((style, i) => ({ address: `A${i + 1}`, values: [[style]], style })),
});

describe("cell looks are the core's on every path", () => {
  it("Office.js: each style sets exactly the font, fill and borders of its look", async () => {
    const excel = createExcelDouble();
    await createExcelPort(excel.host).replaceOwnedSheets([plan]);
    const sheet = excel.workbook.sheets.find((s) => s.name === plan.name)!;
    STYLES.forEach((style, row) => {
      const set = Object.fromEntries(
        sheet.cellStyles.filter((s) => s.rect.top === row).map((s) => [s.property, s.value]),
      );
      const look = CELL_LOOKS[style];
      expect(set["font.bold"]).toBe(look.bold ? true : undefined);
      expect(set["font.size"]).toBe(look.size);
      expect(set["font.color"]).toBe(look.color);
      expect(set["fill.color"]).toBe(look.fill);
      expect(set["border.EdgeBottom"]).toBe(look.totalBorder ? "Double" : undefined);
    });
  });

  it("exceljs: each style's cell carries the same font, fill and border", async () => {
    const port = createXlsxPort();
    await port.replaceOwnedSheets([plan]);
    const sheet = port.workbook.getWorksheet(plan.name)!;
    STYLES.forEach((style, i) => {
      const cell = sheet.getCell(`A${i + 1}`);
      const look = CELL_LOOKS[style];
      expect(cell.font?.bold).toBe(look.bold);
      expect(cell.font?.size).toBe(look.size);
      expect(cell.font?.color?.argb).toBe(look.color && `FF${look.color.slice(1)}`);
      const fill = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
      expect(fill).toBe(look.fill && `FF${look.fill.slice(1)}`);
      expect(cell.border?.bottom?.style).toBe(look.totalBorder ? "double" : undefined);
    });
  });

  it("streaming writer: the style of a total is bold on its fill with a double bottom line", () => {
    // What every styles part starts with: a default font, the two reserved fills, a border and a format.
    const styles = new StylesPart(
      `<styleSheet><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
        `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
        `<borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
    );
    expect(styles.cellFormat("body", undefined)).toBe(0);
    expect(styles.cellFormat("total", undefined)).toBeGreaterThan(0);
    const xml = styles.xml();
    expect(xml).toContain(`<fgColor rgb="FFD9D9D9"/>`);
    expect(xml).toContain(`<bottom style="double"/>`);
    expect(xml).toMatch(/<font><b\/><sz val="11"\/>/);
  });
});
