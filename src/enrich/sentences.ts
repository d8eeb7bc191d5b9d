/**
 * Sentence spans over the body. sbd handles abbreviations news uses ("Mr.", "U.S.", "p.m.", "Jan.");
 * paragraphs are split first, so a sentence never crosses a paragraph break.
 */
import sbd from 'sbd';
import type { Span } from '../model/types.js';

export function splitSentences(body: string): Span[] {
  const spans: Span[] = [];
  const paragraph = /[^\n]+/g;
  for (const m of body.matchAll(paragraph)) {
    const text = m[0];
    let cursor = 0;
    for (const sentence of sbd.sentences(text, { preserve_whitespace: true, newline_boundaries: false })) {
      const trimmed = sentence.trim();
      if (!trimmed) continue;
      const at = text.indexOf(trimmed, cursor);
      if (at < 0) continue;
      spans.push({ start: m.index! + at, end: m.index! + at + trimmed.length });
      cursor = at + trimmed.length;
    }
  }
  return spans;
}
