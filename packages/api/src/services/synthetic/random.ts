/** A small seeded PRNG (mulberry32) and the draws the generator needs; the same seed always gives the same sequence. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.next() * values.length)] as T;
  }
}

/** Draws from a fixed list with fixed weights (binary search over the cumulative weights). */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    readonly values: readonly T[],
    weights: readonly number[],
  ) {
    let sum = 0;
    for (const w of weights) this.cumulative.push((sum += w));
    this.total = sum;
  }

  draw(rng: Rng): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo] as T;
  }

  /** Up to `count` distinct values (fewer when the draws keep repeating). */
  drawDistinct(rng: Rng, count: number): T[] {
    const out = new Set<T>();
    for (let tries = 0; out.size < count && tries < count * 4; tries++) out.add(this.draw(rng));
    return [...out];
  }
}

/** Zipf-like weights for values listed most frequent first: the k-th weighs 1 / k^s. */
export function zipf<T>(ranked: readonly T[], s = 1): Weighted<T> {
  return new Weighted(ranked, ranked.map((_, k) => 1 / (k + 1) ** s));
}
