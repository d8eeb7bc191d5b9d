/**
 * The harm a report counts, for the join model's harmConflict feature. Two shootings in one city a day
 * or two apart read alike in words and places; one that killed and one that only wounded are most
 * often two incidents. A wounded victim may die later, though, and the report of that death belongs to
 * the shooting that first wounded them: a report that tells a death coming after the wounds ("died of
 * his injuries", "later died", "succumbed to her wounds") counts as both harms, so it conflicts with
 * neither and makes its event agree with both. Weighed, not a rule: the tolls reports give are uneven.
 */
import type { Casualties } from '../model/types.js';

/** 'dead': the report counts a death; 'hurt': wounded and no death; 'both': a death that came after the wounds. */
export type HarmReading = 'dead' | 'hurt' | 'both';
/** What an event's reports count, as stored in its profile. */
export type Harm = 'dead' | 'hurt';

/**
 * A death told as the end of wounds: "died of/from his injuries", "succumbed to her wounds", "later
 * died", "has (since) died", "died two days later", "taken off life support". Read only in reports
 * that count a death; the text is scanned for the few anchor words alone, and only the words around
 * each are read further (about 20 microseconds a GVA page).
 */
const ANCHOR = /\b(?:died|dies|passed away|succumb(?:ed|s)?|life support)\b/gi;
const BEFORE_DIED = /\b(?:later|since|subsequently|eventually|has|have)\s+(?:since\s+)?$/i;
const AFTER_DIED = /^\s+(?:\w+\s+){0,4}?(?:of|from)\s+(?:his|her|their|the|those|these|its)\s+(?:\w+\s+){0,2}?(?:injuries|wounds?)\b|^\s+(?:\w+\s+){0,2}?(?:days?|hours?|weeks?)\s+(?:later|after)\b/i;
const AFTER_SUCCUMBED = /^\s+to\s+(?:his|her|their|the)\s+(?:\w+\s+){0,2}?(?:injuries|wounds?)\b/i;
const BEFORE_LIFE_SUPPORT = /\boff\s+$/i;

function diedAfterWounds(text: string): boolean {
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const word = m[0].toLowerCase();
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    if (word === 'life support' ? BEFORE_LIFE_SUPPORT.test(before) : word.startsWith('succumb') ? AFTER_SUCCUMBED.test(after) : BEFORE_DIED.test(before) || AFTER_DIED.test(after)) return true;
  }
  return false;
}

export function harmOf(casualties: Casualties | null | undefined, text: string): HarmReading | null {
  if (!casualties) return null;
  if ((casualties.killed ?? 0) > 0) return diedAfterWounds(text) ? 'both' : 'dead';
  if ((casualties.injured ?? 0) > 0) return 'hurt';
  return null;
}

/** The harms an event's profile gains from one report. */
export function harmsOf(reading: HarmReading | null): Harm[] {
  return reading === null ? [] : reading === 'both' ? ['dead', 'hurt'] : [reading];
}

/** The article counts one harm, the event's reports count some, and none of them the article's. */
export function harmsConflict(article: HarmReading | null, event: readonly Harm[]): boolean {
  return (article === 'dead' || article === 'hurt') && event.length > 0 && !event.includes(article);
}
