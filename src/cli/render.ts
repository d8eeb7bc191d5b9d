/** Human-readable renderings of events and articles for the terminal. */
import { shownEventRole, shownRole } from '../model/participant-part.js';
import { basename } from 'node:path';
import { noEventReason } from '../cluster/no-event.js';
import { indicatorsOfArticle } from '../consolidate/indicators.js';
import type { Article, Casualties, Message, NewsEvent, SanctionCount, SourceRef } from '../model/types.js';
import type { EventChange } from '../store/store.js';
import { table, wrap } from './format.js';
import { SUMMARY_ORGANIZATIONS } from '../model/event-summary.js';
import { seaLabel } from '../model/sea-label.js';

export function eventsTable(events: readonly NewsEvent[]): string {
  return table(
    ['ID', 'DATE', 'PLACE', 'SOURCES', 'BODIES', 'TITLE'],
    events.map((e) => [e.id, e.date ?? '?', e.location ? (e.location.sea ? `at sea: ${seaLabel(e.location.sea)}` : `${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}`) : '', `${e.articles.length}/${e.outlets}`, bodiesCell(e), e.title]),
  );
}

/**
 * The figures the reports give, and only those: "? killed" read as though a death toll were awaited,
 * where most reports of an injury simply have no deaths to count.
 */
export function casualtyFigures(casualties: Casualties): string {
  const parts: string[] = [];
  if (casualties.killed !== null) parts.push(`${casualties.killed} killed`);
  if (casualties.injured !== null) parts.push(`${casualties.injured} injured`);
  // Deaths from an illness are no one's killing, and a running total: its figure with the day it was told.
  if (casualties.died != null) parts.push(`${casualties.died} died of illness${casualties.diedAsOf ? ` (running total as of ${casualties.diedAsOf})` : ''}`);
  // The missing are no toll: most may be the dead not yet found, some found alive.
  if (casualties.missing != null) parts.push(`${casualties.missing} missing`);
  return parts.join(', ') || 'no figures given';
}

/** The event's best-corroborated bodies, each by its acronym where it has one: a table cell has little room. */
function bodiesCell(event: NewsEvent): string {
  return (event.organizations ?? [])
    .slice(0, SUMMARY_ORGANIZATIONS)
    .map((o) => o.aliases.find((a) => /^\p{Lu}{2,6}$/u.test(a)) ?? o.name)
    .join(', ');
}

/** An article stored without an event says why where its event would be ("none: opinion column"). */
function eventlessCell(article: Article): string {
  const reason = noEventReason(article.warnings);
  return reason ? `none: ${reason}` : '';
}

export function articlesTable(articles: readonly Article[]): string {
  return table(
    ['ID', 'PUBLISHED', 'OUTLET', 'EVENT', 'WARN', 'HEADLINE'],
    articles.map((a) => [a.id, (a.publishedAt ?? '?').slice(0, 16), a.outlet ?? a.agency ?? '', a.eventId ?? eventlessCell(a), String(a.warnings.filter((w) => w.severity !== 'info').length), a.headline ?? '(no headline)']),
  );
}

