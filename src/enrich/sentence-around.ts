/** The sentence around an offset, for rules that weigh a match by what else its sentence says. */

/** The sentence around `at`: from the last stop or line break before it to the next. */
export function sentenceAround(body: string, at: number): string {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(body[start - 1]!)) start--;
  let end = at;
  while (end < body.length && !/[.!?\n]/.test(body[end]!)) end++;
  return body.slice(start, end);
}
