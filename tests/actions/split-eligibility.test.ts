/**
 * The Targets screen offers a split exactly when the split action does it (issue #14 item 3): the screen's
 * `canSplit` and the children it shows come from `splitKeys`, the rules `previewSplit` applies. Checked
 * here against the action itself, over a Chinese workbook with targets of every shape.
 */
import { type ActionContext, previewSplit, setUpWorkbook } from "../../src/core/actions";
import { loadBook } from "../../src/core/actions/book";
import { isSalesPaceError } from "../../src/core/errors";
import { canSplit, rosterOf, splitKeys } from "../../src/core/metrics/split";
import { createExcelPort } from "../../src/excel";
import { createExcelDouble } from "../../src/excel-double";
import { dayFromIso } from "../support/day";

const PEOPLE = [
  ["S01", "王伟", "华东", "上海", "李强", "是"],
  ["S02", "李娜", "华东", "上海", "李强", "否"],
  ["S03", "张敏", "华东", "杭州", "李强", ""],
  ["S04", "刘洋", "华北", "北京", "赵磊", "否"],
];

// Period, salesperson, dealer, region, product, metric, target.
const TARGETS = [
  ["2026", null, null, "华东", null, "销售额", 1200], // a region's year: both ways
  ["2026-Q2", "王伟", null, "华东", null, "销售额", 300], // a salesperson's quarter: months only
  ["2026-11", null, null, "华东", null, "拜访次数", 90], // a region's month: salespeople only
  ["2026-11", "王伟", null, "华东", null, "销售额", 100], // a salesperson's month: neither
  ["2026-11", null, null, "华北", null, "销售额", 500], // a region whose only salesperson has left
  ["2026-11", null, null, "西南", null, "销售额", 500], // a region nobody is in
  ["2026", null, "某经销商", null, null, "销售额", 800], // a dealer's year: months only
  ["2026-11", null, null, null, null, "销售额", 700], // the company's month: neither
];

async function workbook() {
  const excel = createExcelDouble();
  const ctx: ActionContext = {
    port: createExcelPort(excel.host),
    today: dayFromIso("2026-11-20"),
    lang: "zh",
  };
  await setUpWorkbook.run(ctx, {});
  await ctx.port.appendRows("Salespeople", PEOPLE);
  await ctx.port.appendRows("Targets", TARGETS);
  return ctx;
}

describe("the Targets screen's split rules are the split action's", () => {
  it("offers a target exactly when previewSplit splits it one way or the other, with the same children", async () => {
    const ctx = await workbook();
    const inventory = await ctx.port.inspect();
    const { book } = await loadBook(ctx, inventory);
    const roster = rosterOf(book.salespeople);
    expect(book.targets).toHaveLength(TARGETS.length);
    const offered: boolean[] = [];
    for (const row of book.targets) {
      const parent = {
        period: row.period!,
        region: row.region,
        salesperson: row.salesperson,
        dealer: row.dealer,
        product: row.product,
        metric: row.metric!,
        value: row.target!,
      };
      let anyWay = false;
      for (const into of ["salespeople", "months"] as const) {
        const screen = splitKeys(parent, into, roster);
        const outcome = await previewSplit
          .run(ctx, { parent, into, method: "even", unit: 1 })
          .then((preview) => preview.children.map((c) => (into === "months" ? c.period : c.salesperson)))
          .catch((error: unknown) => {
            if (isSalesPaceError(error) && error.code === "BadArgument") return null;
            throw error;
          });
        expect({ row: row.row, into, keys: screen.problem === null ? screen.keys : null }).toEqual({
          row: row.row,
          into,
          keys: outcome,
        });
        anyWay ||= outcome !== null;
      }
      expect({ row: row.row, offered: canSplit(row, roster) }).toEqual({ row: row.row, offered: anyWay });
      offered.push(anyWay);
    }
    expect(offered).toEqual([true, true, true, false, false, false, true, false]);
  });
});
