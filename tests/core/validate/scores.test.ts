import { scoreRule } from "../../../src/core/validate/scores";
import { describeFinding } from "../../../src/core/validate/describe";
import { book, d, resetRowNumbers, survey } from "../../support/rows";
import { cells, runRule, team } from "./harness";

beforeEach(() => resetRowNumbers());

describe("E09 a score outside its scale (1–5; Recommend 0–10) or not a whole number", () => {
  it("E09 flags an Overall of 6, a Service of 0, a Price of 3.5 and a Recommend of 11", () => {
    const row = survey({
      row: 4,
      date: d("2026-11-20"),
      customer: "华联超市",
      overall: 6,
      service: 0,
      price: 3.5,
      recommend: 11,
    });
    const findings = runRule(scoreRule, book({ ...team(), satisfaction: [row] }));
    expect(cells(findings, "E09")).toEqual([
      [4, "service"],
      [4, "price"],
      [4, "overall"],
      [4, "recommend"],
    ]);
    expect(describeFinding("zh", findings[2])).toBe("总体满意度：6 不是有效评分，请填写 1 到 5 的整数。");
    expect(describeFinding("en", findings[3])).toBe(
      "Recommend: 11 is not a score. Type a whole number from 0 to 10.",
    );
  });

  it("E09 accepts every point of each scale and leaves empty scores alone", () => {
    const rows = [1, 2, 3, 4, 5].map((score) =>
      survey({
        date: d("2026-11-20"),
        customer: "华联超市",
        overall: score,
        productQuality: score,
        recommend: score * 2,
      }),
    );
    rows.push(survey({ date: d("2026-11-21"), customer: "华联超市", overall: 3, recommend: 0 }));
    expect(runRule(scoreRule, book({ ...team(), satisfaction: rows }))).toEqual([]);
  });
});
