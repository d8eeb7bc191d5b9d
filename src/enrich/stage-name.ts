/**
 * Words that open a performer's stage name and are never a title or a rank: "Big Sean", "Lil Durk",
 * "Lil' Kim", "Yung Bleu", "Kid Cudi", "DJ Khaled", "MC Lyte". The tagger often reads only the word
 * after them as the name ("Sean"), and a one-word name is dropped from the people, so the performer of
 * a story went missing. ("Chief" is a rank as often as a name's first word: chief-name.ts.)
 */
import type { Entity } from '../model/types.js';

/** The stage word just before a name, after a blank or the text's start: "Big ", "Lil' ", "DJ ". */
const STAGE_WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(Big|Lil['’]?|Yung|Kid|DJ|MC)[ \t]$/u;
/** A cheap test of the whole text before each name is looked at. */
const ANY_STAGE_WORD = /\b(?:Big|Lil|Yung|Kid|DJ|MC)['’]?[ \t]\p{Lu}/u;

/** People the tagger read after a stage word: the name takes the word in ("Sean" -> "Big Sean"). */
export function withStageWordsInNames(body: string, entities: readonly Entity[]): void {
  if (!ANY_STAGE_WORD.test(body)) return;
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const m = STAGE_WORD_BEFORE.exec(body.slice(Math.max(0, e.start - 8), e.start));
    if (!m) continue;
    const word = `${m[1]!} `;
    e.start -= word.length;
    e.text = body.slice(e.start, e.end);
    if (e.canonical !== undefined) e.canonical = `${word}${e.canonical}`;
  }
}
