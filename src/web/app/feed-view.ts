/**
 * The event feed: filters and search in the address (so a view can be bookmarked), cards, more on
 * demand, and the selected events as a download in each export format.
 */
import { ApiError, getJson, query } from './api.js';
import { h } from './dom.js';
import { entityHref } from './entity-href.js';
import { countryName, formatDate, plural } from './format.js';
import { sortSelect } from './sort-field.js';
import type { EntitySummary, EventSummary, Page, Stats } from './types.js';

const FILTERS = ['q', 'entity', 'country', 'theme', 'cve', 'from', 'to', 'sort'] as const;
/** The filters /api/export takes: all but the order, which an export keeps its own of. */
const EXPORT_FILTERS = FILTERS.filter((k) => k !== 'sort');
const EXPORT_FORMATS: readonly [string, string][] = [
  ['csv', 'CSV (spreadsheet)'],
  ['json', 'JSON'],
  ['jsonl', 'JSON Lines'],
  ['stix', 'STIX 2.1'],
  ['geojson', 'GeoJSON (map)'],
];

export async function feedView(params: URLSearchParams): Promise<HTMLElement> {
  const [stats, people] = await Promise.all([getJson<Stats>('/api/stats'), getJson<Page<EntitySummary>>('/api/entities?limit=500')]);
  const values = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) ?? '']));
  const list = h('ol', { class: 'cards', 'aria-label': 'Events' });
  const status = h('p', { class: 'muted', role: 'status' });
  const more = h('button', { type: 'button', class: 'more', hidden: true }, 'More events');
  const problem = h('p', { class: 'problem', role: 'alert', hidden: true });
  const downloads = downloadLinks(values);
  let next: string | null = null;
  let shown = 0;

  const load = async (): Promise<void> => {
    more.disabled = true;
    let page: Page<EventSummary>;
    try {
      page = await getJson<Page<EventSummary>>(`/api/events${query({ ...values, cursor: next })}`);
    } catch (error) {
      // A filter the server refuses (a date that is not on the calendar, a mistyped CVE id) is said
      // beside the form, which keeps the values to correct; the page of an error had no form to fix them in.
      if (!(error instanceof ApiError) || error.status !== 400) throw error;
      problem.textContent = `These filters cannot be applied: ${error.message}.`;
      problem.hidden = false;
      more.hidden = true;
      downloads.hidden = true;
      status.textContent = '';
      return;
    }
    list.append(...page.items.map(eventCard));
    shown += page.items.length;
    next = page.next;
    more.hidden = next === null;
    more.disabled = false;
    downloads.hidden = shown === 0;
    status.textContent = shown === 0 ? 'No events match.' : `${plural(shown, 'event')} shown${next ? '' : ' (all)'}`;
  };
  more.addEventListener('click', () => void load());

  const form = filterForm(values, stats);
  // The person filter wants a whole name: offer the known ones as the analyst types.
  form.append(h('datalist', { id: 'people' }, people.items.map((p) => h('option', { value: p.name }))));
  await load();
  return h(
    'section',
    {},
    h('h1', { tabindex: -1 }, 'Events'),
    h('p', { class: 'muted' }, `${plural(stats.events, 'event')} from ${plural(stats.articles, 'article')}.`),
    form,
    problem,
    status,
    downloads,
    list,
    more,
  );
}

/**
 * The events the feed selects, every one and not only the pages shown, as /api/export writes them: the
 * analyst who narrowed the feed takes the same events into a spreadsheet or a threat-intelligence platform.
 */
function downloadLinks(values: Record<string, string>): HTMLElement {
  const filters = Object.fromEntries(EXPORT_FILTERS.map((k) => [k, values[k]]));
  const filtered = EXPORT_FILTERS.some((k) => values[k]);
  return h(
    'p',
    { class: 'downloads meta', hidden: true },
    filtered ? 'Download the events these filters select: ' : 'Download every event: ',
    EXPORT_FORMATS.map(([format, label], i) => [i ? ' · ' : '', h('a', { href: `/api/export${query({ format, ...filters })}`, download: '' }, label)]),
  );
}

