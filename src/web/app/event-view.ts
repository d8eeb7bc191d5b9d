/**
 * One event: what happened, who took part, the bodies the reports name, the facts with how many independent outlets state them,
 * where outlets disagree, the sources side by side with the passages they share marked, and the
 * earlier events it refers to on a timeline.
 */
import { getJson } from './api.js';
import { casualtyLine } from './casualty-line.js';
import { timeline } from './charts.js';
import { h, stackedTable, type Child } from './dom.js';
import { entityHref } from './entity-href.js';
import { countryName, formatDate, formatTime, outletOf, plural } from './format.js';
import type { Article, EventChange, EventDetail, SharedPassage } from './types.js';

export async function eventView(id: string): Promise<HTMLElement> {
  const e = await getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  // A merged event's address redirects to the event it joined: the address bar follows.
  if (e.id !== id) history.replaceState(null, '', `#/events/${e.id}`);
  const byId = new Map(e.articleDetails.map((a) => [a.id, a]));
  const sources = (ids: string[]): string => [...new Set(ids.map((s) => outletOf(byId.get(s))))].join(', ');
  const place = e.location ? `${e.location.name}${e.location.country ? `, ${countryName(e.location.country)}` : ''}${e.location.inferred ? " (a guess: the outlet's city)" : ''}` : 'no place named';

  return h(
    'article',
    { class: 'event' },
    h('p', {}, h('a', { href: '#/' }, '← All events')),
    h('h1', { tabindex: -1 }, e.title),
    h(
      'p',
      { class: 'meta' },
      h('time', { datetime: e.date ?? '' }, formatDate(e.date)),
      e.dateAnchoring ? [h('span', { class: `badge ${e.dateAnchoring}`, title: e.dateEvidence ?? '', 'aria-hidden': 'true' }, e.dateAnchoring), h('span', { class: 'visually-hidden' }, ` (date ${e.dateAnchoring})`)] : null,
      ' · ',
      e.location ? h('a', { href: entityHref(e.location.name, 'place') }, place) : place,
      ' · ',
      plural(e.outlets, 'independent outlet'),
      ' · ',
      plural(e.articles.length, 'article'),
    ),
    e.themes.length ? h('ul', { class: 'chips', 'aria-label': 'Themes' }, e.themes.map((t) => h('li', {}, h('a', { href: `#/?theme=${encodeURIComponent(t)}` }, t)))) : null,
    h('p', { class: 'summary' }, e.summary),
    e.casualties ? h('p', { class: 'casualties' }, casualtyLine(e.casualties)) : null,
    // A CVE id links to the feed of every event that names it; its badge counts outlets as a fact's does.
    e.vulnerabilities?.length
      ? h('p', { class: 'vulnerabilities' }, 'Vulnerabilities: ', e.vulnerabilities.map((v, i) => [i ? ', ' : '', h('a', { href: `#/?cve=${encodeURIComponent(v.cve)}` }, v.cve), h('span', { class: 'badge', title: `stated by ${plural(v.corroboration, 'independent outlet')}` }, String(v.corroboration)), ` · ${sources(v.sources)}`]))
      : null,
    // Indicators of compromise as the reports give them, refanged, in a list a reader can copy from; shown
    // as text, never as links: an attacker's address must not be one click away.
    e.indicators?.length
      ? h('div', { class: 'indicators' }, h('p', {}, 'Indicators of compromise:'), h('ul', {}, e.indicators.map((i) => h('li', {}, `${i.type} `, h('code', {}, i.value), ` · ${sources(i.sources)}`))))
      : null,
    // A threat actor links to the feed filtered by it: every event that lists it, whichever of its
    // names the reports used (the entity filter knows the gazetteer's), not every text with its words.
    e.threatActors?.length
      ? h('p', { class: 'threat-actors' }, 'Threat actors: ', e.threatActors.map((t, i) => [i ? ', ' : '', h('a', { href: `#/?entity=${encodeURIComponent(t.name)}` }, t.name), t.country ? ` (${countryName(t.country)})` : '', t.aliases.length ? ` (named ${t.aliases.join(', ')})` : '', t.partOf?.length ? ` (a unit of ${t.partOf.join(', ')})` : '', ` · ${sources(t.sources)}`]))
      : null,
    // Who claimed the act in its own words, each with the reports that say so: a claim, not a finding.
    e.claimedBy?.length
      ? h('p', { class: 'claimed-by' }, 'Claimed by: ', e.claimedBy.map((c, i) => [i ? ', ' : '', h('a', { href: `#/?entity=${encodeURIComponent(c.name)}` }, c.name), c.country ? ` (${countryName(c.country)})` : '', ` · ${sources(c.sources)}`]))
      : null,
    e.discrepancies.length
      ? h(
          'section',
          { class: 'discrepancies', 'aria-labelledby': 'disc-h' },
          h('h2', { id: 'disc-h' }, 'Where the sources disagree'),
          // A toll revised as the count came in reads in order ("12, then 19"), not as outlets at odds.
          h('ul', {}, e.discrepancies.map((d) => h('li', {}, h('strong', {}, d.about === 'died' ? 'deaths from illness' : d.about), d.revised ? ', revised as reports came in: ' : ': ', d.variants.map((v, i) => [i ? (d.revised || d.variants[i - 1]!.preliminary ? ' then ' : ' vs ') : '', h('mark', { class: 'variant' }, v.value), ` (${sources(v.sources)}${v.preliminary ? ', preliminary count' : ''}${v.claimedBy?.length ? `; says ${v.claimedBy.join(', ')}` : ''})`])))),
        )
      : null,
    section(
      'Participants',
      e.participants.length
        ? stackedTable(
            'Participants',
            h('thead', {}, h('tr', {}, ['Name', 'Role', 'Organisation', 'Country', 'Named by'].map((c) => h('th', { scope: 'col' }, c)))),
            h(
              'tbody',
              {},
              e.participants.map((p) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row' }, h('a', { href: entityHref(p.name) }, p.name), p.aliases.length ? h('span', { class: 'muted' }, ` (also ${p.aliases.join(', ')})`) : null),
                  // A role only some sources state is marked with them: the others carry it.
                  h('td', { 'data-label': 'Role' }, p.role ?? '—', p.role && p.roleSources && p.roleSources.length < p.sources.length ? h('span', { class: 'muted' }, ' (stated by ', sources(p.roleSources), ')') : null, p.eventRole ? h('strong', {}, `; ${p.eventRole}`) : null),
                  h('td', { 'data-label': 'Organisation' }, p.organization ? h('a', { href: entityHref(p.organization, 'organization', p.country) }, p.organization) : '—'),
                  h('td', p.countryInferred ? { 'data-label': 'Country', title: 'No report gives the country: it is the country the reports naming this official are filed from' } : { 'data-label': 'Country' }, p.country ? `${countryName(p.country)}${p.countryInferred ? ' (inferred)' : ''}` : '—'),
                  h('td', { 'data-label': 'Named by' }, sources(p.sources)),
                ),
              ),
            ),
          )
        : h('p', { class: 'muted' }, 'No participants named.'),
    ),
    // The bodies the reports name acting in the event, each linked to its page (every event that names it).
    e.organizations?.length
      ? section(
          'Organisations',
          h(
            'ul',
            { class: 'organizations' },
            e.organizations.map((o) =>
              h(
                'li',
                {},
                h('a', { href: entityHref(o.name, 'organization', o.country) }, o.name),
                o.aliases.length ? h('span', { class: 'muted' }, ` (also ${o.aliases.join(', ')})`) : null,
                o.country ? ` · ${countryName(o.country)}` : '',
                o.sanctioned?.length ? ' · sanctioned' : '',
                ' ',
                countBadge(o.corroboration, 'named by'),
                h('span', { class: 'muted' }, ` — ${sources(o.sources)}`),
              ),
            ),
          ),
        )
      : null,
    section(
      'Facts',
      h(
        'ol',
        { class: 'facts' },
        e.facts.map((f) =>
          h('li', {}, countBadge(f.corroboration, 'stated by'), ' ', f.text, h('span', { class: 'muted' }, ` — ${sources(f.sources)}`, f.firstReported ? [' · first reported ', h('time', { datetime: f.firstReported }, formatTime(f.firstReported))] : null)),
        ),
      ),
    ),
    section('Sources side by side', h('p', { class: 'muted' }, 'Marked passages state the same fact in more than one source; focus or hover one to see its counterparts.'), sideBySide(e.articleDetails, e.shared)),
    e.history.length ? section('History', h('ul', { class: 'history' }, e.history.map(changeItem))) : null,
    // Only when the reports refer to an earlier event: a timeline of this event alone says nothing.
    e.related.length
      ? section(
      'Related events',
      timeline([
        { date: e.date ?? '', label: 'this event', current: true },
        ...e.related.map((r) => ({ date: r.date, label: r.description, ...(r.eventId ? { href: `#/events/${r.eventId}` } : {}) })),
      ]),
    )
      : null,
  );
}

