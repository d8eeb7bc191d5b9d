/**
 * Whether a place in a sentence lies inside a quotation: the sentence's words before it open more curly
 * quotes than they close, or hold an odd number of straight ones. A day inside a quotation is the
 * speaker's ("“It's very sad today that so many people were shot,” he said"): the day of a telling,
 * which event-date.ts weighs as one, not the day a report gives for its incident.
 */

/** `before`: the sentence's text from its start up to the place. */
export function insideQuotation(before: string): boolean {
  let open = 0;
  let straight = 0;
  for (const ch of before) {
    if (ch === '\u201c') open++;
    else if (ch === '\u201d') open--;
    else if (ch === '"') straight++;
  }
  return open > 0 || straight % 2 === 1;
}
