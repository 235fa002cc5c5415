// Drawing from long weighted lists: a cumulative table and a binary search, so each draw costs
// O(log n) however skewed the weights are.
import type { Random } from './random.ts';

export class WeightedChoice {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    if (weights.length === 0) throw new Error('a weighted choice needs at least one weight');
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      total += weights[i]!;
      this.cumulative[i] = total;
    }
  }

  /** An index into the weights, drawn in proportion to them. */
  draw(random: Random): number {
    const target = random.next() * this.cumulative[this.cumulative.length - 1]!;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

/**
 * Zipf–Mandelbrot weights, 1 / (rank + offset)^exponent for ranks 1..n: a few items at the top
 * take a large share and a long tail gets a little each, as with the partners of real
 * institutions. The offset flattens the very top so that one item does not take everything.
 */
export function zipfWeights(n: number, exponent: number, offset: number): Float64Array {
  const weights = new Float64Array(n);
  for (let rank = 1; rank <= n; rank++) weights[rank - 1] = 1 / (rank + offset) ** exponent;
  return weights;
}
