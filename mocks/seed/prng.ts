/** mulberry32: a tiny, fast, seedable PRNG (public domain). Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Convenience draws on top of a PRNG. */
export class Random {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Random.pick needs a non-empty list');
    return item;
  }

  /** Picks by weight: [[value, weight], ...]. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of options) {
      roll -= weight;
      if (roll < 0) return value;
    }
    const last = options[options.length - 1];
    if (last === undefined) throw new Error('Random.weighted needs options');
    return last[0];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const a = items[i] as T;
      items[i] = items[j] as T;
      items[j] = a;
    }
    return items;
  }
}

const BASE_36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** The 32-bit value as seven base-36 digits: `x.toString(36).padStart(7, '0')`, faster. */
function base36Of(value: number): string {
  let x = value;
  let digits = '';
  // 36^7 > 2^32: seven digits always hold it.
  for (let place = 0; place < 7; place++) {
    const digit = x % 36;
    digits = BASE_36.charAt(digit) + digits;
    x = (x - digit) / 36;
  }
  return digits;
}

/** A bijective 32-bit mix, for opaque but deterministic ids (a million at 100,000 children). */
export function opaqueId(prefix: string, n: number): string {
  let x = Math.imul(n + 1, 0x9e3779b1) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = (x ^ (x >>> 13)) >>> 0;
  return `${prefix}_${base36Of(x)}`;
}
