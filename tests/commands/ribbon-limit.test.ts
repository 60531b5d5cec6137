/**
 * Ribbon commands run in a function-command runtime that Office stops after 5 minutes (issue 12, item 4):
 * a workbook too large to validate or refresh in that time is left to the task pane, with a sentence.
 */
import { setUpWorkbook } from "../../src/core/actions";
import {
  FUNCTION_COMMAND_LIMIT_SECONDS,
  ensureFitsRibbon,
  estimatedSeconds,
} from "../../src/core/actions/ribbonBudget";
import { isSalesPaceError } from "../../src/core/errors";
import { createExcelPort } from "../../src/excel";
import {
  type RibbonServices,
  refreshFromRibbon,
  ribbonCommand,
  validateFromRibbon,
} from "../../src/commands/ribbon";
import { createExcelDouble } from "../../src/excel-double";
import { dayFromIso } from "../support/day";

const TODAY = dayFromIso("2026-11-27");
/** SPEC §5: 200 people × 8 visits × 250 days of reports and as many planned visits (the demo's counts). */
const FULL_SIZE_REPORT_ROWS = 408_447;
const FULL_SIZE_PLAN_ROWS = 408_000;

async function fullSizeBook(lang: "en" | "zh") {
  const excel = createExcelDouble();
  const port = createExcelPort(excel.host);
  await setUpWorkbook.run({ port, today: TODAY, lang }, { lang });
  // As many rows as a year of a 200-person team: the row count is what the ribbon weighs.
  for (const [name, rows] of [
    ["DailyReport", FULL_SIZE_REPORT_ROWS],
    ["VisitPlan", FULL_SIZE_PLAN_ROWS],
  ] as const) {
    const table = excel.workbook.table(name)!;
    table.rect = { ...table.rect, bottom: table.rect.top + rows };
    table.sheet.put(table.rect.bottom, table.rect.left, TODAY - 1);
  }
  return { excel, port };
}

function services(port: RibbonServices["port"], lang: "en" | "zh", openPane?: () => Promise<boolean>) {
  const messages: string[] = [];
  const value: RibbonServices = {
    port,
    today: () => TODAY,
    lang,
    showMessage: async (text) => void messages.push(text),
    ...(openPane ? { openPane } : {}),
  };
  return { value, messages };
}

describe("ribbon commands and the function-command time limit", () => {
  it("estimates a full-size workbook past half the limit and a team's first months well within it", () => {
    expect(estimatedSeconds("validate", 844_100)).toBeGreaterThan(FUNCTION_COMMAND_LIMIT_SECONDS / 2);
    expect(estimatedSeconds("refresh", 844_100)).toBeGreaterThan(FUNCTION_COMMAND_LIMIT_SECONDS / 2);
    expect(estimatedSeconds("validate", 50_000)).toBeLessThan(FUNCTION_COMMAND_LIMIT_SECONDS / 4);
    expect(estimatedSeconds("refresh", 50_000)).toBeLessThan(FUNCTION_COMMAND_LIMIT_SECONDS / 4);
  });

  it("Validate at full size says to use the pane, writes nothing and completes the event", async () => {
    const { excel, port } = await fullSizeBook("en");
    const sheetsBefore = excel.workbook.sheets.map((s) => s.name);
    const { value, messages } = services(port, "en");
    const event = { completed: jest.fn() };

    await ribbonCommand(validateFromRibbon, () => value)(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /has 81\d,\d{3} rows, so Validate may take about \d+ minutes.*Open the SalesPace pane/,
    );
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });

  it("Refresh at full size opens the pane where the host allows it, and says so in Chinese", async () => {
    const { excel, port } = await fullSizeBook("zh");
    const sheetsBefore = excel.workbook.sheets.map((s) => s.name);
    const openPane = jest.fn(async () => true);
    const { value, messages } = services(port, "zh", openPane);

    await ribbonCommand(refreshFromRibbon, () => value)({ completed: jest.fn() });

    expect(openPane).toHaveBeenCalledTimes(1);
    expect(messages[0]).toMatch(
      /^此工作簿有 81\d,\d{3} 行.*请打开 SalesPace 面板.*SalesPace 已为您打开面板。$/,
    );
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });

  it("a pane that cannot be opened from the ribbon still leaves the sentence and completes", async () => {
    const { port } = await fullSizeBook("en");
    const { value, messages } = services(port, "en", () =>
      Promise.reject(new Error("needs a shared runtime")),
    );
    const event = { completed: jest.fn() };

    await ribbonCommand(validateFromRibbon, () => value)(event);

    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(messages[0]).toMatch(/Open the SalesPace pane/);
    expect(messages[0]).not.toMatch(/opened its pane/);
  });

  it("ensureFitsRibbon lets a small workbook through", () => {
    const inventory = {
      sheets: [],
      settings: null,
      tables: [{ table: "DailyReport" as const, sheet: "Daily Report", headers: [], rowCount: 20_000 }],
    };
    expect(() => ensureFitsRibbon("refresh", inventory)).not.toThrow();
    const large = { ...inventory, tables: [{ ...inventory.tables[0], rowCount: 700_000 }] };
    let error: unknown;
    try {
      ensureFitsRibbon("refresh", large);
    } catch (e) {
      error = e;
    }
    expect(isSalesPaceError(error, "RibbonTimeLimit")).toBe(true);
  });
});
