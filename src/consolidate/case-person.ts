/**
 * The person a case is about, as the words of a charge or a detention name them: a pronoun ("accused
 * him of"), a person's noun with its words ("charged the American reporter John Hale with", "three
 * students held for"), or a person the article names ("charged Ana Ruiz with"). A state, a place, a body
 * or a thing in that slot ("Moscow accused Kyiv of", "investigated the claims of", "held talks over")
 * is no one in custody or on trial, so its words are no charge and its days no detention.
 */
import type { PersonMention } from '../model/types.js';

/** Nouns of people a case is brought against or held ("-ist": a cartoonist, an activist, a novelist). */
const PERSON_NOUN = /^(?:[a-z]+ists?|journalists?|reporters?|photographers?|photojournalists?|cameram[ae]n|editors?|bloggers?|columnists?|writers?|publishers?|correspondents?|activists?|dissidents?|critics?|lawyers?|students?|teachers?|m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|suspects?|defendants?|accused|detainees?|prisoners?|drivers?|ministers?|officials?|officers?|soldiers?|businessm[ae]n|businesswom[ae]n|directors?|founders?|owners?|leaders?|politicians?|lawmakers?|mayors?|governors?|candidates?|citizens?|nationals?|residents?|workers?|employees?|doctors?|nurses?|priests?|pastors?|imams?|monks?|couple|wife|husband|son|daughter|father|mother|brothers?|sisters?|people|persons?|researchers?|scholars?|academics?|poets?|artists?|musicians?|singers?|rappers?|comedians?|pilots?|sailors?|tourists?|volunteers?|protesters?|demonstrators?|opponents?|executives?|bankers?|traders?|farmers?|fishermen|vloggers?|influencers?|hosts?|anchors?|presenters?|producers?|staffers?|aides?|spokesm[ae]n|spokeswom[ae]n|spokespersons?)$/i;
const PRONOUN = /^(?:him|her|them|himself|herself|themselves|he|she|they|who)$/i;
const DETERMINER = /^(?:the|a|an|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

/** The words of the names of the people an article names ("Ana", "Ruiz"), lower-cased. */
export function nameWordsOf(people: readonly Pick<PersonMention, 'name' | 'variants'>[]): Set<string> {
  const words = new Set<string>();
  for (const p of people) for (const name of [p.name, ...p.variants]) for (const w of name.split(/[\s.]+/)) if (/^\p{Lu}/u.test(w)) words.add(w.toLowerCase());
  return words;
}

/**
 * Whether the words in a charge's or a detention's slot name a person: none (a passive: "is accused of"),
 * a pronoun, a person's noun with the words before it and a name after it, or capitalised words that
 * are all of a name the article gives (`names`, from nameWordsOf).
 */
export function personSlot(slot: string, names: ReadonlySet<string>): boolean {
  const words = slot.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return true;
  if (words.length === 1 && PRONOUN.test(words[0]!)) return true;
  const noun = words.findIndex((w) => PERSON_NOUN.test(w.replace(/[’']s$/, '')));
  if (noun >= 0) return words.slice(noun + 1).every((w) => /^\p{Lu}/u.test(w));
  if (DETERMINER.test(words[0]!)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) && names.has(w.replace(/[’']s$/, '').toLowerCase()));
}

/** Whether a clause names a person as its subject or object: a pronoun, a person's noun, or a name the article gives. */
export function namesPerson(clause: string, names: ReadonlySet<string>): boolean {
  for (const m of clause.matchAll(/[\p{L}’'-]+/gu)) {
    const w = m[0].replace(/[’']s$/, '');
    if (PRONOUN.test(w) || PERSON_NOUN.test(w) || (/^\p{Lu}/u.test(w) && names.has(w.toLowerCase()))) return true;
  }
  return false;
}
