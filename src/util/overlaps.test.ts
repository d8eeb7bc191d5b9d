import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OverlapIndex, type Spanned } from './overlaps.js';

/** What every span is checked against: the plain test of each span. */
function plain<T extends Spanned>(spans: readonly T[], start: number, end: number): T[] {
  return spans.filter((s) => s.start < end && start < s.end);
}

/** Spans from a fixed seed, overlapping and nested, some empty. */
function someSpans(n: number): (Spanned & { id: number })[] {
  let seed = 11;
  const next = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  return Array.from({ length: n }, (_, id) => {
    const start = next(1000);
    return { id, start, end: start + next(40) };
  });
}

describe('OverlapIndex', () => {
  it('should give the spans overlapping each of ranges asked in order, in the order the spans were given', () => {
    const spans = someSpans(400);
    const index = new OverlapIndex(spans);
    for (let start = 0; start < 1040; start += 7) {
      const end = start + 1 + (start % 13);
      assert.deepEqual(index.overlapping(start, end), plain(spans, start, end), `${start}-${end}`);
    }
  });

  it('should give the same answers for ranges asked out of order', () => {
    const spans = someSpans(200);
    const index = new OverlapIndex(spans);
    for (const [start, end] of [[500, 520], [100, 300], [0, 5], [990, 1100], [400, 401], [250, 260]] as const) {
      assert.deepEqual(index.overlapping(start, end), plain(spans, start, end), `${start}-${end}`);
    }
  });

  it('should take a span that touches a range without entering it as no overlap', () => {
    const index = new OverlapIndex([{ start: 0, end: 10 }, { start: 20, end: 30 }, { start: 15, end: 15 }]);
    assert.deepEqual(index.overlapping(10, 20), [{ start: 15, end: 15 }]);
  });
});
