import { closest, editDistance, suggestionLimit } from "../../../src/core/lists/suggest";

const chars = (s: string) => Array.from(s);

describe("closest", () => {
  it("suggests the entry one character away from a two-character Chinese name", () => {
    expect(closest(["王伟", "李娜"], "王为")).toBe("王伟");
  });

  it("suggests the closest English label, ignoring case and width", () => {
    expect(closest(["Order", "Other", "Service"], "ＯＤＥＲ")).toBe("Order");
    expect(closest(["Collection", "Complaint"], "colection")).toBe("Collection");
    expect(closest(["New customer", "Market research"], "Market resaerch")).toBe("Market research");
  });

  it("prefers the earlier candidate on a tie", () => {
    expect(closest(["Anna", "Anne"], "Ann")).toBe("Anna");
  });

  it("suggests nothing when every candidate needs more than a third of the typed length in edits", () => {
    expect(closest(["王伟"], "陈志强")).toBeNull();
    expect(closest(["Service"], "Order")).toBeNull();
  });

  it("suggests nothing for empty text or an empty list", () => {
    expect(closest(["王伟"], "  ")).toBeNull();
    expect(closest([], "王伟")).toBeNull();
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance(chars("kitten"), chars("sitting"), 10)).toBe(3);
    expect(editDistance(chars(""), chars("abc"), 10)).toBe(3);
    expect(editDistance(chars("同一"), chars("同一"), 0)).toBe(0);
  });

  it("counts an emoji as one character", () => {
    expect(editDistance(chars("a😀b"), chars("ab"), 5)).toBe(1);
  });

  it("stops at the limit", () => {
    expect(editDistance(chars("abcdef"), chars("uvwxyz"), 2)).toBe(3);
  });
});

describe("suggestionLimit", () => {
  it("allows one edit per three characters, and at least one", () => {
    expect([1, 2, 3, 5, 6, 9].map(suggestionLimit)).toEqual([1, 1, 1, 1, 2, 3]);
  });
});
