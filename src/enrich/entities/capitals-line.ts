/**
 * A line written all in capitals is a headline or a section's heading ("HOSPITAL SAYS SYSTEMS
 * RESTORED"), which pages keep in their text; the tagger reads such a run of capitals as one body. A
 * name of four words or more that fills a line of capitals from its start to its end is no name.
 */
import type { Entity } from '../../model/types.js';

export function isCapitalsLine(body: string, e: Entity): boolean {
  if (e.type === 'person' || e.text.split(/\s+/).length < 4 || /\p{Ll}/u.test(e.text)) return false;
  const lineStart = body.lastIndexOf('\n', e.start - 1) + 1;
  const lineEnd = body.indexOf('\n', e.end);
  const line = body.slice(lineStart, lineEnd === -1 ? body.length : lineEnd);
  // Only the line's own punctuation may stand around the name.
  return !/\p{Ll}/u.test(line) && /^[\s"“'‘(]*$/u.test(body.slice(lineStart, e.start)) && /^[\s"”'’).:!?]*$/u.test(line.slice(e.end - lineStart));
}
