import { ROW_SHAPES, type ReadValues } from "../../../src/core/read/shapes";
import { TABLES } from "../../../src/core/schema/tables";

describe("row shapes", () => {
  it.each(TABLES.map((def) => [def.name, def] as const))(
    "build a %s row with every schema column, in schema order, from the value at that column's index",
    (name, def) => {
      const keys = def.columns.map((c) => c.key);
      const unreadable = new Set<string>(["x"]);
      const row = ROW_SHAPES[name](7, unreadable, keys as unknown as ReadValues) as unknown as Record<
        string,
        unknown
      >;
      expect(Object.keys(row)).toEqual(["row", "unreadable", ...keys]);
      expect(row.row).toBe(7);
      expect(row.unreadable).toBe(unreadable);
      for (const key of keys) expect(row[key]).toBe(key);
    },
  );
});
