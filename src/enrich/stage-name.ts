/**
 * Words that open a performer's stage name and are never a title or a rank: "Big Sean", "Lil Durk",
 * "Lil' Kim", "Yung Bleu", "Kid Cudi", "DJ Khaled", "MC Lyte". The tagger often reads only the word
 * after them as the name ("Sean"), and a one-word name is dropped from the people, so the performer of
 * a story went missing. ("Chief" is a rank as often as a name's first word: chief-name.ts.)
 */
import type { Entity } from '../model/types.js';

/** The stage word just before a name, after a blank or the text's start: "Big ", "Lil' ", "DJ ". */
const STAGE_WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(Big|Lil['’]?|Yung|Kid|DJ|MC)[ \t]$/u;
/**
 * A lower-case word just before the stage word that qualifies it: "radio DJ", "local DJ", "wedding MC".
 * Not a joining word or a verb of the sentence ("Pike and DJ Marlow", "said DJ Marlow").
 */
const JOB_BEFORE = /(?:^|[^\p{L}])(?!(?:and|or|but|nor|with|by|from|to|at|for|of|as|in|on|than|plus|featuring|feat|including|like|said|says|told|booked|hired|when|while|where|that|who|whom)\s)\p{Ll}[\p{L}-]*\s+$/u;
/**
 * A word of fame before DJ or MC praises the performer, it names no job: "the superstar DJ Khaled" is
 * DJ Khaled (a user saw him read as a superstar DJ named "Khaled", then dropped as a one-word name).
 */
const FAME_BEFORE = /(?:^|[^\p{L}])(?:superstar|megastar|star|famed|famous|legendary|celebrity|iconic|renowned|acclaimed|hitmaking|hitmaker|chart-topping|award-winning|Grammy-winning)\s+$/u;
/** A cheap test of the whole text before each name is looked at. */
const ANY_STAGE_WORD = /\b(?:Big|Lil|Yung|Kid|DJ|MC)['’]?[ \t]\p{Lu}/u;

/** People the tagger read after a stage word: the name takes the word in ("Sean" -> "Big Sean"). */
export function withStageWordsInNames(body: string, entities: readonly Entity[]): void {
  if (!ANY_STAGE_WORD.test(body)) return;
  for (const e of entities) {
    // "The radio DJ Mark Smith": a name the tagger read in full has its own first name, and the word
    // before it is a calling; only a name read as one word ("Sean" of "Big Sean") is extended.
    if (e.type !== 'person' || /\s/.test(e.text)) continue;
    const m = STAGE_WORD_BEFORE.exec(body.slice(Math.max(0, e.start - 8), e.start));
    if (!m) continue;
    // "the radio DJ Smith", "a wedding MC": DJ or MC after a lower-case word is the job.
    const wordStart = e.start - m[1]!.length - 1;
    const before = body.slice(Math.max(0, wordStart - 30), wordStart);
    if ((m[1] === 'DJ' || m[1] === 'MC') && JOB_BEFORE.test(before) && !FAME_BEFORE.test(before)) continue;
    const word = `${m[1]!} `;
    e.start -= word.length;
    e.text = body.slice(e.start, e.end);
    if (e.canonical !== undefined) e.canonical = `${word}${e.canonical}`;
  }
}
