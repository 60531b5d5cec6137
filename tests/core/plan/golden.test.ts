import { existsSync, readFileSync, rmSync } from "fs";
import { expectGolden, goldenPath, goldenText } from "../../support/golden";

describe("golden files", () => {
  const name = "__golden-self-test";
  const file = goldenPath(name);
  const ci = process.env.CI;
  afterEach(() => {
    rmSync(file, { force: true });
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  });

  test("a missing golden is written and the test fails, naming the file", () => {
    process.env.CI = "false";
    expect(() => expectGolden(name, { sales: 1200 })).toThrow(file);
    expect(readFileSync(file, "utf8")).toBe(goldenText({ sales: 1200 }));
  });

  test("under CI=true a missing golden fails and is not written", () => {
    process.env.CI = "true";
    expect(() => expectGolden(name, { sales: 1200 })).toThrow("not written under CI=true");
    expect(existsSync(file)).toBe(false);
  });

  test("a golden that differs from the output fails", () => {
    process.env.CI = "false";
    expect(() => expectGolden(name, { sales: 1200 })).toThrow();
    expect(() => expectGolden(name, { sales: 1300 })).toThrow();
    expect(() => expectGolden(name, { sales: 1200 })).not.toThrow();
  });
});