/** One merge or split the event's id outlived, with a link to the other event (a merged id leads to its survivor). */
function changeItem(c: EventChange): HTMLElement {
  const other = h('a', { href: `#/events/${c.eventId}` }, c.eventId);
  const moved = c.articles === undefined ? '' : ` (${plural(c.articles, 'article')} moved)`;
  const what: Child[] =
    c.kind === 'merged-in' ? ['Event ', other, ' was merged into this one'] : c.kind === 'split-off' ? ['A second story was split off to ', other, moved] : ['Split from ', other, ', which held two stories', moved];
  return h('li', {}, h('time', { datetime: c.at }, formatDate(c.at.slice(0, 10))), ': ', what);
}

function section(title: string, ...children: Child[]): HTMLElement {
  const id = `h-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), children);
}

function sideBySide(articles: Article[], shared: SharedPassage[]): HTMLElement {
  const grid = h('div', { class: 'sources', tabindex: 0, 'aria-label': 'Sources, scroll sideways on small screens' });
  for (const a of articles) {
    const url = a.source.url && /^https?:\/\//i.test(a.source.url) ? a.source.url : null;
    grid.append(
      h(
        'section',
        { class: 'source', 'data-article': a.id },
        h('h3', {}, outletOf(a)),
        h('p', { class: 'headline' }, a.headline ?? '(no headline)'),
        h('p', { class: 'meta' }, a.publishedAt ? h('time', { datetime: a.publishedAt }, a.publishedAt.replace('T', ' ').slice(0, 16)) : 'publication time unknown', a.authors.length ? ` · ${a.authors.join(', ')}` : '', url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : null),
        body(a, shared.filter((s) => s.articleId === a.id)),
      ),
    );
  }
  // Hovering or focusing a passage lights up the same fact in the other sources.
  const light = (group: string | null): void => {
    for (const m of grid.querySelectorAll<HTMLElement>('mark.shared')) m.classList.toggle('lit', group !== null && m.dataset.group === group);
  };
  for (const kind of ['mouseover', 'focusin'] as const) grid.addEventListener(kind, (ev) => light((ev.target as HTMLElement).closest<HTMLElement>('mark.shared')?.dataset.group ?? null));
  return grid;
}

/** The article's paragraphs as text, with shared passages wrapped in <mark> by offsets, and a live page's entries under their stamps. */
function body(article: Article, passages: SharedPassage[]): HTMLElement {
  const out = h('div', { class: 'body' });
  let offset = 0;
  for (const paragraph of article.body.split('\n\n')) {
    const start = offset;
    const end = start + paragraph.length;
    offset = end + 2;
    const entry = article.liveEntries?.find((x) => x.start === start);
    if (entry) out.append(h('p', { class: 'entry-time' }, h('time', entry.time ? { datetime: entry.time, title: entry.time } : {}, entry.stamp)));
    const p = h('p');
    let at = start;
    for (const s of passages.filter((x) => x.start < end && x.end > start)) {
      const from = Math.max(s.start, at);
      const to = Math.min(s.end, end);
      if (from < at || to <= from) continue;
      p.append(article.body.slice(at, from), h('mark', { class: `shared g${s.group % 6}`, 'data-group': String(s.group), tabindex: 0, title: 'also in another source' }, article.body.slice(from, to)));
      at = to;
    }
    p.append(article.body.slice(at, end));
    out.append(p);
  }
  return out;
}

/**
 * A count of outlets as a badge ("3×") for the eye, and in words for a screen reader, which reads "3×"
 * as "3 multiplication sign" and a title not at all: "stated by 3 independent outlets:".
 */
function countBadge(count: number, verb: string): Child[] {
  const words = `${verb} ${plural(count, 'independent outlet')}`;
  return [h('span', { class: `badge corroboration c${Math.min(count, 3)}`, title: words, 'aria-hidden': 'true' }, `${count}×`), h('span', { class: 'visually-hidden' }, `${words}:`)];
}
