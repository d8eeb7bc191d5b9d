/**
 * People, organisations and places: the list with kind and name filters, and one entity's page: a
 * person's names, roles over time and events; an organisation's people and their roles; a place's events.
 */
import { getJson, query } from './api.js';
import { h, scrollTable } from './dom.js';
import { entityHref } from './entity-href.js';
import { pickEntity } from './entity-pick.js';
import { eventCard } from './feed-view.js';
import { countryName, formatDate, plural } from './format.js';
import type { EntityDetail, EntityKind, EntitySummary, Page } from './types.js';

const KIND_NAMES: Record<EntityKind, [string, string]> = { person: ['person', 'People'], organization: ['organisation', 'Organisations'], place: ['place', 'Places'], vessel: ['ship', 'Ships'] };

function kindOf(value: string | null): EntityKind | null {
  return value === 'person' || value === 'organization' || value === 'place' || value === 'vessel' ? value : null;
}


export async function entitiesView(params: URLSearchParams): Promise<HTMLElement> {
  const q = params.get('q') ?? '';
  const kind = kindOf(params.get('kind'));
  const page = await getJson<Page<EntitySummary>>(`/api/entities${query({ q, kind: kind ?? '', limit: '200' })}`);
  const input = h('input', { type: 'search', name: 'q', placeholder: 'part of a name' });
  input.value = q;
  const select = h('select', { name: 'kind' }, h('option', { value: '' }, 'all'), (Object.keys(KIND_NAMES) as EntityKind[]).map((k) => h('option', { value: k }, KIND_NAMES[k][1])));
  select.value = kind ?? '';
  const form = h('form', { role: 'search', class: 'filters' }, h('label', {}, h('span', {}, 'Name'), input), h('label', {}, h('span', {}, 'Kind'), select), h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Find')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const search = new URLSearchParams();
    if (input.value.trim()) search.set('q', input.value.trim());
    if (select.value) search.set('kind', select.value);
    location.hash = `#/entities${search.size ? `?${search.toString()}` : ''}`;
  });
  return h(
    'section',
    {},
    h('h1', { tabindex: -1 }, kind ? KIND_NAMES[kind][1] : 'People, organisations and places'),
    form,
    page.items.length
      ? h('ul', { class: 'entity-list' }, page.items.map((e) => h('li', {}, h('a', { href: entityHref(e.name, e.kind, e.country) }, e.name), h('span', { class: 'muted' }, ` ${e.country ? `(${countryName(e.country)}) ` : ''}${kind ? '' : `${KIND_NAMES[e.kind][0]}, `}${plural(e.events, 'event')}`))))
      : h('p', { class: 'muted' }, 'Nothing matches.'),
    page.next ? h('p', { class: 'muted' }, 'Only the first 200 are listed; narrow the name.') : null,
  );
}

export async function entityView(params: URLSearchParams): Promise<HTMLElement> {
  const name = params.get('name') ?? '';
  const kind = kindOf(params.get('kind')) ?? 'person';
  // An organisation's country tells two of one name apart; without it the one with most events is shown.
  const country = params.get('country');
  const candidates = await getJson<Page<EntitySummary>>(`/api/entities${query({ q: name, kind, limit: '500' })}`);
  // By its name or an alias: a participant's link carries the name as that event wrote it.
  const found = pickEntity(candidates.items, name, country);
  if (!found) return h('section', {}, h('h1', { tabindex: -1 }, name || `Unknown ${KIND_NAMES[kind][0]}`), h('p', {}, `No event names this ${KIND_NAMES[kind][0]}.`));
  const e = await getJson<EntityDetail>(`/api/entities/${found.id}`);
  const eventTitle = (id: string): string => e.eventList.find((x) => x.id === id)?.title ?? id;
  const roles =
    e.kind === 'place' || e.kind === 'vessel'
      ? null
      : [
          h('h2', {}, e.kind === 'person' ? 'Roles over time' : 'Who spoke or acted for it'),
          scrollTable(
            e.kind === 'person' ? 'Roles over time' : 'People of the organisation',
            h('thead', {}, h('tr', {}, (e.kind === 'person' ? ['Date', 'Role', 'Organisation', 'Country', 'Event'] : ['Date', 'Person', 'Role', 'Country', 'Event']).map((c) => h('th', { scope: 'col' }, c)))),
            h(
              'tbody',
              {},
              e.roles.map((r) =>
                h(
                  'tr',
                  {},
                  h('td', {}, formatDate(r.date)),
                  e.kind === 'person'
                    ? [h('td', {}, r.role ?? '—'), h('td', {}, r.organization ? h('a', { href: entityHref(r.organization, 'organization', r.country) }, r.organization) : '—')]
                    : [h('td', {}, r.person ? h('a', { href: entityHref(r.person) }, r.person) : '—'), h('td', {}, r.role ?? '—')],
                  h('td', {}, r.country ? countryName(r.country) : '—'),
                  h('td', {}, h('a', { href: `#/events/${r.eventId}` }, eventTitle(r.eventId))),
                ),
              ),
            ),
          ),
        ];
  return h(
    'section',
    {},
    h('p', {}, h('a', { href: `#/entities?kind=${e.kind}` }, `← All ${KIND_NAMES[e.kind][1].toLowerCase()}`)),
    h('h1', { tabindex: -1 }, e.name),
    e.aliases.length ? h('p', {}, 'Also written: ', e.aliases.join(', ')) : null,
    h(
      'p',
      { class: 'meta' },
      plural(e.events, 'event'),
      e.countries.length ? [' · ', e.countries.map((c, i) => [i ? ', ' : '', h('a', { href: `#/?country=${c}` }, countryName(c))])] : '',
      e.organizations.length ? [' · ', e.organizations.map((o, i) => [i ? ', ' : '', h('a', { href: entityHref(o, 'organization') }, o)])] : '',
    ),
    roles,
    h('h2', {}, 'Events'),
    e.eventList.length < e.events ? h('p', { class: 'muted' }, `The latest ${e.eventList.length} of ${plural(e.events, 'event')}.`) : null,
    h('ol', { class: 'cards' }, [...e.eventList].reverse().map(eventCard)),
  );
}
