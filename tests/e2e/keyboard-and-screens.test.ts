/**
 * Keyboard-only use of the task pane (set up → validate → refresh, no mouse), and screenshots of every
 * screen at Excel's narrow (320 px) and wide (450 px) pane widths, saved to tests/artifacts/screenshots.
 */
import type { Page } from "playwright-core";
import { describeWith } from "../support/programs";
import { idle, openWorkbench, run, screen, sheetNames, shootPane, useWorkbenchPages } from "./workbench-page";

/** Presses `key` until the focused element matches `selector`; fails after `max` presses. */
async function pressUntil(page: Page, key: string, selector: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Pressing ${key} ${max} times never focused ${selector}`);
}

/**
 * From anywhere in the pane: back to the screen tabs, over to `name`, select it — or, when its tab did not
 * fit on the row, over to "More", open it and pick `name` from the menu.
 */
async function goToScreen(page: Page, name: string): Promise<void> {
  await pressUntil(page, "Shift+Tab", '[role="tab"]');
  if (await page.getByTestId(`tab-${name}`).isVisible()) {
    await pressUntil(page, "ArrowRight", `[data-testid="tab-${name}"]`, 8);
    await page.keyboard.press("Enter");
  } else {
    await pressUntil(page, "ArrowRight", '[data-testid="tab-more"]', 8);
    await page.keyboard.press("Enter");
    await pressUntil(page, "ArrowDown", `[data-testid="more-${name}"]`, 8);
    await page.keyboard.press("Enter");
  }
  await page.getByTestId(`screen-${name}`).waitFor({ state: "visible" });
}

async function pressButton(page: Page, testId: string): Promise<void> {
  await pressUntil(page, "Tab", `[data-testid="${testId}"]`);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(50);
  await idle(page);
}

describeWith("chromium", "task pane by keyboard and at pane widths", (chromiumPath) => {
  jest.setTimeout(300000);
  let page: Page;
  let url: string;
  useWorkbenchPages(chromiumPath, 1000, (p, u) => {
    page = p;
    url = u;
  });

  it("sets up, validates and refreshes with the keyboard alone", async () => {
    await openWorkbench(page, url, { lang: "en-US" });
    await pressUntil(page, "Tab", '[role="tab"]');
    await pressUntil(page, "ArrowRight", '[data-testid="tab-setup"]', 8);
    await page.keyboard.press("Enter");
    await pressButton(page, "run-setup");
    expect(await sheetNames(page)).toContain("Daily Report");

    await goToScreen(page, "validate");
    await pressButton(page, "run-validate");
    await page.getByTestId("findings").waitFor({ state: "visible" });

    await goToScreen(page, "rollups");
    await pressButton(page, "run-rollups");
    expect(await sheetNames(page)).toContain("Scorecard");
    await page.getByTestId("scorecard-summary").waitFor({ state: "visible" });
  });

  it("gives every button, field and tab an accessible name", async () => {
    await openWorkbench(page, url, { lang: "zh-CN" });
    for (const name of ["home", "setup", "validate", "rollups", "customers", "targets", "settings"]) {
      await screen(page, name);
      const unnamed = await page.getByTestId("salespace-app").evaluate((app) =>
        [...app.querySelectorAll("button, input, [role=tab], [role=combobox], [role=radio]")]
          .filter((el) => {
            const labelled = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
            const input = el as HTMLInputElement;
            const byLabel = input.labels !== undefined && input.labels !== null && input.labels.length > 0;
            return !labelled && !byLabel && (el.textContent ?? "").trim() === "";
          })
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      expect({ screen: name, unnamed }).toEqual({ screen: name, unnamed: [] });
    }
  });

  it.each([
    [320, "en-US"],
    [450, "en-US"],
    [320, "zh-CN"],
    [450, "zh-CN"],
  ] as const)("renders every screen at %i px (%s) for the screenshots", async (width, lang) => {
    const tag = `${lang.slice(0, 2)}-${width}`;
    await openWorkbench(page, url, { lang, pane: width });
    await shootPane(page, `home-empty-${tag}`);
    await screen(page, "setup");
    await run(page, "run-setup");
    await run(page, "run-sample");
    await shootPane(page, `setup-${tag}`);
    await screen(page, "validate");
    await run(page, "run-validate");
    await shootPane(page, `validate-${tag}`);
    await screen(page, "rollups");
    await run(page, "run-rollups");
    await shootPane(page, `rollups-${tag}`);
    await screen(page, "targets");
    await run(page, "load-targets");
    await page.getByTestId("parent-target").selectOption({ index: 1 });
    await run(page, "preview-split");
    await shootPane(page, `targets-${tag}`);
    await page.getByRole("radio", { name: lang === "zh-CN" ? "按权重" : "By weights" }).check();
    // Every weight input stays inside its fieldset, and the chosen target is shown in full.
    const spill = await page.getByTestId("split-weights").evaluate((fieldset) => {
      const box = fieldset.getBoundingClientRect();
      return [...fieldset.querySelectorAll("input")]
        .map((input) => input.getBoundingClientRect())
        .filter((r) => r.left < box.left || r.right > box.right).length;
    });
    expect(spill).toBe(0);
    const chosen = page.getByTestId("parent-chosen");
    expect(await chosen.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await shootPane(page, `targets-weights-${tag}`);
    await screen(page, "settings");
    await shootPane(page, `settings-${tag}`);
    await screen(page, "home");
    await shootPane(page, `home-${tag}`);
    const overflow = await page
      .getByTestId("salespace-app")
      .evaluate((app) => app.scrollWidth - app.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
