/**
 * The real task pane in Chromium, on the workbench (the in-memory Excel double), over HTTPS: set up in
 * both languages, a colleague's paste with known mistakes, validation and jumping to a cell, rollups
 * whose figures are the core's, the split tool, and a keyboard-only run.
 */
import type { Page } from "playwright-core";
import { buildMasterIndex } from "../../src/core/lists";
import { buildScorecard } from "../../src/core/metrics";
import { buildCalendar, parsePeriod } from "../../src/core/periods";
import { readBook } from "../../src/core/read";
import { dayFromIso } from "../support/day";
import { describeWith } from "../support/programs";
import {
  TODAY_ISO,
  idle,
  openWorkbench,
  paste,
  rawTables,
  run,
  screen,
  sheetNames,
  useWorkbenchPages,
} from "./workbench-page";

describeWith("chromium", "task pane on the workbench", (chromiumPath) => {
  jest.setTimeout(240000);
  let page: Page;
  let url: string;
  useWorkbenchPages(chromiumPath, 900, (p, u) => {
    page = p;
    url = u;
  });

  it("sets up an English workbook from the Set up screen", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    expect(await page.getByTestId("setup-status").textContent()).toBe("Not set up");
    await screen(page, "setup");
    await run(page, "run-setup");
    expect(await sheetNames(page)).toEqual(
      expect.arrayContaining([
        "Lists",
        "Targets",
        "Visit Plan",
        "Daily Report",
        "Market Report",
        "Complaints",
        "Satisfaction",
        "Lost Customers",
      ]),
    );
    expect(await page.getByTestId("setup-report").textContent()).toContain("Tables added: 11");
    await screen(page, "home");
    expect(await page.getByTestId("setup-status").textContent()).toBe("Set up");
  });

  it("sets up a Chinese workbook, the pane speaking Chinese", async () => {
    await openWorkbench(page, url, { lang: "zh-CN" });
    expect(await page.getByTestId("setup-status").textContent()).toBe("未创建");
    await screen(page, "setup");
    await page.getByRole("radio", { name: "简体中文" }).check();
    await run(page, "run-setup");
    const names = await sheetNames(page);
    expect(names).not.toContain("Daily Report");
    expect(names.length).toBeGreaterThanOrEqual(7);
    const headers = await page.evaluate(() => {
      const book = window.salespaceWorkbench!.excel.workbook;
      return book.headers(book.table("DailyReport")!);
    });
    expect(headers.slice(0, 4)).toEqual(["日期", "销售员", "出勤", "客户"]);
  });

  it("validates a colleague's paste: the expected findings appear and clicking one selects its cell", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    await screen(page, "setup");
    await run(page, "run-setup");
    const day = (iso: string) => dayFromIso(iso);
    await paste(page, "Salespeople", [["S01", "Wang Wei", "East", "Shanghai", "Li Na", "Y"]]);
    await paste(page, "Customers", [
      ["C01", "Acme Trading", "Dealer", "East", "Wang Wei", day("2025-01-06"), "Active"],
    ]);
    await paste(page, "Products", [["P01", "Widget", "Tools", 100, 60]]);
    await paste(page, "DailyReport", [
      [day("2026-11-25"), "Wang Wei", "Present", "Acme Trading", "Order", "ok", "Widget", 1000],
      [day("2026-11-25"), "Wang Wei", "Present", "Acme Tradin", "Order", "ok", "Widget", 500],
      [day("2026-11-26"), "Wang Wei", "Present", "Acme Trading", "Order", "ok", "Widget", -50],
      ["2026-11-31", "Wang Wei", "Present", "Acme Trading", "Service", "ok"],
      [day("2026-12-04"), "Wang Wei", "Present", "Acme Trading", "Service", "ok"],
    ]);
    await screen(page, "validate");
    await run(page, "run-validate");
    const found = await page
      .getByTestId("finding")
      .evaluateAll((items) =>
        items.map(
          (el) =>
            `${el.getAttribute("data-code")} ${el.getAttribute("data-row")} ${el.getAttribute("data-column")}`,
        ),
      );
    expect(found).toEqual(
      expect.arrayContaining([
        "E03 3 customer", // "Acme Tradin" is not in the Customers list
        "E02 4 orderAmount", // a negative amount
        "E02 5 date", // 31 November does not exist
        "E05 6 date", // a report dated after today
      ]),
    );
    const typo = page.locator('[data-testid="finding"][data-code="E03"][data-row="3"]');
    expect(await typo.textContent()).toContain("Acme Trading");
    await typo.click();
    await idle(page);
    expect(await page.evaluate(() => window.salespaceWorkbench!.excel.workbook.selection)).toEqual({
      sheet: "Daily Report",
      address: "D3",
    });
    expect(await page.getByTestId("selection").textContent()).toBe("Selected: Daily Report!D3");
  });

  it("refreshes the rollups for a month: the Scorecard holds live formulas and the pane shows the core's figures", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    await screen(page, "setup");
    await run(page, "run-setup");
    await run(page, "run-sample");
    await screen(page, "rollups");
    await page.getByRole("radio", { name: "Month" }).check();
    await page.getByTestId("rollup-period").fill("2026-11");
    await run(page, "run-rollups");
    expect(await sheetNames(page)).toEqual(
      expect.arrayContaining(["Scorecard", "Efficiency", "Weekly report"]),
    );
    const scorecardText = await page.evaluate(() =>
      JSON.stringify(window.salespaceWorkbench!.excel.workbook.dump("Scorecard")),
    );
    expect(scorecardText).toMatch(/SUMIFS\(/);

    const { book } = readBook(await rawTables(page));
    const expected = buildScorecard({
      book,
      index: buildMasterIndex(book),
      calendar: buildCalendar(book.calendar),
      period: parsePeriod("2026-11")!,
      asOf: dayFromIso(TODAY_ISO),
    });
    const shown = await page.getByTestId("scorecard-line").evaluateAll((rows) =>
      rows.map((row) => ({
        region: row.getAttribute("data-region"),
        target: row.querySelector('[data-figure="target"]')!.textContent,
        actual: row.querySelector('[data-figure="actual"]')!.textContent,
      })),
    );
    const format = (n: number | null) =>
      n === null ? "—" : n.toLocaleString("en-US", { maximumFractionDigits: 2 });
    const lines = expected.lines.filter((line) => line.level !== "salesperson");
    expect(shown).toEqual(
      lines.map((line) => ({
        region: line.level === "company" ? "Company total" : line.region,
        target: format(line.metrics.sales.target),
        actual: format(line.metrics.sales.actual),
      })),
    );
    expect(lines[lines.length - 1].metrics.sales.actual).toBeGreaterThan(0);
  });

  it("shows the step of a long operation and cancels it between requests, keeping what was written", async () => {
    await openWorkbench(page, url, { lang: "en-US", slow: 300 });
    await screen(page, "setup");
    await run(page, "run-setup");
    await page.getByTestId("run-sample").click();
    const progress = page.getByTestId("progress");
    await progress.getByText(/Filling · /).waitFor({ timeout: 20000 });
    await progress.getByRole("button", { name: "Cancel" }).click();
    await idle(page);
    expect(await page.getByTestId("notice-bar").textContent()).toContain("Cancelled.");
    const rows = await page.evaluate(() => {
      const book = window.salespaceWorkbench!.excel.workbook;
      return ["Salespeople", "DailyReport"].map(
        (name) => book.tableRows(name).filter((r) => r.some((v) => v !== "")).length,
      );
    });
    // Sample data goes in as few requests as the 5 MB cap allows, all tables packed together (issue 12,
    // item 10), and Cancel takes effect between requests: what a finished request wrote stays, whole.
    expect(rows[0]).toBeGreaterThan(0);
    expect(rows[1]).toBeGreaterThan(0);
  });

  it("shows Excel's refusal as a sentence in the error bar, with the technical detail behind Details", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    await screen(page, "setup");
    await run(page, "run-setup");
    await screen(page, "validate");
    await page.evaluate(() => window.salespaceWorkbench!.excel.inject.failAtSync(1, "AccessDenied"));
    await run(page, "run-validate");
    const bar = page.getByTestId("error-bar");
    expect(await bar.getByTestId("error-sentence").textContent()).toMatch(/protected.*Unprotect it/);
    expect(await bar.textContent()).not.toMatch(/at \w+ \(/);
    await bar.getByRole("button", { name: "Details" }).click();
    expect(await bar.locator("pre").textContent()).toContain("AccessDenied");
  });

  it("switches the pane to Chinese in Settings, for this user only", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    await screen(page, "settings");
    await page.getByRole("radio", { name: "Chinese (简体中文)" }).check();
    expect(await page.getByTestId("tab-settings").textContent()).toBe("设置");
    await page.getByRole("radio", { name: "与 Office 相同" }).check();
    expect(await page.getByTestId("tab-settings").textContent()).toBe("Settings");
    expect(await sheetNames(page)).toEqual(["Sheet1"]);
  });

  it("shows a split's children that Targets already holds, with their sum, and never writes them again", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    await screen(page, "setup");
    await run(page, "run-setup");
    await run(page, "run-sample");
    await screen(page, "targets");
    await run(page, "load-targets");
    const parentTarget = page.getByTestId("parent-target");
    const labels = await parentTarget.locator("option").allTextContents();
    const label = labels.find((text) => /^2026 [^/]+ Sales$/.test(text))!;
    expect(label).toBeDefined();
    await parentTarget.selectOption({ label });
    await page.getByRole("radio", { name: "Months" }).check();
    await page.getByRole("radio", { name: "By working days" }).check();
    // A unit the target is not a multiple of is flagged as it is typed, before any Preview.
    await page.getByTestId("split-unit").fill("7");
    expect(await page.getByRole("alert").allTextContents()).toEqual([
      expect.stringMatching(/^The target [\d,]+ is not a multiple of the rounding unit 7\. .*such as 1/),
    ]);
    expect(await page.getByTestId("preview-split").isDisabled()).toBe(true);
    await page.getByTestId("split-unit").fill("1");
    await run(page, "preview-split");
    const parentValue = (await page.getByTestId("parent-chosen").textContent())!.split(" · ").pop()!;
    // The sample holds this region's twelve months already: shown with their rows and sum, nothing to write.
    expect(await page.getByTestId("split-status").textContent()).toMatch(
      /^All of these rows are already in Targets \(rows .+\) and add up to/,
    );
    expect(await page.getByTestId("split-existing-total").textContent()).toBe(parentValue);
    expect(await page.getByTestId("write-split").isDisabled()).toBe(true);
  });
});
