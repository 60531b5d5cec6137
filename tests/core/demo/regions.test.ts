import { generateDemo } from "../../../src/core/demo";
import { isSalesPaceError } from "../../../src/core/errors";
import { column, demo, smallOptions } from "./tables";

describe("demo data: regional books of one company (--region, --id-prefix)", () => {
  const east = demo({ people: 6, region: "华东" });
  const south = demo({ people: 6, region: "South China" });

  it("puts every salesperson and customer of a book in its region, named in the book's language", () => {
    expect(new Set(column(east, "Salespeople", "region"))).toEqual(new Set(["华东"]));
    expect(new Set(column(south, "Customers", "region"))).toEqual(new Set(["华南"]));
    const english = demo({ people: 6, region: "华南", lang: "en" });
    expect(new Set(column(english, "Salespeople", "region"))).toEqual(new Set(["South China"]));
  });

  it("gives each book its own IDs, people and customers, and the same products", () => {
    const ids = (data: typeof east, table: "Salespeople" | "Customers") => column(data, table, "id");
    expect(ids(east, "Salespeople")[0]).toBe("ECS001");
    expect(ids(south, "Customers")[0]).toBe("SCC0001");
    for (const table of ["Salespeople", "Customers"] as const) {
      const southern = new Set(ids(south, table));
      expect(ids(east, table).filter((id) => southern.has(id))).toEqual([]);
      const names = new Set(column(south, table, "name"));
      expect(column(east, table, "name").filter((n) => names.has(n))).toEqual([]);
    }
    expect(east.tables.Products).toEqual(south.tables.Products);
    expect(east.tables.DailyReport).not.toEqual(south.tables.DailyReport);
  });

  it("takes an ID prefix of its own, with or without a region", () => {
    expect(column(demo({ people: 6, region: "华南", idPrefix: "GZ-" }), "Salespeople", "id")[0]).toBe(
      "GZ-S001",
    );
    expect(column(demo({ people: 6, idPrefix: "B2" }), "Customers", "id")[0]).toBe("B2C0001");
  });

  it("numbers a book without --region or --id-prefix as before: S001, C0001", () => {
    expect(JSON.stringify(demo({ people: 6 }))).toBe(JSON.stringify(demo({ people: 6, idPrefix: "" })));
    expect(column(demo({ people: 6 }), "Salespeople", "id")[0]).toBe("S001");
  });

  it("refuses a region it does not know, naming the ones it does", () => {
    let error: unknown;
    try {
      generateDemo(smallOptions({ region: "Atlantis" }));
    } catch (e) {
      error = e;
    }
    expect(isSalesPaceError(error) && error.code).toBe("BadArgument");
    expect((error as Error).message).toMatch(/Atlantis.*华南 \(South China\)/);
  });
});
