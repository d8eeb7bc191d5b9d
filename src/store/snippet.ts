/**
 * Search snippets: a short passage of a hit around the words that matched, with the matched words'
 * places. Backends mark the matches with two private-use characters (SQLite's snippet(), PostgreSQL's
 * ts_headline both take the markers as arguments); this turns the marked text into plain text and
 * ranges, so no client has to parse markup and article text is never sent as HTML.
 */
export interface Snippet {
  text: string;
  /** [start, end) offsets into `text` (UTF-16 code units, as JavaScript strings index). */
  highlights: [number, number][];
}

export const MATCH_OPEN = '\uE000';
export const MATCH_CLOSE = '\uE001';

export function snippetFromMarked(marked: string): Snippet {
  let text = '';
  const highlights: [number, number][] = [];
  let start = -1;
  for (const ch of marked) {
    if (ch === MATCH_OPEN) start = text.length;
    else if (ch === MATCH_CLOSE) {
      if (start >= 0 && text.length > start) {
        const last = highlights[highlights.length - 1];
        // Adjacent matches separated by one space read as one phrase.
        if (last && text.slice(last[1], start) === ' ') last[1] = text.length;
        else highlights.push([start, text.length]);
      }
      start = -1;
    } else text += ch;
  }
  return { text: text.replace(/\s+/g, ' ').trim() === text ? text : collapse(text, highlights), highlights };
}

/** Collapses runs of whitespace (line breaks inside a passage) and moves the ranges with the text. */
function collapse(text: string, highlights: [number, number][]): string {
  let out = '';
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    map[i] = out.length;
    if (/\s/.test(text[i]!)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j]!)) map[j++] = out.length;
      if (out.length > 0 && j < text.length) out += ' ';
      i = j;
    } else {
      out += text[i];
      i++;
    }
  }
  map[text.length] = out.length;
  for (const h of highlights) {
    h[0] = map[h[0]]!;
    h[1] = map[h[1]]!;
  }
  return out;
}
