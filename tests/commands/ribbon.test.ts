import { setUpWorkbook } from "../../src/core/actions";
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

function ribbonOver(excel = createExcelDouble()) {
  const messages: string[] = [];
  const port = createExcelPort(excel.host);
  const services: RibbonServices = {
    port,
    today: () => TODAY,
    lang: "en",
    showMessage: async (text) => void messages.push(text),
  };
  const event = { completed: jest.fn() };
  return { excel, port, services, messages, event };
}

describe("ribbon Validate and Refresh (without the pane)", () => {
  it("Validate writes the Validation sheet, selects it, reports the counts and completes the event", async () => {
    const { excel, port, services, messages, event } = ribbonOver();
    await setUpWorkbook.run({ port, today: TODAY, lang: "en" }, { lang: "en" });
    excel.inject.colleagueAppends(1, "DailyReport", [
      ["2026-11-40", "Nobody", "Present", "", "", "", "", -5],
    ]);
    await ribbonCommand(validateFromRibbon, () => services)(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^SalesPace: [1-9]\d* errors, \d+ warnings\. See the Validation sheet\.$/);
    expect(excel.workbook.sheet("Validation")).toBeDefined();
    expect(excel.workbook.selection).toEqual({ sheet: "Validation", address: "A1" });
  });

  it("Refresh rebuilds the rollups for the month of today and selects the Scorecard", async () => {
    const { excel, port, services, messages, event } = ribbonOver();
    await setUpWorkbook.run({ port, today: TODAY, lang: "en" }, { lang: "en" });
    await ribbonCommand(refreshFromRibbon, () => services)(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(messages).toEqual(["SalesPace: rollups rebuilt for 2026-11."]);
    expect(excel.workbook.sheet("Scorecard")).toBeDefined();
    expect(excel.workbook.selection?.sheet).toBe("Scorecard");
  });

  it("on a workbook that is not set up shows what to do, writes nothing and still completes", async () => {
    const { excel, services, messages, event } = ribbonOver();
    await ribbonCommand(validateFromRibbon, () => services)(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(messages).toEqual(["This workbook has no SalesPace tables yet. Run Set up workbook first."]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("completes the event even when Excel fails and the dialog cannot open", async () => {
    const { excel, services, event } = ribbonOver();
    excel.inject.failAtSync(1, "GeneralException");
    const failing: RibbonServices = {
      ...services,
      showMessage: () => Promise.reject(new Error("12007: a dialog is already open")),
    };
    await ribbonCommand(refreshFromRibbon, () => failing)(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  it("says the outcome in Chinese for a Chinese Office", async () => {
    const { services, messages, event } = ribbonOver();
    await ribbonCommand(validateFromRibbon, () => ({ ...services, lang: "zh" }))(event);
    expect(messages).toEqual(["此工作簿还没有 SalesPace 表格。请先运行“创建模板”。"]);
  });
});
