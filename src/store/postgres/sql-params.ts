/**
 * Numbered parameters for a statement built in pieces: each value added gives its placeholder ($1,
 * $2, ...), so a condition written anywhere in the statement binds the right value.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /**
   * The placeholder of `value`, added as the next parameter. NUL characters are dropped from text and
   * from lists of text here, for every column at once: PostgreSQL text cannot hold NUL and refuses the
   * whole statement, and a column written without its own filter (an article's outlet was one) lost
   * the article.
   */
  add(value: unknown): string {
    this.values.push(withoutNul(value));
    return `$${this.values.length}`;
  }
}

function withoutNul(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value;
  if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === 'string' ? withoutNul(item) : item));
  return value;
}
