/**
 * A span the tagger ran across a verb or a common noun is two names, or one and a word: "Korea
 * substituted Park Joo-Ho", "Highland Crofters Party leaders Morag Baillie", "Airbus wins Qatar
 * Airways". Names hold lower-case words of their own ("Union for a Popular Movement", "Umkhonto we
 * Sizwe", "Soqosoqo Duavata ni Lewenivanua"): only a word of three letters or more that no name
 * takes inside it splits, and "or". The parts go through the merge as the tagger's spans would.
 */
import { lookupCity, lookupCountry, lookupRegion } from '../gazetteer/places.js';
import { usStateNamed } from '../gazetteer/us-states.js';
import { ORG_HEADS } from './lexicon.js';
import type { ModelSpan } from './model/spans.js';

/** Lower-case words found inside names: particles, prepositions, articles, conjunctions. */
const INSIDE_NAMES = new Set(
  `of the and for on de la le les du des van von der den het bin ibn al el da del della degli dei delle di do dos das los las y e et in at to am an im zu upon over under with by per sur sous auf und für fur voor aan ter ten och og av pour par por para na ni we without against into from`.split(' '),
);

const isPlace = (text: string): boolean => lookupCountry(text) !== null || lookupCity(text) !== null || lookupRegion(text) !== null || usStateNamed(text) !== null;
const endsInHead = (text: string): boolean => ORG_HEADS.has(/\S+$/.exec(text)![0].toLowerCase());

/** The kind a part after the first takes: a place, a body ending in a head word, a person after a place, else the span's. */
function kindOf(part: string, span: ModelSpan): ModelSpan['kind'] {
  if (isPlace(part)) return 'LOC';
  if (endsInHead(part)) return 'ORG';
  // "Korea substituted Park Joo-Ho": two or three capitalised words after a place are a person.
  if (span.kind === 'LOC' && /^(?:\p{Lu}[\p{L}'’-]+\s){1,2}\p{Lu}[\p{L}'’-]+$/u.test(part)) return 'PER';
  return span.kind;
}

/** The tagger's spans, each cut at the words no name holds inside it. */
export function splitAtInnerWords(body: string, spans: readonly ModelSpan[]): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const span of spans) {
    const text = body.slice(span.start, span.end);
    const cuts: { start: number; end: number }[] = [];
    let from = 0;
    if (/\s\p{Ll}/u.test(text)) {
      // The space after the word is looked at, not taken, so that two such words in a row are both seen.
      for (const m of text.matchAll(/\s(\p{Ll}[\p{L}'’-]*)(?=\s)/gu)) {
        const word = m[1]!;
        // "al-Istiqlal", "el-Sisi": a particle hyphened to a name is part of it.
        if (word !== 'or' && (word.length < 3 || INSIDE_NAMES.has(word) || /^\p{Ll}{1,4}-\p{Lu}/u.test(word))) continue;
        cuts.push({ start: from, end: m.index });
        from = m.index + m[0].length + 1;
      }
    }
    if (cuts.length === 0) {
      out.push(span);
      continue;
    }
    cuts.push({ start: from, end: text.length });
    cuts.forEach((c, i) => {
      const part = text.slice(c.start, c.end);
      // Only capitalised parts are names (two cut words in a row leave an empty one between them).
      if (!/^\p{Lu}/u.test(part)) return;
      const kind = i === 0 && !isPlace(part) && !endsInHead(part) ? span.kind : kindOf(part, span);
      out.push({ start: span.start + c.start, end: span.start + c.end, kind });
    });
  }
  return out;
}
