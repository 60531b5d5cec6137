/**
 * The Customers screen (SPEC §8.5) in the workbench: it refreshes the rollups like the ribbon and the
 * command line, fits 320 px in both languages, lists the silent customers A class first, and selecting
 * one selects that customer's row in the Customers list of the simulated workbook.
 */
import type { Page } from "playwright-core";
import { describeWith } from "../support/programs";
import { dayFromIso } from "../support/day";
import { idle, openWorkbench, paste, run, screen, shootPane, useWorkbenchPages } from "./workbench-page";

/** Sets up, fills sample data and refreshes the rollups from the Customers screen. */
async function customersShown(page: Page): Promise<void> {
  await screen(page, "setup");
  await run(page, "run-setup");
  await run(page, "run-sample");
  await screen(page, "customers");
  await run(page, "run-customers");
  await page.getByTestId("silent-customers").waitFor({ state: "visible" });
}

describeWith("chromium", "the Customers screen", (chromiumPath) => {
  jest.setTimeout(300000);
  let page: Page;
  let url: string;
  useWorkbenchPages(chromiumPath, 1400, (p, u) => {
    page = p;
    url = u;
  });

  it.each([
    [320, "en-US"],
    [450, "en-US"],
    [320, "zh-CN"],
    [450, "zh-CN"],
  ] as const)("renders at %i px (%s) without running off the pane", async (width, lang) => {
    await openWorkbench(page, url, { lang, pane: width });
    await customersShown(page);
    for (const part of ["customer-classes", "lost-reasons", "customer-satisfaction", "customer-development"])
      await page.getByTestId(part).waitFor({ state: "visible" });
    expect(await page.getByTestId("class-line").count()).toBe(3);
    expect(await page.getByTestId("silent-customer").count()).toBeGreaterThan(0);
    const heading = await page.getByTestId("screen-customers").locator("h2").first().textContent();
    expect(heading).toMatch(
      lang === "zh-CN" ? /^客户分析 2026-11（截至 2026-11-27）$/ : /^Customers 2026-11/,
    );
    await shootPane(page, `customers-${lang.slice(0, 2)}-${width}`);
    const overflow = await page
      .getByTestId("salespace-app")
      .evaluate((app) => app.scrollWidth - app.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // No cell or line reaches past its card.
    const spilling = await page
      .getByTestId("screen-customers")
      .evaluate((root) =>
        [...root.querySelectorAll("[data-testid]")]
          .filter((el) => el.getBoundingClientRect().right > root.getBoundingClientRect().right + 1)
          .map((el) => el.getAttribute("data-testid")),
      );
    expect(spilling).toEqual([]);
  });

  it("marks a silent A customer red, and selecting it selects its row in the Customers list (zh)", async () => {
    await openWorkbench(page, url, { lang: "zh-CN", pane: 320 });
    await screen(page, "setup");
    await run(page, "run-setup");
    const day = (iso: string) => dayFromIso(iso);
    await paste(page, "Salespeople", [["S01", "王伟", "华东", "上海", "李娜", "是"]]);
    await paste(page, "Customers", [
      ["C01", "华联超市", "经销商", "华东", "王伟", day("2025-01-06"), "合作中"],
      ["C02", "便民小店", "零售网点", "华东", "王伟", day("2025-01-06"), "合作中"],
    ]);
    // 华联超市 bought 90,000 of 91,000 in 12 months (class A) and was last visited 57 days before today.
    await paste(page, "DailyReport", [
      [day("2026-10-01"), "王伟", "出勤", "华联超市", "订货", "好", "", 90000],
      [day("2026-11-25"), "王伟", "出勤", "便民小店", "订货", "好", "", 1000],
    ]);
    await screen(page, "customers");
    await run(page, "run-customers");
    const items = page.getByTestId("silent-customer");
    expect(await items.count()).toBe(1);
    const item = items.first();
    expect(await item.getAttribute("data-class")).toBe("A");
    expect(await item.getByTestId("silent-name").textContent()).toBe("华联超市");
    expect(await item.getByTestId("silent-since").textContent()).toContain("57 天未拜访");
    const red = await item.getByTestId("silent-since").evaluate((el) => getComputedStyle(el).color);
    const text = await page.getByTestId("silent-customers").evaluate((el) => getComputedStyle(el).color);
    expect(red).not.toBe(text);

    await item.click();
    await idle(page);
    const where = await page.evaluate(() => {
      const book = window.salespaceWorkbench!.excel.workbook;
      const table = book.tables.find((t) => t.name === "Customers")!;
      // The worksheet row of 华联超市 (its first data row) and the column of Name (the table's second).
      const row = table.rect.top + 2;
      const column = table.rect.left + 1;
      const name = table.sheet.grid({ top: row - 1, bottom: row - 1, left: column, right: column })[0][0];
      return { selection: book.selection, sheet: table.sheet.name, row, column, name };
    });
    expect(where.name).toBe("华联超市");
    expect(where.selection).toEqual({
      sheet: where.sheet,
      address: `${String.fromCharCode(65 + where.column)}${where.row}`,
    });
  });
});
