/**
 * People named right after their role in lower case: "independent candidates Rosa Delmonte and Tim
 * Varga", "vice presidential candidate Geraldine Ferraro", "Green Party leaders Ada Price and J. T.
 * Moss", "Dana Voss (journalist)". The tagger, meeting a name it has not seen, may read it as a
 * body or a place; a role that only people hold, written before the name (or before two names joined
 * by "and" or a comma), or alone in brackets after it, makes it a person, and so does a post held for a
 * country before the name ("Ambassador to Japan Rahm Emanuel"). Only names the tagger typed
 * a body or a place the gazetteer does not know, and none with a body's or a party's word in it
 * ("candidate Workers Front").
 */
import type { Entity } from '../../model/types.js';
import { BODY_HEADS } from './lexicon.js';
import { hasForeignPartyWord } from './foreign-party-words.js';
import { lookupCountry } from '../gazetteer/places.js';
import { BODY_OF_STATES } from '../title-before-name.js';

const ROLES = `candidate nominee challenger incumbent leader politician lawmaker legislator activist journalist reporter
  columnist commentator author writer novelist poet historian economist lawyer businessman businesswoman entrepreneur
  actor actress singer songwriter musician rapper comedian filmmaker painter footballer boxer
  investigator investigator-in-charge spokesperson`;
const ROLE = `(?:${ROLES.trim().split(/\s+/).map((r) => `${r}s?`).join('|').replace('actresss?', 'actress(?:es)?').replace('businessmans?', 'businessm[ae]n').replace('businesswomans?', 'businesswom[ae]n')})`;
const ROLE_BEFORE = new RegExp(`(?<![\\p{L}-])${ROLE}[^\\S\\n]+$`, 'u');
const ROLE_IN_BRACKETS = new RegExp(`^[^\\S\\n]*\\([^\\S\\n]*${ROLE}[^\\S\\n]*\\)`, 'u');
/** One to four capitalised words or initials: "Tim Varga", "J. T. Moss". */
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}$/u;
const PARTY_WORD = /\b(?:Party|Movement|Alliance|Front|Union|League|Congress|Federation|Coalition|Democrats|Republicans|Socialists|Liberals|Conservatives|Greens)\b/;

/**
 * "Ambassador to Japan Rahm Emanuel", "special envoy for Sudan Tom Perriello": a post held for a country
 * or a body of states, written before its holder's name (the tagger read the name as a body).
 */
const POST_FOR = /(?<![\p{L}-])(?:ambassador|envoy|representative|emissary|consul|consul-general)\s+(?:to|for)\s+(?:the\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})\s+$/iu;

function postForCountryBefore(body: string, start: number): boolean {
  const m = POST_FOR.exec(body.slice(Math.max(0, start - 60), start));
  return m !== null && (lookupCountry(m[1]!) !== null || BODY_OF_STATES.test(m[1]!));
}

function retypable(e: Entity): boolean {
  if (e.type === 'person' || (e.type === 'location' && (e.country || e.subtype)) || !NAME.test(e.text)) return false;
  return !PARTY_WORD.test(e.text) && !hasForeignPartyWord(e.text) && !e.text.split(/\s+/).some((w) => BODY_HEADS.has(w.toLowerCase()));
}

export function peopleAfterRoles(body: string, entities: Entity[]): void {
  entities.sort((a, b) => a.start - b.start);
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k]!;
    if (!retypable(e)) continue;
    const before = body.slice(Math.max(0, e.start - 30), e.start);
    // A second name joined to one after a role: "candidates Rosa Delmonte and Tim Varga".
    const previous = entities[k - 1];
    const listed = previous !== undefined && previous.type === 'person' && /^(?:\s+and\s+|\s*,\s*)$/.test(body.slice(previous.end, e.start)) && ROLE_BEFORE.test(body.slice(Math.max(0, previous.start - 30), previous.start));
    if (!ROLE_BEFORE.test(before) && !listed && !ROLE_IN_BRACKETS.test(body.slice(e.end, e.end + 30)) && !postForCountryBefore(body, e.start)) continue;
    e.type = 'person';
    delete e.subtype;
    delete e.canonical;
    delete e.country;
  }
}
