/**
 * The pane as a new user meets it (issue 15): the screen tabs stay on one row at every pane width,
 * none cut, the ones that do not fit under "More"; notices stay on their screen, speak the language of now and come into view;
 * results that no longer match the workbook say so; Chinese screens name sheets, not internal tables.
 */
import type { Page } from "playwright-core";
import { describeWith } from "../support/programs";
import { dayFromIso } from "../support/day";
import { openWorkbench, paste, run, screen, shootPane, useWorkbenchPages } from "./workbench-page";

/** Rows the tab strip takes: the tabs' distinct tops among those shown. */
async function tabRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tabs = [
      ...document.querySelectorAll('[data-testid="taskpane-frame"] [role="tablist"] [role="tab"]'),
    ] as HTMLElement[];
    const shown = tabs.filter((tab) => tab.offsetParent !== null);
    return new Set(shown.map((tab) => Math.round(tab.getBoundingClientRect().top))).size;
  });
}

/**
 * Tabs (and the "More" button) that the strip cuts: shown but reaching past the tab list's box, their
 * label wider than the tab, or the tab list wider than its room (it would scroll).
 */
async function cutTabs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const list = document.querySelector<HTMLElement>('[data-testid="taskpane-frame"] [role="tablist"]')!;
    const box = list.getBoundingClientRect();
    const found: string[] = [];
    if (list.scrollWidth > list.clientWidth + 1) found.push(`tab list scrolls (${list.scrollWidth} px)`);
    const items = list.querySelectorAll<HTMLElement>('[role="tab"], [data-testid="tab-more"]');
    for (const item of [...items].filter((el) => el.offsetParent !== null)) {
      const r = item.getBoundingClientRect();
      const name = (item.textContent ?? "").trim();
      if (r.left < box.left - 1 || r.right > box.right + 1) found.push(`"${name}" reaches past the strip`);
      // The label, not the whole tab: the selection underline slides in from the last tab past its box.
      const label = item.querySelector<HTMLElement>(".fui-Tab__content") ?? item;
      const text = label.getBoundingClientRect();
      const cut =
        label.scrollWidth > label.clientWidth + 1 || text.left < r.left - 1 || text.right > r.right + 1;
      if (cut) found.push(`"${name}" label cut`);
    }
    return found;
  });
}

/** True when the element is inside the pane's visible (scrolled) area. */
async function inPaneView(page: Page, testId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const frame = document.querySelector('[data-testid="taskpane-frame"]')!.getBoundingClientRect();
    const box = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  }, testId);
}

/** Elements that reach past their parent's content box (into its padding or beyond), in the pane. */
async function spilling(page: Page): Promise<string[]> {
  return page.getByTestId("salespace-app").evaluate((app) =>
    [...app.querySelectorAll("*")].flatMap((el) => {
      const parent = el.parentElement;
      if (!parent || el.getClientRects().length === 0) return [];
      const style = getComputedStyle(parent);
      if (style.overflowX !== "visible" || getComputedStyle(el).position === "absolute") return [];
      const right =
        parent.getBoundingClientRect().right -
        parseFloat(style.paddingRight) -
        parseFloat(style.borderRightWidth);
      const over = el.getBoundingClientRect().right - right;
      return over > 1
        ? [
            `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 30)}" +${Math.round(over)}px`,
          ]
        : [];
    }),
  );
}

/**
 * What a 320 px pane cuts or breaks: a radio's label wrapped (its text on two lines, or under its circle),
 * and a dropdown whose chosen option is wider than the box that shows it.
 */
async function squeezed(page: Page): Promise<string[]> {
  return page.getByTestId("salespace-app").evaluate((app) => {
    const found: string[] = [];
    for (const label of app.querySelectorAll("label")) {
      if (label.getClientRects().length === 0 || !label.closest('[role="radiogroup"]')) continue;
      const range = document.createRange();
      range.selectNodeContents(label);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const input = label.parentElement?.querySelector("input");
      const under = input
        ? label.getBoundingClientRect().top >= input.getBoundingClientRect().bottom - 1
        : false;
      if (lines > 1 || under) found.push(`label "${(label.textContent ?? "").trim()}" wraps`);
    }
    // The period types are four short words: they fit on one row at 320 px, in either language.
    for (const group of app.querySelectorAll('[data-testid="period-kind"]')) {
      const rows = new Set(
        [...group.querySelectorAll("input")].map((i) => Math.round(i.getBoundingClientRect().top)),
      );
      if (rows.size > 1) found.push(`period types on ${rows.size} rows`);
    }
    const canvas = document.createElement("canvas").getContext("2d")!;
    for (const select of app.querySelectorAll("select")) {
      const option = select.selectedOptions[0];
      if (!option || select.getClientRects().length === 0) continue;
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const text = option.textContent ?? "";
      if (canvas.measureText(text).width > room) found.push(`select shows "${text}" cut`);
    }
    return found;
  });
}