export function renderEvent(event: NewsEvent, articles: readonly Article[], history: readonly EventChange[] = []): string {
  const out: string[] = [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const label = (id: string): string => {
    const a = byId.get(id);
    return a ? `${a.outlet ?? a.agency ?? siteOf(a.source.url) ?? basename(a.source.file ?? a.source.url ?? id)}` : id;
  };
  // One outlet's several reports are named once, with how many: listed once per report, two reports
  // of one paper read as two outlets standing behind a figure or a fact.
  const labels = (ids: readonly string[]): string => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(label(id), (counts.get(label(id)) ?? 0) + 1);
    return [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ');
  };
  out.push(event.title, '='.repeat(Math.min(event.title.length, 100)));
  out.push(`id:        ${event.id}`);
  out.push(`date:      ${event.date ?? 'unknown'}${event.dateAnchoring ? ` (${event.dateAnchoring})` : ''}`);
  // At sea: the sea first, the town the reports name as what it is, a reference point (sea-area.ts).
  if (event.location?.sea) out.push(`place:     at sea: ${seaLabel(event.location.sea)} (reference point: ${event.location.name}${event.location.country ? `, ${event.location.country}` : ''})`);
  else if (event.location) out.push(`place:     ${event.location.name}${event.location.country ? `, ${event.location.country}` : ''}${event.location.inferred ? " (a guess: the outlet's home city)" : ''}`);
  // Said, not left out: an event with no place (statements from several capitals on a vote abroad) is
  // not a place the page forgot to print (docs/entities.md, "Where an event happened").
  else out.push('place:     none named (the reports place the event nowhere)');
  out.push(`sources:   ${event.articles.length} article(s) from ${event.outlets} independent source(s)`);
  // The figures weigh the reports (most given, deaths the highest): other figures are under discrepancies.
  if (event.casualties) {
    const moved = event.discrepancies.filter((d) => d.about === 'killed' || d.about === 'injured' || d.about === 'died' || d.about === 'missing');
    // Figures that only rose as the count came in are the latest, not a dispute.
    const note = moved.length === 0 ? '' : moved.every((d) => d.revised) ? ' (revised as reports came in: see discrepancies)' : ' (reports differ: see discrepancies)';
    out.push(`casualties: ${casualtyFigures(event.casualties)}${note}`);
  }
  // A ship's crew held or missing: neither killed nor hurt, so a line of its own.
  if (event.crew) {
    const disputed = event.discrepancies.some((d) => d.about.startsWith('crew '));
    const parts = [event.crew.held !== null && `${event.crew.held} held hostage`, event.crew.missing !== null && `${event.crew.missing} missing`].filter(Boolean);
    out.push(`crew:      ${parts.join(', ')}${disputed ? ' (reports differ: see discrepancies)' : ''}`);
  }
  if (event.vulnerabilities?.length) out.push(`cves:      ${event.vulnerabilities.map((v) => `${v.cve} (${v.corroboration} outlet${v.corroboration === 1 ? '' : 's'}: ${labels(v.sources)})`).join('; ')}`);
  // Refanged, so a reader can paste them into a blocklist; the reports that give them in brackets.
  if (event.indicators?.length) out.push(`indicators: ${event.indicators.map((i) => `${i.type} ${i.value} [${labels(i.sources)}]`).join('; ')}`);
  if (event.threatActors?.length) out.push(`actors:    ${event.threatActors.map((t) => `${t.name}${t.country ? ` (${t.country})` : ''}${t.aliases.length ? ` [as ${t.aliases.join(', ')}]` : ''}${t.partOf?.length ? ` (a unit of ${t.partOf.join(', ')})` : ''}${t.suspected ? ' (suspected)' : ''}`).join('; ')}`);
  // Who claimed the act in its own words, apart from whom a government blames (consolidate/claimed-by.ts).
  if (event.claimedBy?.length) out.push(`claimed by: ${event.claimedBy.map((c) => `${c.name}${c.country ? ` (${c.country})` : ''} [${labels(c.sources)}]`).join('; ')}`);
  if (event.themes.length) out.push(`themes:    ${event.themes.join(', ')}`);
  out.push('', 'Summary', wrap(event.summary, 100, '  '));
  if (event.participants.length) {
    out.push('', 'Participants');
    for (const p of event.participants) {
      // A role not every source states is shown with those that do: the others only carry it.
      const job = shownRole(p);
      const carried = job && p.roleSources && p.roleSources.length < p.sources.length;
      const role = carried ? `${job} (as ${labels(p.roleSources!)} state${p.roleSources!.length === 1 ? 's' : ''})` : job;
      const details = [role, p.organization, p.country && (p.countryInferred ? `${p.country} (inferred)` : p.country)].filter(Boolean).join(' | ');
      // What the person is in the event (detained, killed...), after the job, unless the role already says it.
      const eventRole = shownEventRole(p);
      const part = eventRole ? `${details ? '; ' : ': '}${eventRole}${p.eventRoleSources && p.eventRoleSources.length < p.sources.length ? ` (as ${labels(p.eventRoleSources)} state${p.eventRoleSources.length === 1 ? 's' : ''})` : ''}` : '';
      out.push(`  - ${p.name}${p.aliases.length ? ` (also ${p.aliases.join(', ')})` : ''}${details ? `: ${details}` : ''}${part}  [${labels(p.sources)}]`);
    }
  }
  if (event.organizations?.length) {
    out.push('', 'Organizations');
    for (const o of event.organizations) {
      // A body a sanctions act named: "sanctioned", with the reports telling it where not every one does.
      const sanctioned = o.sanctioned?.length ? ` | sanctioned${o.sanctioned.length < o.sources.length ? ` (as ${labels(o.sanctioned)} state${o.sanctioned.length === 1 ? 's' : ''})` : ''}` : '';
      out.push(`  - ${o.name}${o.aliases.length ? ` (also ${o.aliases.join(', ')})` : ''}${o.country ? `: ${o.country}` : ''}${sanctioned}  [${labels(o.sources)}; ${o.corroboration} outlet${o.corroboration === 1 ? '' : 's'}]`);
    }
  }
  // Ships are no participants: each with its flag and IMO number where a report states them.
  if (event.vessels?.length) {
    out.push('', 'Vessels');
    for (const v of event.vessels) {
      const details = [v.flag && `flag ${v.flag}`, v.imo && `IMO ${v.imo}`].filter(Boolean).join(' | ');
      out.push(`  - ${v.name}${v.aliases.length ? ` (also ${v.aliases.join(', ')})` : ''}${details ? `: ${details}` : ''}  [${labels(v.sources)}; ${v.corroboration} outlet${v.corroboration === 1 ? '' : 's'}]`);
    }
  }
  // How many a sanctions act targeted, as each report counts them (names or not): a differing count stands apart.
  if (event.sanctionCounts?.length) {
    out.push('', 'Sanctions targets counted');
    for (const c of event.sanctionCounts) out.push(wrap(`${countedTargets(c)}: "${c.text}"  [${labels(c.sources)}]`, 100, '  '));
  }
  if (event.facts.length) {
    out.push('', 'Facts (corroboration)');
    for (const f of event.facts.slice(0, 12)) out.push(wrap(`[${f.corroboration}] ${f.text}  (${labels(f.sources)}${f.firstReported ? `, first reported ${utcMinute(f.firstReported)}` : ''})`, 100, '  '));
    if (event.facts.length > 12) out.push(`  ... ${event.facts.length - 12} more (use --json)`);
  }
  if (event.discrepancies.length) {
    out.push('', 'Where sources differ');
    // A toll revised as the count came in reads in order, with when each figure was first given.
    for (const d of event.discrepancies) {
      if (d.revised) out.push(`  - ${d.about}, revised as reports came in: ${d.variants.map((v) => `"${v.value}" (${labels(v.sources)}${v.firstReported ? `, from ${utcMinute(v.firstReported)}` : ''})`).join(' then ')}`);
      // A preliminary count the final counts replaced, then the finals that still differ: "then" after it,
      // "vs" between them; a figure a side gives is shown with who gives it, as the reports credit it ("says Chea Sokha").
      else out.push(`  - ${d.about}: ${d.variants.map((v, i) => `${i === 0 ? '' : d.variants[i - 1]!.preliminary ? ' then ' : ' vs '}"${v.value}" (${labels(v.sources)}${v.preliminary ? ', preliminary count' : ''}${v.claimedBy?.length ? `; says ${v.claimedBy.join(', ')}` : ''})`).join('')}`);
    }
  }
  if (event.related.length) {
    out.push('', 'Earlier events referred to');
    for (const r of event.related) out.push(`  - ${r.date}: ${r.description}${r.eventId ? ` -> ${r.eventId}` : ''}`);
  }
  if (history.length) {
    out.push('', 'History');
    for (const c of history) {
      const moved = c.articles === undefined ? '' : ` (${c.articles} article(s) moved)`;
      const what = c.kind === 'merged-in' ? `event ${c.eventId} merged into this one` : c.kind === 'split-off' ? `a second story split off to ${c.eventId}${moved}` : `split from ${c.eventId}, which held two stories${moved}`;
      out.push(`  - ${c.at.slice(0, 10)}: ${what}`);
    }
  }
  out.push('', 'Articles');
  for (const id of event.articles) {
    const a = byId.get(id);
    out.push(`  - ${id}  ${a?.publishedAt ?? ''}  ${label(id)}: ${a?.headline ?? ''}`);
  }
  return out.join('\n');
}

export function renderMessages(messages: readonly Message[]): string {
  return messages.map((m) => `${m.severity} [${m.stage}/${m.rule}] ${m.message}`).join('\n');
}

/**
 * Where the article came from, all of it: the line of a JSON Lines file (a file holds many records)
 * and the page's address beside the file it was saved in.
 */
export function sourceLine(source: SourceRef): string {
  const file = source.file ? `${source.file}${source.line ? `:${source.line}` : ''}` : '';
  const parts = [file, source.url && source.url !== source.file ? source.url : '', source.id ? `#${source.id}` : ''].filter((p) => p !== '');
  return parts.join('  ') || '-';
}

export function renderArticle(article: Article): string {
  const out = [
    article.headline ?? '(no headline)',
    `id:         ${article.id}`,
    `source:     ${sourceLine(article.source)}`,
    `outlet:     ${article.outlet ?? '-'}    agency: ${article.agency ?? '-'}`,
    `authors:    ${article.authors.join(', ') || '-'}`,
    `published:  ${article.publishedAt ?? '-'}    language: ${article.language ?? '-'}`,
    `event date: ${article.eventDate ? `${article.eventDate.value} (${article.eventDate.anchoring}${article.eventDate.caption ? ' in a photo caption' : ''}, "${article.eventDate.text}")` : '-'}`,
    `place:      ${article.place ? `${article.place.name}${article.place.country ? `, ${article.place.country}` : ''}` : '-'}${article.seaArea ? `    at sea: ${seaLabel(article.seaArea)}` : ''}`,
    `themes:     ${article.themes.join(', ') || '-'}`,
  ];
  if (article.casualties) out.push(`casualties: ${casualtyFigures(article.casualties)}`);
  // The indicators of compromise this report gives (its event lists those of all its reports).
  const indicators = indicatorsOfArticle(article);
  if (indicators.length) out.push(`indicators: ${indicators.map((i) => `${i.type} ${i.value}`).join('; ')}`);
  if (article.liveEntries?.length) out.push(`live page:  ${article.liveEntries.length} entries, ${article.liveEntries.map((e) => e.stamp).join(', ')}`);
  // Stored articles only: `extract` stores nothing and has no event.
  if (article.eventId) out.push(`event:      ${article.eventId}`);
  else if (noEventReason(article.warnings)) out.push(`event:      none (${noEventReason(article.warnings)}: stored as an article alone)`);
  if (article.people.length) {
    out.push('people:');
    for (const p of article.people) out.push(`  - ${p.name}${p.variants.length ? ` (${p.variants.join(', ')})` : ''}: ${[p.role, p.organization, p.country && (p.countryInferred ? `${p.country} (inferred)` : p.country)].filter(Boolean).join(' | ') || '-'}${p.caption ? ' [only in a photo caption]' : p.inEvent ? '' : ' [not in this event]'}`);
  }
  if (article.captions.length) out.push('captions:', ...article.captions.map((c) => wrap(c, 100, '  ')));
  out.push('', ...article.body.split('\n\n').map((p) => wrap(p, 100)).join('\n\n').split('\n'));
  const warnings = article.warnings.filter((w) => w.severity !== 'info');
  if (warnings.length) out.push('', 'warnings:', renderMessages(warnings));
  return out.join('\n');
}

/** The site of an address ("ohioledger.example"): a better name for an outlet than the file it came in. */
function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\d*\./, '') || null;
  } catch {
    return null;
  }
}

/** A UTC time as the CLI prints it: "2026-11-14 14:20 UTC". */
function utcMinute(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** "2 people and 1 body" from a sanctions count. */
function countedTargets(c: SanctionCount): string {
  const parts = [c.people !== null ? `${c.people} ${c.people === 1 ? 'person' : 'people'}` : '', c.bodies !== null ? `${c.bodies} ${c.bodies === 1 ? 'body' : 'bodies'}` : ''].filter(Boolean);
  return parts.join(' and ');
}
