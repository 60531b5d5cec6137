/**
 * A small seeded pseudo-random generator for the demo data. The core takes randomness as a seed, so
 * the same seed always yields the same workbook (tests, benchmarks and screenshots depend on that).
 *
 * The generator is sfc32 (Chris Doty-Humphrey's "small fast chaotic" generator, public domain): four
 * 32-bit words of state, good statistical quality for sample data, and fast in JavaScript.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** @param seed any integer; different seeds give unrelated streams. */
  constructor(seed: number) {
    // Spread the one seed over four words (splitmix-style constants), then discard the first outputs
    // so that nearby seeds (1, 2, 3) do not start with correlated numbers.
    this.a = 0x9e3779b9 ^ seed;
    this.b = 0x243f6a88 ^ Math.imul(seed, 0x85ebca6b);
    this.c = 0xb7e15162 ^ Math.imul(seed ^ (seed >>> 16), 0xc2b2ae35);
    this.d = 1;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** A whole number in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An index chosen with the given weights (see `Weights`). */
  weighted(weights: Weights): number {
    const r = this.next() * weights.total;
    const cumulative = weights.cumulative;
    for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]) return i;
    return cumulative.length - 1;
  }

  /** A new generator derived from this one, so one part of the data can change without shifting the rest. */
  fork(salt: number): Random {
    return new Random((Math.floor(this.next() * 4294967296) ^ Math.imul(salt, 0x9e3779b1)) | 0);
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }
}

/**
 * Non-negative weights (not all zero), summed once so that drawing from them in a hot loop costs one
 * random number and a short scan.
 *
 * @example random.weighted(new Weights([1, 3, 1])) // 1 three times out of five
 */
export class Weights {
  readonly cumulative: Float64Array;
  readonly total: number;

  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    weights.forEach((w, i) => {
      total += w;
      this.cumulative[i] = total;
    });
    if (!(total > 0)) throw new Error("Weights need a positive total");
    this.total = total;
  }
}
