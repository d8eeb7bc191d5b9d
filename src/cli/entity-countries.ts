/**
 * The COUNTRY column of `entities` for people and places. The list gives a country only to bodies
 * (part of a body's identity); a person's or place's countries are read from their events, as the
 * API's entity page gives them (`countries`), so the table shows what that page shows rather than a
 * blank. Only the entries shown are read: a page of the list, not the whole store.
 */
import { entityDetail } from '../server/entities.js';
import type { EntityGroup } from '../server/entity-groups.js';
import { groupEvents } from '../server/entity-list.js';
import { ENTITY_EVENTS } from '../server/routes/entities.js';
import type { Store } from '../store/store.js';

/** Each shown entry's countries as the table writes them ("ZM", "ZM/ZW"); a body's own country as listed. */
export async function shownCountries(store: Store, shown: readonly EntityGroup[]): Promise<string[]> {
  const out: string[] = [];
  for (const group of shown) {
    if (group.summary.country || group.summary.kind === 'organization') {
      out.push(group.summary.country ?? '');
      continue;
    }
    // The list's own, where the store keeps them; a store written before reads them from the events.
    if (group.summary.countries?.length) {
      out.push(group.summary.countries.join('/'));
      continue;
    }
    const events = await groupEvents(store, group, ENTITY_EVENTS);
    out.push(entityDetail(group.summary, events, group.members).countries.join('/'));
  }
  return out;
}
