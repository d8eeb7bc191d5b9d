/**
 * A person's events where the name is only another participant's alias ("Joe Biden" beside the
 * participant "Joseph R. Biden"), added to the entry's count: the person's page lists them
 * (entity-list.ts groupEvents), and a count that left them out told a reader the entry had fewer
 * events than its page showed.
 */
import type { Store } from '../store/store.js';
import type { EntityGroup } from './entity-groups.js';

/** Sets the count of each person entry some event names by an alias to the union of its events and those. */
export async function countAliasEvents(store: Store, groups: readonly EntityGroup[]): Promise<void> {
  if (!store.personAliasEventIds) return;
  const people = groups.filter((g) => g.summary.kind === 'person');
  // A name of one word ("Biden") is a surname every namesake's event gives as an alias (as eventsAsAlias reads them).
  const names = [...new Set(people.flatMap((g) => g.members.map((m) => m.name)).filter((n) => n.trim().includes(' ')))];
  if (names.length === 0) return;
  const aliasIds = await store.personAliasEventIds(names);
  const byName = new Map(names.map((n, i) => [n, aliasIds[i]!]));
  const touched = people.filter((g) => g.members.some((m) => (byName.get(m.name)?.length ?? 0) > 0));
  if (touched.length === 0) return;
  const members = touched.flatMap((g) => g.members.map((m) => ({ name: m.name })));
  const ownIds = await store.entityEventIds('person', members);
  let at = 0;
  for (const group of touched) {
    const union = new Set<string>();
    for (const member of group.members) {
      for (const id of ownIds[at++]!) union.add(id);
      for (const id of byName.get(member.name) ?? []) union.add(id);
    }
    group.summary.events = union.size;
  }
}
