// Seeded randomness for the synthetic data. A tiny, well-known generator is written out here
// rather than taken from a package: sfc32 (Chris Doty-Humphrey's small fast counter, which
// passes PractRand) seeded through splitmix32, as used by many seeded-PRNG snippets. It needs
// nothing but 32-bit integer arithmetic, so it gives the same numbers on every Node version.
//
// Every stream is derived from the run's seed and a name (and optionally an index), so the
// numbers one phase draws never depend on how many another phase drew.

/** FNV-1a over the UTF-16 code units of a string, then avalanched. */
function hashString(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return avalanche(h);
}

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function avalanche(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads one 32-bit seed over the 128 bits of state.
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** sfc32: a uniformly distributed unsigned 32-bit integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An index drawn with the given relative weights (for short lists; see WeightedChoice for long ones). */
  private weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i]!;
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  /** A value of a `[value, weight]` table. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    return table[this.weightedIndex(table.map(([, w]) => w))]![0];
  }

  /** Shuffles in place (Fisher–Yates) and returns the array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/** The stream called `name` (and `index`, for one stream per row) of the run seeded with `seed`. */
export function randomStream(seed: number, name: string, index = 0): Random {
  // The seed may be any safe integer: fold its high and low words in separately.
  const low = seed >>> 0;
  const high = Math.floor(seed / 4294967296) >>> 0;
  const mixed = hashString(name, avalanche(low ^ avalanche(high + 0x9e3779b9)));
  return new Random(avalanche(mixed ^ Math.imul(index + 1, 0x27d4eb2f)));
}