function filterForm(values: Record<string, string>, stats: Stats): HTMLElement {
  const field = (label: string, input: HTMLElement): HTMLElement => h('label', {}, h('span', {}, label), input);
  const select = (name: string, options: [string, string][]): HTMLSelectElement => {
    const el = h('select', { name }, h('option', { value: '' }, 'any'), options.map(([value, text]) => h('option', { value }, text)));
    el.value = values[name] ?? '';
    return el;
  };
  const input = (name: string, type = 'text', extra: Record<string, string> = {}): HTMLInputElement => {
    const el = h('input', { name, type, ...extra });
    el.value = values[name] ?? '';
    return el;
  };
  const countries = Object.keys(stats.countries).map((c): [string, string] => [c, `${countryName(c)} (${stats.countries[c]})`]).sort((a, b) => a[1].localeCompare(b[1]));
  const themes = Object.keys(stats.themes).sort().map((t): [string, string] => [t, `${t} (${stats.themes[t]})`]);
  const words = input('q', 'search', { placeholder: 'e.g. ransomware' });
  const form = h(
    'form',
    { class: 'filters', role: 'search' },
    field('Words', words),
    field('Person', input('entity', 'text', { placeholder: 'name or surname', list: 'people', autocomplete: 'off' })),
    field('Country', select('country', countries)),
    field('Theme', select('theme', themes)),
    field('CVE', input('cve', 'text', { placeholder: 'CVE-2024-3400', autocomplete: 'off' })),
    field('From', input('from', 'date')),
    field('To', input('to', 'date')),
    field('Sort', sortSelect(values.sort ?? '', words)),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Apply'), ' ', h('a', { href: '#/' }, 'Clear')),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const search = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === 'string' && v.trim()) search.set(k, v.trim());
    location.hash = `#/?${search.toString()}`;
  });
  return form;
}

export function eventCard(e: EventSummary): HTMLElement {
  const place = e.location ? `${e.location.name}${e.location.country ? `, ${countryName(e.location.country)}` : ''}${e.location.inferred ? '?' : ''}` : 'no place named';
  return h(
    'li',
    { class: 'card' },
    h('h2', {}, h('a', { href: `#/events/${e.id}` }, e.title)),
    h('p', { class: 'meta' }, h('time', { datetime: e.date ?? '' }, formatDate(e.date)), ' · ', place, ' · ', plural(e.outlets, 'outlet'), ' · ', plural(e.articleCount, 'article')),
    e.discrepancyCount ? h('p', { class: 'badge warn' }, plural(e.discrepancyCount, 'discrepancy', 'discrepancies')) : null,
    h('p', {}, e.summary.length > 280 ? `${e.summary.slice(0, 279)}…` : e.summary),
    e.participants.length ? h('p', { class: 'meta' }, 'With ', e.participants.slice(0, 4).map((p, i) => [i ? ', ' : '', p.name]), e.participantCount > 4 ? ` and ${e.participantCount - 4} more` : '') : null,
    e.organizations?.length ? h('p', { class: 'meta organizations' }, 'Bodies: ', e.organizations.map((o, i) => [i ? ', ' : '', h('a', { href: entityHref(o.name, 'organization', o.country) }, o.name)])) : null,
    e.threatActors?.length ? h('p', { class: 'meta threat-actors' }, 'Threat actors: ', e.threatActors.map((t, i) => [i ? ', ' : '', h('a', { href: `#/?q=${encodeURIComponent(t)}` }, t)])) : null,
    e.vulnerabilities?.length ? h('p', { class: 'meta vulnerabilities' }, 'CVE: ', e.vulnerabilities.map((v, i) => [i ? ', ' : '', h('a', { href: `#/?cve=${encodeURIComponent(v)}` }, v)])) : null,
    e.themes.length ? h('ul', { class: 'chips', 'aria-label': 'Themes' }, e.themes.map((t) => h('li', {}, h('a', { href: `#/?theme=${encodeURIComponent(t)}` }, t)))) : null,
  );
}
