/**
 * Bodies the tagger takes for people or places, or cuts short. Three kinds:
 *
 * - Well-known names of one word or a fixed phrase that are never a person's: Europe's and the world's
 *   agencies ("Dutch police and Europol said": the tagger's person "Europol"; "Interpol" its place) and
 *   large retail chains ("Harrods", "Marks and Spencer", whose "Spencer" it reads as a person). Each
 *   wrong person becomes a participant of the event and a key that joins unrelated stories. Only names
 *   that are no one's given name or surname as written are listed ("John Lewis", "Boots", "Target",
 *   "Morrisons" are left to the tagger).
 * - Public bodies' names the tagger cuts short or misses ("Health and Safety" of "the Health and Safety
 *   Executive", whose "Executive" it takes for a title word).
 * - Two capitalised names joined by "&" where the tagger read a person: a firm ("Johnson & Johnson",
 *   "Barnes & Noble"); news joins two people with "and".
 */
import type { Entity } from '../../model/types.js';
import { foldAccents } from '../../util/fold.js';
import { spelledOutNames } from './bodies-in-languages.js';

const AGENCIES = ['Europol', 'Interpol', 'Eurojust', 'Frontex', 'Eurostat', 'Euratom', 'Unicef', 'Unesco', 'Unrwa', 'Ofcom', 'Ofgem', 'Ofsted', 'Ofwat'];
/** The cut name became a body of its own beside the whole one ("Health and Safety" and the Executive). */
const CUT_SHORT = ['Health and Safety Executive', 'Northern Ireland Executive', 'Rail Accident Investigation Branch'];
const RETAILERS = [
  'Harrods', 'Selfridges', 'Debenhams', 'Tesco', "Sainsbury's", 'Sainsburys', 'Asda', 'Waitrose', 'Primark', 'Lidl', 'Aldi', 'Marks and Spencer', 'Marks & Spencer',
  'Walmart', 'Wal-Mart', 'Costco', 'Kroger', 'Walgreens', "Macy's", 'Nordstrom', 'Ikea', 'IKEA', 'Carrefour',
];
/** The names as written, longest first so that "Marks and Spencer" is taken before any part of it; a possessive may follow. */
const KNOWN = new RegExp(
  `(?<![\\p{L}\\p{N}&'’-])(?:${[...AGENCIES, ...CUT_SHORT, ...RETAILERS, ...spelledOutNames(), ...unaccentedNames()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|')})(?![\\p{L}\\p{N}&-])`,
  'gu',
);
/** The listed names typed without their accents ("Bureau d'Enquetes et d'Analyses"), where they had any. */
function unaccentedNames(): string[] {
  return spelledOutNames().map(foldAccents).filter((n) => !spelledOutNames().includes(n));
}
/** "Johnson & Johnson", "Procter & Gamble": a capitalised name of one or two words, "&", a capitalised name. */
const AMPERSAND_FIRM = /(?<![\p{L}\p{N}&-])\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}\p{Ll}[\p{L}'’-]*)? & \p{Lu}\p{Ll}[\p{L}'’-]*(?![\p{L}\p{N}&-])/gu;

/** The entities with known bodies and "&" firms in place of the tagger's people and places over them. */
export function withKnownBodies(body: string, entities: Entity[]): Entity[] {
  const found: { start: number; end: number }[] = [];
  for (const m of body.matchAll(KNOWN)) found.push({ start: m.index, end: m.index + m[0].length });
  // Every match holds " & ": a body without it (nearly every one) is not scanned at every capital.
  for (const m of body.includes(' & ') ? body.matchAll(AMPERSAND_FIRM) : []) {
    const start = m.index;
    const end = start + m[0].length;
    // Only where the tagger read a person there: "Fire & Rescue" in a service's name is left alone.
    if (entities.some((e) => e.type === 'person' && e.start < end && start < e.end) && !found.some((f) => f.start < end && start < f.end)) found.push({ start, end });
  }
  if (found.length === 0) return entities;
  // A longer body that holds the name keeps it ("Europol's European Cybercrime Centre" is not cut).
  // Not a sentence's capital "The" before it: "The Health and Safety Executive said" is the body named so
  // in mid-sentence.
  const fuller = (e: Entity, f: { start: number; end: number }): boolean => e.end - e.start > f.end - f.start && !(e.end === f.end && body.slice(e.start, f.start) === 'The ');
  const bodies = found.filter((f) => !entities.some((e) => e.type === 'organization' && e.start <= f.start && f.end <= e.end && fuller(e, f)));
  if (bodies.length === 0) return entities;
  const kept = entities.filter((e) => !bodies.some((f) => e.start < f.end && f.start < e.end));
  for (const f of bodies) kept.push({ text: body.slice(f.start, f.end), type: 'organization', start: f.start, end: f.end });
  return kept.sort((x, y) => x.start - y.start);
}
