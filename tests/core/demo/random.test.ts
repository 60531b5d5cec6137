import { Random, Weights } from "../../../src/core/demo/random";

const draw = (seed: number, n = 50): number[] => {
  const random = new Random(seed);
  return Array.from({ length: n }, () => random.next());
};

describe("seeded random numbers", () => {
  it("gives the same sequence for the same seed", () => {
    expect(draw(7)).toEqual(draw(7));
  });

  it("gives different sequences for neighbouring seeds", () => {
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(0)).not.toEqual(draw(-1));
  });

  it("draws floats in [0, 1) spread over the whole range", () => {
    const values = draw(3, 10000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it("draws whole numbers within both bounds and reaches each of them", () => {
    const random = new Random(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = random.int(3, 7);
      expect(Number.isInteger(n) && n >= 3 && n <= 7).toBe(true);
      seen.add(n);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it("follows the weights it is given", () => {
    const random = new Random(11);
    const weights = new Weights([1, 3, 0, 1]);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20000; i++) counts[random.weighted(weights)]++;
    expect(counts[2]).toBe(0);
    expect(counts[1] / 20000).toBeCloseTo(0.6, 1);
    expect(counts[0] / 20000).toBeCloseTo(0.2, 1);
  });

  it("refuses weights that add up to nothing", () => {
    expect(() => new Weights([0, 0])).toThrow();
  });

  it("forks streams that differ from each other and from the parent", () => {
    const parent = new Random(9);
    const a = parent.fork(1);
    const b = parent.fork(2);
    expect(a.next()).not.toBe(b.next());
  });
});
