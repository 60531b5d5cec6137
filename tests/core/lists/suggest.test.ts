import fc from "fast-check";
import { closest, editDistance, suggestionLimit } from "../../../src/core/lists/suggest";

describe("closest", () => {
  it("suggests the entry one character away from a two-character Chinese name", () => {
    expect(closest(["王伟", "李娜"], "王为")).toBe("王伟");
  });

  it("suggests the closest English label, ignoring case and width", () => {
    expect(closest(["Order", "Other", "Service"], "ＯＤＥＲ")).toBe("Order");
    expect(closest(["Collection", "Complaint"], "colection")).toBe("Collection");
    expect(closest(["New customer", "Market research"], "Market resaerch")).toBe("Market research");
  });

  it("suggests nothing when two entries are equally close (SPEC §2: no tie)", () => {
    expect(closest(["Anna", "Anne"], "Ann")).toBeNull();
    expect(closest(["王伟", "王玮"], "王为")).toBeNull();
  });

  it("suggests nothing when every candidate needs more than half the longer text in edits", () => {
    expect(closest(["王伟"], "陈志强")).toBeNull();
    expect(closest(["Service"], "Order")).toBeNull();
    // 2 edits, the longer text 4 long: within half.
    expect(closest(["West"], "Wxsx")).toBe("West");
    expect(closest(["West"], "Wxxx")).toBeNull();
  });

  it("always counts an entry the text contains, or that contains it, as close (Eastern → East)", () => {
    expect(closest(["North", "East", "West"], "Eastern")).toBe("East");
    expect(closest(["华东", "华北"], "华东大区销售一部")).toBe("华东");
    expect(closest(["East China Key Accounts"], "east")).toBe("East China Key Accounts");
  });

  it("suggests nothing for empty text or an empty list", () => {
    expect(closest(["王伟"], "  ")).toBeNull();
    expect(closest([], "王伟")).toBeNull();
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting", 10)).toBe(3);
    expect(editDistance("", "abc", 10)).toBe(3);
    expect(editDistance("同一", "同一", 0)).toBe(0);
  });

  it("counts an emoji as one character", () => {
    expect(editDistance("a😀b", "ab", 5)).toBe(1);
  });

  it("reports anything beyond the limit as limit + 1", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("abcdef", "abc", 1)).toBe(2);
    expect(editDistance("abcdef", "abcxef", 1)).toBe(1);
  });
});

describe("suggestionLimit", () => {
  it("allows edits up to half the longer text's length", () => {
    expect([1, 2, 3, 5, 6, 9].map((n) => suggestionLimit(n, 2))).toEqual([1, 1, 1, 2, 3, 4]);
  });
});

/** The textbook full-table Levenshtein distance, to check the banded one against. */
function plainDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const table = s.map(() => new Array<number>(t.length + 1).fill(0));
  table.unshift(t.map((_, j) => j + 1));
  table[0].unshift(0);
  for (let i = 1; i <= s.length; i++) {
    table[i][0] = i;
    for (let j = 1; j <= t.length; j++) {
      table[i][j] = Math.min(
        table[i - 1][j] + 1,
        table[i][j - 1] + 1,
        table[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1),
      );
    }
  }
  return table[s.length][t.length];
}

describe("editDistance against the textbook algorithm", () => {
  it("agrees for any two texts and any limit", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "王", "伟", "😀"), maxLength: 12 });
    fc.assert(
      fc.property(text, text, fc.integer({ min: 0, max: 14 }), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(Math.min(plainDistance(a, b), limit + 1));
        expect(editDistance(a, b)).toBe(plainDistance(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("makes closest pick the one candidate at the smallest distance among those close enough", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.uniqueArray(text, { maxLength: 12 }), text, (candidates, typed) => {
        const close = candidates.filter(
          (c) =>
            c.includes(typed) ||
            typed.includes(c) ||
            plainDistance(c, typed) <= suggestionLimit(typed.length, c.length),
        );
        const distances = close.map((c) => plainDistance(c, typed));
        const best = Math.min(...distances);
        const expected =
          distances.filter((x) => x === best).length === 1 ? close[distances.indexOf(best)] : null;
        expect(closest(candidates, typed)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
