/**
 * The entity list's entries of one person or body written differently by different events, joined: the
 * store lists each name as events wrote it, so "Dmitri Volkov" and "Dmitry Volkov", "US Treasury" and
 * "US Treasury Department", "FBI" and "the Federal Bureau of Investigation" were entries of their own.
 * Entries join only where one is clearly the other: a person by another romanisation of the same name
 * (store/name-spellings.ts; "John Smith" and "Jane Smith", or "Smith" alone, never), a body by the rules
 * that make one body of its forms inside an event (consolidate/organizations.ts), of one country or
 * none. A name that fits two entries that are not one ("Treasury" beside "US Treasury" and "UK
 * Treasury") joins neither. Places are left as they are.
 */
import { sameBodyName } from '../consolidate/organizations.js';
import { nameSpellings } from '../store/name-spellings.js';
import { nameKey } from '../store/stored-records.js';
import { foldAccents } from '../util/fold.js';
import { countryOfDemonym, lookupCountryOrCode } from '../enrich/gazetteer/places.js';
import type { EntitySummary } from './entities.js';

/** One entry of the list with the entries joined into it, itself first. */
export interface EntityGroup {
  summary: EntitySummary;
  members: EntitySummary[];
}

/** Initials shorter than this are too common to join a body's name by alone ("DA", "PD"); the events' own aliases still do. */
const MIN_INITIALS = 3;

/** Beyond this many entries a bucket's pairs are not compared (a key many names share). */
const MAX_BUCKET = 200;

/**
 * Every entry of `list` in a group, people first, then bodies, then places, each kind in the order of
 * `list` (the caller sorts: a joined entry's count changes once its events are counted once); a group
 * of one is the entry as it was.
 */
export function groupEntities(list: readonly EntitySummary[]): EntityGroup[] {
  const people = list.filter((e) => e.kind === 'person');
  const bodies = list.filter((e) => e.kind === 'organization');
  const groups = [...joined(people, samePerson), ...joined(bodies, sameBody), ...list.filter((e) => e.kind === 'place').map((e) => [e])];
  return groups.map(toGroup);
}

/** A person's spellings as the `entity` filter keys them: two entries sharing one are one name. */
const spellingKeys = new Map<string, Set<string>>();
function spellingsOf(name: string): Set<string> {
  let keys = spellingKeys.get(name);
  if (!keys) {
    keys = new Set(nameSpellings(name).map(nameKey));
    if (spellingKeys.size > 50_000) spellingKeys.clear();
    spellingKeys.set(name, keys);
  }
  return keys;
}

function samePerson(a: EntitySummary, b: EntitySummary): boolean {
  const x = spellingsOf(a.name);
  // A name of one word is a surname or a stage name: too little to be sure it is the other's.
  if (!a.name.trim().includes(' ') || !b.name.trim().includes(' ')) return false;
  for (const key of spellingsOf(b.name)) if (x.has(key)) return true;
  return false;
}

function sameBody(a: EntitySummary, b: EntitySummary): boolean {
  if (a.country && b.country && a.country !== b.country) return false;
  const [x, y] = [foldedNames(a), foldedNames(b)];
  // An event listed one as the other's alias ("FBI" of the Federal Bureau of Investigation): they are one.
  for (const name of y) if (x.has(name)) return true;
  const namesOf = (e: EntitySummary): string[] => [e.name, ...(e.aliases ?? [])];
  return namesOf(a).some((m) => namesOf(b).some((n) => sameByWords(m, n)));
}

/** A body's names as compared whole: no case, accents, full stops or leading "the"; read once an entry. */
const FOLDED = new WeakMap<EntitySummary, Set<string>>();
function foldedNames(e: EntitySummary): Set<string> {
  let names = FOLDED.get(e);
  if (!names) FOLDED.set(e, (names = new Set([e.name, ...(e.aliases ?? [])].map((n) => foldAccents(n).toLowerCase().replace(/^the\s+/, '').replace(/\./g, '')))));
  return names;
}

function sameByWords(a: string, b: string): boolean {
  const short = (n: string): boolean => /^[\p{Lu}.]+s?$/u.test(n) && n.replace(/[.s]/g, '').length < MIN_INITIALS;
  if (short(a) || short(b)) return false;
  return sameBodyName(a, b);
}

/**
 * Entries joined where `same` holds, except through one that fits two entries that are not one: such
 * an entry is ambiguous and stays alone, and so does the pair it would have bridged.
 */
