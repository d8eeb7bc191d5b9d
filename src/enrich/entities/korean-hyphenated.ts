/**
 * Korean names written with a hyphenated given name ("Kim Tae-ho", "Tae-ho Kim"): the tagger reads
 * some as places (a hyphenated word looks like a town's name to it) and misses others in Western order
 * when the family name is a rarer one (Ri, Choe, Pak, Jong). A two-word run where one word is a known
 * Korean family name and the other is two romanised syllables joined by a hyphen is read as a person,
 * whichever order it is written in: few places or bodies are spelt so.
 */
import type { Entity } from '../../model/types.js';
import { isKoreanFamilyName, isKoreanSyllable } from './korean-name.js';

/** Two capitalised words, the one or the other hyphenated ("Choe Tae-ho", "Tae-ho Choe"). */
const PAIR = /(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)\s(\p{Lu}\p{Ll}+(?:-\p{Ll}+)?)(?![\p{L}\p{N}-])/gu;

function isGivenName(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  return parts.length === 2 && parts.every(isKoreanSyllable);
}

/** True for "Kim Tae-ho" and "Tae-ho Kim"; false for "Kim Jong" (no hyphen) or "Port-au Prince". */
export function isKoreanHyphenatedName(first: string, second: string): boolean {
  return (isKoreanFamilyName(first) && isGivenName(second)) || (isGivenName(first) && isKoreanFamilyName(second));
}

/**
 * Such names typed as places or plain bodies become people; those not tagged at all are added. A
 * threat actor or a body the rules typed (a subtype) is left as it was.
 */
export function koreanHyphenatedPeople(body: string, entities: readonly Entity[]): Entity[] {
  if (!body.includes('-')) return [...entities];
  const found: { start: number; end: number; text: string }[] = [];
  for (const m of body.matchAll(PAIR)) {
    if (!m[1]!.includes('-') && !m[2]!.includes('-')) continue;
    if (isKoreanHyphenatedName(m[1]!, m[2]!)) found.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  }
  if (found.length === 0) return [...entities];
  const out: Entity[] = [];
  for (const e of entities) {
    const name = found.find((f) => f.start === e.start && f.end === e.end);
    const retype = name && e.type !== 'person' && (e.type === 'location' || (e.type === 'organization' && e.subtype === undefined));
    out.push(retype ? { text: e.text, type: 'person', start: e.start, end: e.end } : e);
  }
  for (const f of found) {
    // A name a longer entity holds ("the Kim Tae-ho Foundation") is part of that entity.
    if (entities.some((e) => e.start < f.end && f.start < e.end)) continue;
    out.push({ text: f.text, type: 'person', start: f.start, end: f.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
