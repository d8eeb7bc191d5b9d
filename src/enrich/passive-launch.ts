/**
 * A launch the lead tells in the passive or by a participle, with the missile as its subject: "A North
 * Korean ICBM fired on Tuesday flew for an hour", "The missile, launched from the Sunan area of
 * Pyongyang, flew ...", "Two rockets fired by Iran fell ...". A bureau abroad often writes a launch this
 * way, and its dateline is then no scene (review ux72a: an ICBM launch placed at Tokyo, where it was
 * reported). The place chooser (place.ts launchAbroad) takes the town after "from", else the country
 * the lead's people-word or "by" names; never where it came down ("fell into the sea off Hokkaido").
 */
import { countryOfWord } from './gazetteer/places.js';

export interface PassiveLaunch {
  /** ISO code of the country that fired it ("North Korean", "by North Korea"), null when the lead names none. */
  country: string | null;
  /** The words that name it ("North Korean", "North Korea"), else the launch phrase. */
  word: string;
  /** Where the launch phrase starts and ends in the lead. */
  start: number;
  end: number;
}

/**
 * "A North Korean intercontinental ballistic missile fired", "The missile, launched", "Two short-range
 * missiles, which were fired by North Korea": a determiner, an optional people-word, up to four words,
 * the weapon, then the participle (and who fired it).
 */
const PASSIVE_LAUNCH = /^(?:(?:An?|The|Two|Three|Four|Five|Several|\d+)\s+)?(?:(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+)?(?:[\p{L}\d-]+\s+){0,4}?(?:missiles?|rockets?|projectiles?|ICBMs?|IRBMs?|SLBMs?)\s*,?\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:fired|launched|test-fired|test-launched)\b(?:\s+by\s+(?:the\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?))?/u;

/**
 * A missile that hit something: the target is the scene ("A Russian missile fired overnight struck a
 * school in Kharkiv"), which this reading must leave to the scene rules.
 */
const STRUCK = /\b(?:hit|hits|struck|strikes|slammed|killed|killing|wounded|wounding|injured|injuring|destroyed|damaged|exploded\s+(?:over|in|near))\b/;

/** The passive launch at the opening of `lead` (the text after the dateline up to the lead's end), or null. */
export function passiveLaunch(lead: string): PassiveLaunch | null {
  const m = PASSIVE_LAUNCH.exec(lead);
  if (!m || STRUCK.test(lead)) return null;
  const people = m[1] && countryOfWord(m[1]) ? m[1] : m[2] && countryOfWord(m[2]) ? m[2] : null;
  return { country: people ? countryOfWord(people) : null, word: people ?? m[0], start: m.index, end: m.index + m[0].length };
}