function joined(entries: readonly EntitySummary[], same: (a: EntitySummary, b: EntitySummary) => boolean): EntitySummary[][] {
  // Entries that meet another, with those they meet: few of a store's entries.
  const matches = new Map<number, number[]>();
  const meet = (i: number, j: number): void => {
    const list = matches.get(i);
    if (list) list.push(j);
    else matches.set(i, [j]);
  };
  // Pairs are compared within a key's bucket only (every pair of a large store is too many); most keys
  // are one entry's, so a bucket is made only when a second entry has its key.
  const first = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const key of bucketKeys(e)) {
      const at = first.get(key);
      if (at === undefined) first.set(key, i);
      else buckets.get(key)?.push(i) ?? buckets.set(key, [at, i]);
    }
  });
  const seen = new Set<number>();
  for (const list of buckets.values()) {
    // A key many bodies share is no sign of one body: their other keys meet elsewhere.
    if (list.length > MAX_BUCKET) continue;
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        const [i, j] = [list[p]!, list[q]!];
        const pair = i * entries.length + j;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (same(entries[i]!, entries[j]!)) {
          meet(i, j);
          meet(j, i);
        }
      }
    }
  }
  const pairKnown = (i: number, j: number): boolean => matches.get(i)!.includes(j);
  const ambiguous = new Set<number>();
  for (const [i, m] of matches) if (m.some((j, x) => m.slice(x + 1).some((k) => !pairKnown(j, k)))) ambiguous.add(i);
  const parent = entries.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (const [i, m] of matches) {
    if (ambiguous.has(i)) continue;
    for (const j of m) if (!ambiguous.has(j)) parent[root(i)] = root(j);
  }
  const out = new Map<number, EntitySummary[]>();
  entries.forEach((e, i) => {
    const r = root(i);
    const group = out.get(r);
    if (group) group.push(e);
    else out.set(r, [e]);
  });
  // A chain of joins may still hold two that are not one (A~B, B~C, not A~C): such a group falls apart.
  return [...out.values()].flatMap((g) => (g.length === 1 || g.every((x, p) => g.slice(p + 1).every((y) => same(x, y))) ? [g] : g.map((e) => [e])));
}

/**
 * Keys an entry is compared under: a person's spellings; a body's words once the words that may differ
 * between two names of it are set aside (a country or bloc before it, "the", "of", "Department"), and
 * its initials. Two entries sameBodyName takes for one body share one of these.
 */
function bucketKeys(e: EntitySummary): string[] {
  // Two people are one only where they share a spelling, so that is their bucket.
  if (e.kind === 'person') return [...spellingsOf(e.name)].map((key) => `p:${key}`);
  const keys = new Set<string>();
  for (const name of [e.name, ...(e.aliases ?? [])]) {
    const words = foldAccents(name).toLowerCase().replace(/\./g, '').split(/[\s-]+/).filter(Boolean);
    if (words.length === 1) keys.add(`i:${words[0]!.replace(/s$/, '')}`);
    const spelled = words.filter((w) => !SMALL_WORDS.has(w));
    if (words.length > 1) {
      keys.add(`i:${spelled.map((w) => w[0]).join('')}`);
      keys.add(`i:${words.filter((w) => !SMALL_WORDS.has(w) || w === 'of').map((w) => w[0]).join('')}`);
    }
    const core = spelled.filter((w) => !SET_ASIDE.has(w) && !countryWord(w)).sort();
    if (core.length > 0) keys.add(`c:${core.join(' ')}`);
  }
  return [...keys];
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'la', '&']);
/** Words one name of a body may have and another not ("Department of Justice", "Justice Department"; "Foreign Affairs Ministry"). */
const SET_ASIDE = new Set(['department', 'dept', 'affairs', 'un', 'eu', 'nato', 'au', 'asean']);

function countryWord(word: string): boolean {
  return word.length > 1 && (!!lookupCountryOrCode(word) || !!countryOfDemonym(word));
}

/**
 * The group's entry: named as its spelled-out name with most events (a body's initials only where it
 * has no other), its events counted over its names (the caller counts an event of two names once),
 * the other names its aliases, a body's country the one its names have.
 */
function toGroup(members: EntitySummary[]): EntityGroup {
  if (members.length === 1) return { summary: members[0]!, members };
  const initials = (e: EntitySummary): boolean => e.kind === 'organization' && /^[\p{Lu}.]+s?$/u.test(e.name);
  const ranked = [...members].sort((a, b) => Number(initials(a)) - Number(initials(b)) || b.events - a.events || b.name.split(/\s+/).length - a.name.split(/\s+/).length || a.name.localeCompare(b.name));
  const head = ranked[0]!;
  const aliases = [...new Set(ranked.flatMap((e) => [e.name, ...(e.aliases ?? [])]))].filter((n) => n !== head.name).sort();
  const country = head.country ?? ranked.find((e) => e.country)?.country;
  const summary: EntitySummary = { ...head, events: members.reduce((n, e) => n + e.events, 0), ...(country ? { country } : {}), aliases };
  return { summary, members: ranked };
}