describeWith("chromium", "the pane at 320–450 px, its notices and its names", (chromiumPath) => {
  jest.setTimeout(240000);
  let page: Page;
  let url: string;
  useWorkbenchPages(chromiumPath, 640, (p, u) => {
    page = p;
    url = u;
  });

  it.each([
    [320, "en-US"],
    [350, "en-US"],
    [380, "en-US"],
    [450, "en-US"],
    [320, "zh-CN"],
    [450, "zh-CN"],
  ] as const)(
    "keeps the screen tabs on one row at %i px (%s), none cut, every screen reachable",
    async (width, lang) => {
      await openWorkbench(page, url, { lang, pane: width });
      expect(await tabRows(page)).toBe(1);
      expect(await cutTabs(page)).toEqual([]);
      const tag = `tabs-${lang.slice(0, 2)}-${width}`;
      await shootPane(page, tag);
      if (await page.getByTestId("tab-more").isVisible()) {
        await page.getByTestId("tab-more").click();
        await page.getByRole("menu").waitFor({ state: "visible" });
        await page.waitForTimeout(400); // the menu fades in
        await shootPane(page, `${tag}-more`);
        await page.keyboard.press("Escape");
        await page.getByRole("menu").waitFor({ state: "detached" });
      }
      for (const name of ["settings", "targets", "customers", "home", "rollups", "validate", "setup"]) {
        await screen(page, name);
        expect(await tabRows(page)).toBe(1);
        expect(await cutTabs(page)).toEqual([]);
        // The screen you are on always shows as a tab, never only in the menu.
        expect(await page.getByTestId(`tab-${name}`).isVisible()).toBe(true);
      }
    },
  );

  it.each(["en-US", "zh-CN"] as const)(
    "lets nothing spill out of its card on any screen at 320 px (%s)",
    async (lang) => {
      await openWorkbench(page, url, { lang, pane: 320 });
      await screen(page, "setup");
      await run(page, "run-setup");
      await run(page, "run-sample");
      await screen(page, "validate");
      await run(page, "run-validate");
      await screen(page, "rollups");
      await run(page, "run-rollups");
      const found: Record<string, string[]> = {};
      for (const name of ["home", "setup", "validate", "rollups", "customers", "targets", "settings"]) {
        await screen(page, name);
        if (name === "targets") {
          await run(page, "load-targets");
          await page.getByTestId("parent-target").selectOption({ index: 1 });
          await run(page, "preview-split");
        }
        found[name] = [...(await spilling(page)), ...(await squeezed(page))];
      }
      expect(found).toEqual({
        home: [],
        setup: [],
        validate: [],
        rollups: [],
        customers: [],
        targets: [],
        settings: [],
      });
    },
  );

  it("keeps a notice on the screen whose action it reports, and says it in the language chosen later", async () => {
    await openWorkbench(page, url, { lang: "en-US", pane: 320 });
    await screen(page, "setup");
    await run(page, "run-setup");
    expect(await page.getByTestId("notice-bar").textContent()).toContain("The workbook is set up.");
    await screen(page, "validate");
    expect(await page.getByTestId("notice-bar").count()).toBe(0);
    await screen(page, "settings");
    await page.getByRole("radio", { name: "Chinese (简体中文)" }).check();
    await screen(page, "setup");
    expect(await page.getByTestId("notice-bar").textContent()).toContain("模板已创建。");
  });

  it("brings a success notice into view after an action far down the screen", async () => {
    await openWorkbench(page, url, { lang: "en-US", pane: 320 });
    await screen(page, "setup");
    await run(page, "run-setup");
    await page.getByTestId("notice-bar").getByRole("button", { name: "Dismiss" }).click();
    await page.getByTestId("run-sample").scrollIntoViewIfNeeded();
    expect(await inPaneView(page, "salespace-app")).toBe(false);
    await run(page, "run-sample");
    await page.getByTestId("notice-bar").waitFor({ state: "visible" });
    await page.waitForTimeout(300);
    expect(await inPaneView(page, "notice-bar")).toBe(true);
    expect(await page.getByTestId("notice-bar").textContent()).toMatch(
      /^\d{1,3}(,\d{3})+ sample rows added\./,
    );
  });

  it("marks findings out of date once the workbook changed, on Validate and Home", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    await screen(page, "setup");
    await run(page, "run-setup");
    await screen(page, "validate");
    await run(page, "run-validate");
    expect(await page.getByTestId("validate-stale").count()).toBe(0);
    await screen(page, "setup");
    await run(page, "run-sample");
    await screen(page, "validate");
    expect(await page.getByTestId("validate-stale").textContent()).toMatch(/changed since these findings/);
    await screen(page, "home");
    expect(await page.getByTestId("home-validation-stale").textContent()).toBe("out of date");
    await screen(page, "validate");
    await run(page, "run-validate");
    expect(await page.getByTestId("validate-stale").count()).toBe(0);
  });

  it("says the rollup figures are for another period once the fields no longer match them", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    await screen(page, "setup");
    await run(page, "run-setup");
    await run(page, "run-sample");
    await screen(page, "rollups");
    await page.getByTestId("rollup-period").fill("2026-11");
    await run(page, "run-rollups");
    expect(await page.getByTestId("rollups-stale").count()).toBe(0);
    expect(await page.getByTestId("notice-bar").textContent()).toMatch(/Rebuilt: Scorecard, Pivots, /);
    await page.getByTestId("rollup-period").fill("2026-10");
    expect(await page.getByTestId("rollups-stale").textContent()).toContain("for 2026-11 as of 2026-11-27");
  });

  it("offers one way to the Validation sheet (a button, no checkbox)", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    await screen(page, "setup");
    await run(page, "run-setup");
    await screen(page, "validate");
    expect(await page.getByTestId("screen-validate").getByRole("checkbox").count()).toBe(0);
    await run(page, "write-validation-sheet");
    expect(await page.getByTestId("notice-bar").textContent()).toContain("on the Validation sheet");
  });

  it("writes a suggestion into its one cell only after the person confirms, saying how to take it back", async () => {
    await openWorkbench(page, url, { lang: "en-US", pane: 320 });
    await screen(page, "setup");
    await run(page, "run-setup");
    await paste(page, "Salespeople", [["S01", "Wang Wei", "East", "Shanghai", "Li Na", "Y"]]);
    await paste(page, "Customers", [
      ["C01", "Acme Trading", "Dealer", "East", "Wang Wei", dayFromIso("2025-01-06"), "Active"],
    ]);
    await paste(page, "DailyReport", [
      [dayFromIso("2026-11-25"), "Wang Wei", "Present", "Acme Tradin", "Order"],
    ]);
    await screen(page, "validate");
    await run(page, "run-validate");
    const item = page.locator('[data-testid="finding"][data-code="E03"][data-row="2"]').locator("..");
    await item.getByTestId("use-suggestion").click();
    expect(await item.getByTestId("confirm-suggestion").textContent()).toBe(
      "Replace “Acme Tradin” with “Acme Trading” in Daily Report, row 2? Only this cell changes. " +
        "Excel versions without undo for add-ins cannot take it back with Undo.",
    );
    await item.getByTestId("keep-value").click();
    const cell = () =>
      page.evaluate(() => window.salespaceWorkbench!.excel.workbook.tableRows("DailyReport")[0][3]);
    expect(await cell()).toBe("Acme Tradin");
    await item.getByTestId("use-suggestion").click();
    await run(page, "confirm-replace");
    expect(await cell()).toBe("Acme Trading");
    expect(await page.getByTestId("notice-bar").textContent()).toContain(
      "Daily Report!D2 now holds “Acme Trading”. This Excel cannot undo changes made by add-ins",
    );
    expect(await item.getByTestId("corrected").textContent()).toBe("Corrected");
  });

  it("names sheets as people see them in a Chinese pane, and lists with 、", async () => {
    await openWorkbench(page, url, { lang: "zh-CN" });
    await screen(page, "setup");
    await run(page, "run-setup");
    await run(page, "run-sample");
    const homeTables = await (async () => {
      await screen(page, "home");
      return page.getByTestId("home-table").allTextContents();
    })();
    expect(homeTables.slice(0, 2)).toEqual(["基础资料 › 销售员", "基础资料 › 客户"]);
    expect(homeTables.join(" ")).not.toMatch(/Salespeople|DailyReport|VisitPlan/);
    await screen(page, "validate");
    await run(page, "run-validate");
    const headers = await page.locator('[data-testid^="group-"] button').first().textContent();
    expect(headers).toMatch(/^错误 · (拜访计划|每日销售报告|目标分解|基础资料 › \S+) \(/);
    const options = await page
      .getByTestId("findings")
      .locator("select")
      .nth(1)
      .locator("option")
      .allTextContents();
    expect(options).toContain("每日销售报告");
    expect(options.join(" ")).not.toMatch(/DailyReport|VisitPlan/);
    await screen(page, "rollups");
    await page.getByTestId("rollup-period").fill("2026-11");
    await run(page, "run-rollups");
    expect(await page.getByTestId("notice-bar").textContent()).toMatch(/^已重建：目标达成、透视、/);
  });
});
