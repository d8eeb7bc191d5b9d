/**
 * A scraped page keeps links to its site's other stories, each a label and the story's opening:
 * "RAW VIDEO: CLEVELAND, OH (WKXQ) - Neighbours on a quiet street woke to a dozen squad cars
 * and a helicopter overhead." A paragraph that opens with a label in capitals and a colon, then a dateline, is another
 * story's teaser: the towns it names are not this story's scene. Not the text's own opening ("VIDEO:
 * DALLAS (AP) — ..." may be the story itself).
 */

/** A label in capitals and a colon, a place in capitals (its state or country after it), a station or agency in brackets, a dash. */
const LABELLED_DATELINE = /\n[ \t]*\p{Lu}[\p{Lu}\d '’&-]{1,30}:[ \t]*\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[ \t]*\p{Lu}[\p{L}.]{1,15}(?:[ \t]\p{Lu}[\p{L}.]*)?)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:—|–|--?)[ \t]/gu;

let last: { body: string; spans: readonly (readonly [number, number])[] } | null = null;

/** The teasers' spans, from the label to the paragraph's end; read once per body (asked for every place the text names). */
function teaserSpans(body: string): readonly (readonly [number, number])[] {
  if (last?.body === body) return last.spans;
  const spans: [number, number][] = [];
  for (const m of body.matchAll(LABELLED_DATELINE)) {
    // The text's own first line is no teaser, whatever blank lines open the text.
    if (body.slice(0, m.index).trim() === '') continue;
    const end = body.indexOf('\n', m.index + m[0].length);
    spans.push([m.index, end < 0 ? body.length : end]);
  }
  last = { body, spans };
  return spans;
}

/** Whether the offset falls in another story's labelled teaser. */
export function inLabelledTeaser(body: string, offset: number): boolean {
  return teaserSpans(body).some(([start, end]) => start <= offset && offset < end);
}
