/**
 * Entities found by where they start, for the checks that run once per name on a page: on a page of
 * thousands of names a scan of every entity per name is quadratic, a binary search is not. Recognition
 * sorts its entities by start; an array that is not sorted is scanned, so the answer is the same
 * either way (the entities whose start lies in the range, in the array's order).
 */
import type { Entity } from '../../model/types.js';

export class EntitiesByStart {
  private readonly sorted: boolean;

  /** The array must not change while this is in use. */
  constructor(readonly entities: readonly Entity[]) {
    this.sorted = entities.every((e, i) => i === 0 || entities[i - 1]!.start <= e.start);
  }

  /** The entities with `from <= start < to`. */
  startingIn(from: number, to: number): readonly Entity[] {
    if (!this.sorted) return this.entities.filter((e) => e.start >= from && e.start < to);
    return this.entities.slice(this.firstAtOrAfter(from), this.firstAtOrAfter(to));
  }

  private firstAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.entities.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.entities[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
