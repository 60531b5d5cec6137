import { enumReader } from "../../../src/core/read/enumLabel";
import { CellProblem } from "../../../src/core/read/problem";

describe("enumeration cells", () => {
  const purpose = enumReader("purpose");
  const attendance = enumReader("attendance");
  const customerType = enumReader("customerType");

  it("read either language's label as the value's key", () => {
    expect(purpose("Order")).toBe("order");
    expect(purpose("订货")).toBe("order");
    expect(attendance("Business trip")).toBe("businessTrip");
    expect(attendance("出差")).toBe("businessTrip");
  });

  it("ignore case, width and spaces", () => {
    expect(customerType("KEY ACCOUNT")).toBe("keyAccount");
    expect(customerType("keyaccount")).toBe("keyAccount");
    expect(customerType("Ｋｅｙ　Ａｃｃｏｕｎｔ")).toBe("keyAccount");
    expect(attendance(" 出勤 ")).toBe("present");
  });

  it("make an E03 problem for an unknown label, suggesting the closest label in the language typed", () => {
    const english = purpose("Oder");
    expect(english).toBeInstanceOf(CellProblem);
    expect(english).toMatchObject({ reason: "enum", suggestion: "Order" });
    expect(purpose("订单")).toMatchObject({ reason: "enum", suggestion: "订货" });
    expect(attendance("病假")).toMatchObject({ reason: "enum", suggestion: "请假" });
  });

  it("suggest nothing when no label is close", () => {
    expect(purpose("Lunch with the boss")).toMatchObject({ reason: "enum", suggestion: null });
  });

  it("treat a number as its text (not a label)", () => {
    expect(purpose(3)).toMatchObject({ reason: "enum" });
  });

  it("read blank text as empty", () => {
    expect(purpose("  ")).toBeNull();
  });
});
