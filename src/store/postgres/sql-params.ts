/**
 * Numbered parameters for a statement built in pieces: each value added gives its placeholder ($1,
 * $2, ...), so a condition written anywhere in the statement binds the right value.
 */
export class SqlParams {
  readonly values: unknown[] = [];

  /** The placeholder of `value`, added as the next parameter. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
