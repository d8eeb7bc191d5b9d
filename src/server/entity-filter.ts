/**
 * The `entity` filter by every name the entity list shows for an entry. The list joins the names of
 * one person or body ("World Health Organization (also WHO)"), while the filter alone finds only the
 * events that wrote the typed name: filtering by "WHO" lost the events that wrote the full name, and
 * a user who read "also WHO" in the list and typed it missed them. A name that is an entry's name, a
 * joined name or an alias (as the filter compares names: any case and word order, accents folded)
 * widens the filter to all of that entry's names; any other name is left as typed.
 */
import type { EventQuery } from '../store/store.js';
import { nameKey } from '../store/stored-records.js';
import type { EntityGroup } from './entity-groups.js';
import { gazetteerNames } from '../enrich/threat-actors.js';
import { knownBodyOf, knownParentOf } from '../enrich/entities/bodies-in-languages.js';

/** Every name of the person and body entries `typed` is one of, `typed` first; null where it is none of them. */
export function entryNames(groups: readonly EntityGroup[], typed: string): string[] | null {
  const key = nameKey(typed);
  if (!key) return null;
  const names = new Set<string>([typed]);
  let found = false;
  const units: string[] = [];
  for (const group of groups) {
    // Places are no participants: the filter does not look at an event's place.
    if (group.summary.kind === 'place') continue;
    const all = [group.summary, ...group.members].flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    // A threat actor is also typed by a name the gazetteer knows it by ("Lazarus" for Lazarus Group).
    if (!all.some((n) => nameKey(n) === key) && !(group.summary.kind === 'organization' && (all.some((n) => gazetteerNames(n).some((g) => nameKey(g) === key)) || sameListedBody(all, typed)))) continue;
    found = true;
    for (const n of all) names.add(n);
    units.push(...(group.summary.units ?? []));
  }
  // A larger group's units, as the events call them ("TraderTraitor, a unit of the wider Lazarus
  // Group"): the larger group's filter finds their events too, and so on down (not the other way).
  for (let i = 0; i < units.length && i < 100; i++) {
    const unit = units[i]!;
    if (names.has(unit)) continue;
    names.add(unit);
    const key = nameKey(unit);
    for (const group of groups) {
      if (group.summary.kind !== 'organization' || ![group.summary, ...group.members].some((e) => nameKey(e.name) === key)) continue;
      for (const e of [group.summary, ...group.members]) for (const n of [e.name, ...(e.aliases ?? [])]) names.add(n);
      units.push(...(group.summary.units ?? []));
    }
  }
  // Found even where no entry is the body itself: the store may hold only reports that name its organ.
  for (const n of organsOf(groups, names)) {
    names.add(n);
    found = true;
  }
  return found ? [...names] : null;
}

/** Whether `typed` is another name of a listed body one of `names` is ("OMS" for the WHO's entry; bodies-in-languages.ts). */
function sameListedBody(names: readonly string[], typed: string): boolean {
  const body = knownBodyOf(typed);
  return body !== null && names.some((n) => knownBodyOf(n) === body);
}

/**
 * The names of entries that are organs of a listed body among `names` ("Dispute Settlement Body" of
 * the WTO, bodies-in-languages.ts): a report that names only the organ tells of the body's work, so the
 * body's filter finds it, as a larger group's finds its units' events. Not the other way.
 */
function organsOf(groups: readonly EntityGroup[], names: ReadonlySet<string>): string[] {
  const bodies = new Set([...names].map(knownBodyOf).filter((b): b is string => b !== null));
  if (bodies.size === 0) return [];
  const out: string[] = [];
  for (const group of groups) {
    if (group.summary.kind !== 'organization') continue;
    const all = [group.summary, ...group.members].flatMap((e) => [e.name, ...(e.aliases ?? [])]);
    if (all.some((n) => bodies.has(knownParentOf(n) ?? ''))) out.push(...all);
  }
  return out;
}

/**
 * `filters` with `entity` turned into `entityAny` where the entry has other names; as given
 * otherwise. `groups` is read only when there is a name to look up (the list is costly on a large store).
 */
export async function widenedEntity<F extends Pick<EventQuery, 'entity' | 'entityAny'>>(filters: F, groups: () => Promise<readonly EntityGroup[]>): Promise<F> {
  if (filters.entity === undefined) return filters;
  const names = entryNames(await groups(), filters.entity);
  if (!names || new Set(names.map(nameKey)).size < 2) return filters;
  const wide: F = { ...filters, entityAny: names };
  delete wide.entity;
  return wide;
}
