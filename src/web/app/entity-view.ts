/** People: the list with a name filter, and one person's names, roles over time and events. */
import { getJson, query } from './api.js';
import { h, scrollTable } from './dom.js';
import { eventCard } from './feed-view.js';
import { countryName, formatDate, plural } from './format.js';
import type { EntityDetail, EntitySummary, Page } from './types.js';

/** Pages link to people by name; the entity view looks the id up. */
export function entityHref(name: string): string {
  return `#/entity?name=${encodeURIComponent(name)}`;
}

export async function entitiesView(params: URLSearchParams): Promise<HTMLElement> {
  const q = params.get('q') ?? '';
  const page = await getJson<Page<EntitySummary>>(`/api/entities${query({ q, limit: '200' })}`);
  const input = h('input', { type: 'search', name: 'q', placeholder: 'part of a name' });
  input.value = q;
  const form = h('form', { role: 'search', class: 'filters' }, h('label', {}, h('span', {}, 'Name'), input), h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Find')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/entities${input.value.trim() ? `?q=${encodeURIComponent(input.value.trim())}` : ''}`;
  });
  return h(
    'section',
    {},
    h('h1', { tabindex: -1 }, 'People'),
    form,
    page.items.length ? h('ul', { class: 'entity-list' }, page.items.map((e) => h('li', {}, h('a', { href: entityHref(e.name) }, e.name), h('span', { class: 'muted' }, ` ${plural(e.events, 'event')}`)))) : h('p', { class: 'muted' }, 'Nobody matches.'),
    page.next ? h('p', { class: 'muted' }, 'Only the first 200 are listed; narrow the name.') : null,
  );
}

export async function entityView(params: URLSearchParams): Promise<HTMLElement> {
  const name = params.get('name') ?? '';
  const candidates = await getJson<Page<EntitySummary>>(`/api/entities${query({ q: name, limit: '500' })}`);
  const found = candidates.items.find((e) => e.name.toLowerCase() === name.toLowerCase());
  if (!found) return h('section', {}, h('h1', { tabindex: -1 }, name || 'Unknown person'), h('p', {}, 'No event names this person.'));
  const e = await getJson<EntityDetail>(`/api/entities/${found.id}`);
  return h(
    'section',
    {},
    h('p', {}, h('a', { href: '#/entities' }, '← All people')),
    h('h1', { tabindex: -1 }, e.name),
    e.aliases.length ? h('p', {}, 'Also written: ', e.aliases.join(', ')) : null,
    h('p', { class: 'meta' }, [plural(e.events, 'event'), e.countries.length ? ` · ${e.countries.map(countryName).join(', ')}` : '', e.organizations.length ? ` · ${e.organizations.join(', ')}` : ''].join('')),
    h('h2', {}, 'Roles over time'),
    scrollTable(
      'Roles over time',
      h('thead', {}, h('tr', {}, ['Date', 'Role', 'Organisation', 'Country', 'Event'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        {},
        e.roles.map((r) => {
          const event = e.eventList.find((x) => x.id === r.eventId);
          return h('tr', {}, h('td', {}, formatDate(r.date)), h('td', {}, r.role ?? '—'), h('td', {}, r.organization ?? '—'), h('td', {}, r.country ? countryName(r.country) : '—'), h('td', {}, h('a', { href: `#/events/${r.eventId}` }, event?.title ?? r.eventId)));
        }),
      ),
    ),
    h('h2', {}, 'Events'),
    h('ol', { class: 'cards' }, [...e.eventList].reverse().map(eventCard)),
  );
}
