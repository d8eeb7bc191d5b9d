/**
 * Spans that overlap a range, for a caller that asks about a text's ranges in order (a page's sentences
 * one after another): each sentence looking through every entity of the page was quadratic, and an
 * 11.6 MB page of one line never got through consolidation. Here a pointer moves through the spans by
 * their start and only those still open are kept, so all of a page's questions cost about its spans and
 * the answers. Answers stay right when asked out of order, only slower (the pointer starts again).
 */
export interface Spanned {
  start: number;
  end: number;
}

export class OverlapIndex<T extends Spanned> {
  /** The spans by start, each with its place in the list given. */
  private readonly byStart: { item: T; order: number }[];
  private next = 0;
  private open: { item: T; order: number }[] = [];
  private lastStart = -Infinity;

  constructor(items: readonly T[]) {
    this.byStart = items.map((item, order) => ({ item, order })).sort((a, b) => a.item.start - b.item.start || a.order - b.order);
  }

  /** The spans s with s.start < end and start < s.end, in the order they were given. */
  overlapping(start: number, end: number): T[] {
    if (start < this.lastStart) {
      this.next = 0;
      this.open = [];
    }
    this.lastStart = start;
    while (this.next < this.byStart.length && this.byStart[this.next]!.item.start < end) this.open.push(this.byStart[this.next++]!);
    // A span that ends by this start overlaps no later range either.
    if (this.open.some((o) => o.item.end <= start)) this.open = this.open.filter((o) => o.item.end > start);
    const found = this.open.filter((o) => o.item.start < end);
    if (found.length > 1) found.sort((a, b) => a.order - b.order);
    return found.map((o) => o.item);
  }
}
