/**
 * The number of pieces `text.split(/\s+/)` gives (a text's words, counting an empty piece before leading
 * or after trailing space), without making them: the summary counted the words of each of up to 200
 * candidate sentences at every build of an event, and the split made an array of strings each time.
 */

/** Whether a UTF-16 code unit is one of the characters \s matches (ECMAScript's white space and line terminators). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.split(/\s+/).length`: one more than the runs of white space. */
export function wordCount(text: string): number {
  let runs = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) runs++;
    inSpace = space;
  }
  return runs + 1;
}
