import { buildMasterIndex } from "../../../src/core/lists";
import { book, customer, product, salesperson } from "../../support/rows";

const team = book({
  salespeople: [
    salesperson({ id: "S001", name: "王伟", region: "华东" }),
    salesperson({ id: "S002", name: "李娜", region: "华北" }),
    salesperson({ id: "S003", name: "Zhang Min", region: "华东" }),
  ],
  customers: [
    customer({ id: "C001", name: "华联超市", type: "outlet" }),
    customer({ id: "C002", name: "恒通商贸", type: "dealer" }),
    customer({ id: "C003", name: "Metro Trading", type: "dealer" }),
  ],
  products: [product({ code: "P-01", name: "矿泉水 550ml", unitPrice: 2 })],
});

describe("buildMasterIndex", () => {
  const index = buildMasterIndex(team);

  it("resolves a salesperson's name exactly", () => {
    expect(index.resolve("salespeople", "王伟")).toEqual({ kind: "exact", name: "王伟" });
  });

  it("accepts an ID typed instead of the name as that entry; a case variant of an ID is a variant", () => {
    expect(index.resolve("salespeople", "S002")).toEqual({ kind: "id", name: "李娜" });
    expect(index.resolve("products", "P-01")).toEqual({ kind: "id", name: "矿泉水 550ml" });
    expect(index.resolve("customers", "c001")).toEqual({ kind: "variant", name: "华联超市" });
  });

  it("treats width, case and space variants of a name as the entry", () => {
    expect(index.resolve("salespeople", " zhang　MIN ")).toEqual({ kind: "variant", name: "Zhang Min" });
    expect(index.resolve("products", "矿泉水５５０ＭＬ")).toEqual({ kind: "variant", name: "矿泉水 550ml" });
  });

  it("suggests the closest name for an unknown text when it is a likely typo", () => {
    expect(index.resolve("salespeople", "王为")).toEqual({ kind: "unknown", suggestion: "王伟" });
    expect(index.resolve("customers", "Metro Tradng")).toEqual({
      kind: "unknown",
      suggestion: "Metro Trading",
    });
  });

  it("suggests nothing when the unknown text is far from every name", () => {
    expect(index.resolve("salespeople", "陈志强")).toEqual({ kind: "unknown", suggestion: null });
    expect(index.resolve("salespeople", "")).toEqual({ kind: "unknown", suggestion: null });
  });

  it("lists only dealer customers as dealers", () => {
    expect(index.names("dealers")).toEqual(["恒通商贸", "Metro Trading"]);
    expect(index.canonical("dealers", "华联超市")).toBeNull();
    expect(index.canonical("dealers", "C002")).toBe("恒通商贸");
  });

  it("lists regions as the distinct Salespeople regions in order of first appearance", () => {
    expect(index.names("regions")).toEqual(["华东", "华北"]);
    expect(index.resolve("regions", "华东")).toEqual({ kind: "exact", name: "华东" });
  });

  it("gives the canonical name for names, IDs and variants, and null for unknown text", () => {
    expect(index.canonical("salespeople", "S001")).toBe("王伟");
    expect(index.canonical("salespeople", "zhangmin")).toBe("Zhang Min");
    expect(index.canonical("salespeople", "王为")).toBeNull();
  });

  it("resolves nothing against an empty list", () => {
    const empty = buildMasterIndex(book());
    expect(empty.resolve("products", "矿泉水")).toEqual({ kind: "unknown", suggestion: null });
    expect(empty.names("regions")).toEqual([]);
  });

  it("keeps the first of two entries with the same name or ID", () => {
    const duplicated = buildMasterIndex(
      book({
        salespeople: [
          salesperson({ id: "S001", name: "王伟", region: "华东" }),
          salesperson({ id: "S001", name: "王伟伟", region: "华南" }),
          salesperson({ id: "S009", name: "王伟", region: "华南" }),
        ],
      }),
    );
    expect(duplicated.names("salespeople")).toEqual(["王伟", "王伟伟"]);
    expect(duplicated.canonical("salespeople", "S001")).toBe("王伟");
    expect(duplicated.canonical("salespeople", "S009")).toBe("王伟");
  });
});
