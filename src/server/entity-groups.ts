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
import type { EntitySummary } from './entities.js';

/** One entry of the list with the entries joined into it, itself first. */
export interface EntityGroup {
  summary: EntitySummary;
  members: EntitySummary[];
}

/** Initials shorter than this are too common to join a body's name by alone ("DA", "PD"); the events' own aliases still do. */
const MIN_INITIALS = 3;

/** Beyond this many entries a bucket's pairs are not compared (a word many names share). */
const MAX_BUCKET = 200;

/** Every entry of `list` in a group, most events first; a group of one is the entry as it was. */
export function groupEntities(list: readonly EntitySummary[]): EntityGroup[] {
  const people = list.filter((e) => e.kind === 'person');
  const bodies = list.filter((e) => e.kind === 'organization');
  const groups = [...joined(people, samePerson), ...joined(bodies, sameBody), ...list.filter((e) => e.kind === 'place').map((e) => [e])];
  return groups.map(toGroup).sort((a, b) => b.summary.events - a.summary.events || a.summary.name.localeCompare(b.summary.name));
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
  const fold = (name: string): string => foldAccents(name).toLowerCase().replace(/^the\s+/, '').replace(/\./g, '');
  const namesOf = (e: EntitySummary): string[] => [e.name, ...(e.aliases ?? [])];
  const folded = new Set(namesOf(a).map(fold));
  // An event listed one as the other's alias ("FBI" of the Federal Bureau of Investigation): they are one.
  if (namesOf(b).some((n) => folded.has(fold(n)))) return true;
  return namesOf(a).some((x) => namesOf(b).some((y) => sameByWords(x, y)));
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
  const matches = entries.map(() => [] as number[]);
  // Pairs are compared within a first word's or an initial's bucket only: every pair of a large store is too many.
  const buckets = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const key of bucketKeys(e)) {
      const list = buckets.get(key) ?? [];
      list.push(i);
      buckets.set(key, list);
    }
  });
  const seen = new Set<string>();
  for (const list of buckets.values()) {
    // A word that many bodies share ("police", "county") is no sign of one body: their other words meet elsewhere.
    if (list.length < 2 || list.length > MAX_BUCKET) continue;
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < list.length; q++) {
        const [i, j] = [list[p]!, list[q]!];
        const pair = i < j ? `${i},${j}` : `${j},${i}`;
        if (seen.has(pair)) continue;
        seen.add(pair);
        if (same(entries[i]!, entries[j]!)) {
          matches[i]!.push(j);
          matches[j]!.push(i);
        }
      }
    }
  }
  const pairKnown = (i: number, j: number): boolean => matches[i]!.includes(j);
  const ambiguous = matches.map((m) => m.some((j, x) => m.slice(x + 1).some((k) => !pairKnown(j, k))));
  const parent = entries.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  matches.forEach((m, i) => {
    if (ambiguous[i]) return;
    for (const j of m) if (!ambiguous[j]) parent[root(i)] = root(j);
  });
  const out = new Map<number, EntitySummary[]>();
  entries.forEach((e, i) => out.set(root(i), [...(out.get(root(i)) ?? []), e]));
  // A chain of joins may still hold two that are not one (A~B, B~C, not A~C): such a group falls apart.
  return [...out.values()].flatMap((g) => (g.every((x, p) => g.slice(p + 1).every((y) => same(x, y))) ? [g] : g.map((e) => [e])));
}

/**
 * Keys an entry is compared under: a person's spellings, a body's words and initials; two
 * entries that can be one share one (a body's initials are its words' first letters, so "FBI" meets
 * "Federal Bureau of Investigation" under "fbi").
 */
function bucketKeys(e: EntitySummary): string[] {
  const keys = new Set<string>();
  // Two people are one only where they share a spelling, so that is their bucket.
  if (e.kind === 'person') return [...spellingsOf(e.name)].map((key) => `p:${key}`);
  for (const name of [e.name, ...(e.aliases ?? [])]) {
    const words = foldAccents(name).toLowerCase().replace(/\./g, '').split(/[\s-]+/).filter(Boolean);
    if (words.length === 1) keys.add(`i:${words[0]!.replace(/s$/, '')}`);
    const initials = words.filter((w) => !['of', 'the', 'and', 'for', 'on', 'in', 'de', 'la', '&'].includes(w)).map((w) => w[0]).join('');
    if (words.length > 1) keys.add(`i:${initials}`);
    for (const w of words) if (w.length > 2 && w !== 'the') keys.add(`w:${w}`);
  }
  return [...keys];
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
