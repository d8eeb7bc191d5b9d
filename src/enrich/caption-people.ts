/**
 * People a photo caption names. A caption is written apart from the story and often names the people in
 * the photo with their full titles ("Jane Roe, left, Deputy Minister of Trade, greets ..."), so it is read
 * as a text is, but as weaker evidence: for a person the body names too, it fills in a role,
 * organisation or country the body leaves out and never replaces the body's; a surname the body writes
 * alone, with no full name there to join ("Roe said ..."), is the caption's person; a person only the
 * caption names is kept as a weaker mention (`caption: true`, no mentions in the body, not in the
 * event), since a photo may show a bystander or be older than the story. Credits ("Photo: Ann Lee/AP",
 * "Source: the ministry") name who took or gave the photo, never who is in it, and are left out.
 */
import type { Entity, PersonMention } from '../model/types.js';
import { recognizeEntities } from './entities/recognize.js';
import { nameTokens, resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';

/** A bracketed credit: "(AP Photo/Jon Doe)", "[Reuters]", "(Photo courtesy of the city)". */
const BRACKETED_CREDIT = /\s*[([][^)\]]*(?:\/|\b(?:Photos?|Images?|Getty|Reuters|AP|AFP|EPA|Yonhap|Xinhua|Credit|Courtesy|File)\b)[^)\]]*[)\]]/g;
/** A credit that runs to the caption's end: "Source: ...", "Photo by ...", "Credit: ...", "Courtesy of ...". */
const TRAILING_CREDIT = /(?:^|[\s.|–—-])(?:Source|Photo(?:graph)?|Picture|Image|Credit|Courtesy)s?\s*(?::|\bby\b|\bof\b|\/)/i;
/** A label the caption opens with ("Photo: Ministers meet ..."): a description follows, of several words. */
const OPENING_LABEL = /^(?:Photo(?:graph)?|Picture|Image)\s*:\s*/i;
/** A credit written as "name/agency" at the end ("... in Oslo. Jon Doe/Reuters"). */
const SLASH_CREDIT = /(?:^|[.!?]\s+)[^.!?]*\S\/\S[^.!?]*$/u;

/** The caption's description, without who took or gave the photo. */
export function captionWithoutCredits(caption: string): string {
  let text = caption.replace(BRACKETED_CREDIT, '');
  const label = OPENING_LABEL.exec(text);
  if (label && text.slice(label[0].length).split(/\s+/).length >= 6) text = text.slice(label[0].length);
  const credit = TRAILING_CREDIT.exec(text);
  if (credit) text = text.slice(0, credit.index);
  const slash = SLASH_CREDIT.exec(text);
  if (slash) text = text.slice(0, slash.index + (/^[.!?]/.test(slash[0]) ? 1 : 0));
  return text.trim();
}

/** Whether two people's names are one: the same words in any order ("Kumagai Naoki", "Naoki Kumagai"). */
function sameName(a: PersonMention, b: PersonMention): boolean {
  const key = (p: PersonMention): string => nameTokens(p.name).sort().join(' ');
  return key(a) === key(b) || [a.name, ...a.variants].some((v) => [b.name, ...b.variants].some((w) => nameTokens(v).sort().join(' ') === nameTokens(w).sort().join(' ')));
}

/**
 * The body's people with what the captions add (see the module's header). `entities` are the body's,
 * for surnames the body names alone; `authors` are the byline's, never in a photo.
 */
export function withCaptionPeople(people: PersonMention[], captions: readonly string[], entities: readonly Entity[], authors: readonly string[]): PersonMention[] {
  if (captions.length === 0) return people;
  const out = [...people];
  const held = new Set(people.flatMap((p) => p.mentions.map((m) => m.start)));
  for (const caption of captions) {
    const text = captionWithoutCredits(caption);
    if (!text) continue;
    const sentences = splitSentences(text);
    for (const found of resolvePeople(text, sentences, recognizeEntities(text, sentences), authors)) {
      if (found.byline) continue;
      const known = out.find((p) => sameName(p, found));
      if (known) {
        // The body's own words win; the caption fills in what they leave out.
        if (known.role === null && found.role !== null && !known.caption) Object.assign(known, { role: found.role, roleMentions: [] });
        known.organization ??= found.organization;
        if (known.country === null && found.country !== null) {
          known.country = found.country;
          delete known.countryInferred;
        }
        continue;
      }
      const tokens = nameTokens(found.name);
      if (tokens.length < 2) continue;
      // "Roe said ...": the body's lone surname, held by no one of the body, is the caption's person.
      const surnames = entities.filter((e) => e.type === 'person' && !held.has(e.start) && nameTokens(e.text).length === 1 && tokens.includes(nameTokens(e.text)[0]!));
      const mentions = surnames.map((e) => ({ start: e.start, end: e.end }));
      for (const e of surnames) {
        held.add(e.start);
        e.canonical = found.name;
      }
      out.push({ ...found, roleMentions: [], mentions, inEvent: false, ...(mentions.length === 0 ? { caption: true as const } : {}) });
    }
  }
  return out;
}
