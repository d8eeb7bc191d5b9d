/**
 * STIX 2.1 export: threat-intelligence platforms (OpenCTI, MISP's STIX import, a TAXII server) take a
 * bundle, not our JSON. Each event is a `report` whose `object_refs` name the place (`location`), the
 * people and bodies (`identity`), the named groups (`intrusion-set`), the CVEs (`vulnerability`) and the
 * indicators of compromise (`indicator`) its reports name; a group's country is `originates-from`, a
 * group and a CVE one report names together `targets`, an indicator and a group one report names
 * together `indicates`; facts and discrepancies are `note`s on the report, with their sources and how many
 * outlets tell them; a country tied to a person or body is a `located-at` relationship; an
 * earlier event the record links to is a `related-to` relationship between the two reports. The news
 * articles behind the report are its external references (outlet, headline, address, and the article
 * id that the notes' sources name), as threat-intelligence platforms show a report's sources.
 *
 * Ids are UUIDv5 of what an object stands for (a person's name and country, a CVE id, the event id), so
 * exporting again, or exporting two stores that name the same actor, gives the same ids and a platform
 * merges rather than duplicates. An object events share (a place, a person, a body, an actor, a CVE, a
 * country and the located-at ties to it) is written once per bundle, after the reports, with what
 * every event of the bundle says of it (a person's roles in each) and the times the reports first and
 * last named it (`created`, `modified`): the same object whichever event came first, and the same
 * times whenever and into whichever store the articles were ingested. The bundle's id is a UUIDv5 of
 * what it holds, written after its objects, so two exports of one store are the same bytes. The
 * writer keeps the shared objects until the end, so each export needs a fresh one (`stixWriter()`).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { knownBodyOf } from '../enrich/entities/bodies-in-languages.js';
import { creditOf, type ExportedEvent, type SourceArticle } from '../model/source-article.js';
import type { IndicatorRef } from '../model/types.js';
import { victimsOf } from './stix-victims.js';
import type { ExportWriter } from './index.js';

/** Our namespace for UUIDv5 ids (made for Triangulate; any fixed UUID would do, this one must never change). */
const NAMESPACE = '6f1d2c4e-8b3a-4f57-9e21-3c5a7d9b0e48';

/** A STIX object as written: the common properties plus the type's own. */
type StixObject = { type: string; id: string } & Record<string, unknown>;

const require = createRequire(import.meta.url);
const COUNTRY_NAMES = new Map((require('world-countries') as { cca2: string; name: { common: string } }[]).map((c) => [c.cca2, c.name.common]));

/** RFC 4122 version 5 (SHA-1, name-based): the same name always gives the same UUID. */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * STIX forbids a property present with no value (null, an empty list or string): such properties are
 * left out, so a record's unknowns (no date, no sources) never make an invalid object.
 */
function compact(object: StixObject): StixObject {
  for (const [key, value] of Object.entries(object)) {
    if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) delete object[key];
  }
  return object;
}

function stixId(type: string, key: string): string {
  return `${type}--${uuidV5(`${type}:${key}`)}`;
}

/**
 * STIX timestamps are UTC with a "Z" and whole seconds at least; ours may carry an offset or
 * milliseconds. A value that does not parse falls back to `fallback` rather than writing an invalid bundle.
 */
export function stixTimestamp(value: string | null | undefined, fallback: string): string {
  if (!value) return fallback;
  const day = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  const ms = day ? Date.UTC(Number(day[1]), Number(day[2] ?? '1') - 1, Number(day[3] ?? '1')) : Date.parse(value);
  return Number.isNaN(ms) ? fallback : new Date(ms).toISOString();
}

/**
 * When the event's reports first and last came out: its articles' publication times, else its date,
 * else the record's last change. Shared objects are stamped with them rather than with the record's
 * own time, which is the clock of the ingest that wrote it.
 */
export function reportedSpan(event: ExportedEvent): { first: string; last: string } {
  return reportedSpanOf(event).span;
}

/** reportedSpan, saying whether it is only the record's last change: no article's time and no event day. */
function reportedSpanOf(event: ExportedEvent): { span: { first: string; last: string }; written: boolean } {
  const stamp = stixTimestamp(event.updatedAt, new Date(0).toISOString());
  const fallback = stixTimestamp(event.date, stamp);
  const times = (event.sourceArticles ?? []).map((a) => stixTimestamp(a.publishedAt, '')).filter(Boolean).sort();
  return { span: { first: times[0] ?? fallback, last: times[times.length - 1] ?? fallback }, written: times.length === 0 && fallback === stamp };
}

/**
 * Whether an event's shared objects can be stamped only with the clock of the ingest that wrote it (no
 * article of it has a time, and it has no day): such stamps say when the store was filled, not when the
 * reports named the object, and would make an object's `modified` differ between two stores holding
 * the same articles. They count only where no dated event names the object.
 */
export function stampedByRecordOnly(event: ExportedEvent): boolean {
  return reportedSpanOf(event).written;
}

/** The one country the export's events give a person or body of this name, if exactly one. */
export type CountryOf = (kind: 'individual' | 'organization', name: string) => string | null;

/**
 * The countries the events give each person and body, so that one an event names without a country
 * is the same identity as where another event gives it one: "Central Election Commission" in a
 * reaction story and "Central Election Commission (KG)" in the vote's are one body, not two. A name
 * given two countries is two identities (two ministers of the same name), and its countryless
 * mentions stay a third, since which one they mean is not known.
 */
export function countryScan(): { scan(event: ExportedEvent): void; countryOf: CountryOf } {
  const countries = new Map<string, Set<string>>();
  const note = (key: string, code: string | null | undefined): void => {
    if (!code) return;
    const known = countries.get(key);
    if (known) known.add(code);
    else countries.set(key, new Set([code]));
  };
  return {
    scan(event) {
      for (const p of event.participants) note(`individual:${p.name}`, p.country);
      for (const o of event.organizations ?? []) note(`organization:${knownBodyOf(o.name) ?? o.name}`, o.country);
    },
    countryOf(kind, name) {
      const known = countries.get(`${kind}:${name}`);
      return known && known.size === 1 ? [...known][0]! : null;
    },
  };
}

/** Relationships between objects several events may name: each written once, whichever events tell it. */
const SHARED_RELATIONSHIPS = new Set(['located-at', 'originates-from', 'indicates', 'targets']);

/** Objects that stand for something several events may name, rather than for part of one event's record. */
export function isShared(object: StixObject): boolean {
  return (
    ['location', 'identity', 'intrusion-set', 'vulnerability', 'indicator', 'infrastructure'].includes(object.type) ||
    (object.type === 'relationship' && (SHARED_RELATIONSHIPS.has(String(object.relationship_type)) || String(object.source_ref).startsWith('intrusion-set--')))
  );
}

/**
 * What one event adds to the bundle, shared objects included, stamped with the event's reported span
 * (the writer merges them across events, see stixWriter).
 */
export function stixObjects(event: ExportedEvent, countryOf: CountryOf = () => null): StixObject[] {
  const stamp = stixTimestamp(event.updatedAt, new Date(0).toISOString());
  const common = { spec_version: '2.1', created: stamp, modified: stamp };
  const span = reportedSpan(event);
  const shared = { spec_version: '2.1', created: span.first, modified: span.last };
  const reportId = stixId('report', event.id);
  const objects: StixObject[] = [];
  const refs: string[] = [];
  const add = (object: StixObject): string => {
    objects.push(compact(object));
    refs.push(object.id);
    return object.id;
  };
  const country = (code: string): string =>
    add({ type: 'location', id: stixId('location', `country:${code}`), ...shared, name: COUNTRY_NAMES.get(code) ?? code, country: code });
  const locatedAt = (source: string, code: string | null): void => {
    if (!code) return;
    const target = country(code);
    add({ type: 'relationship', id: stixId('relationship', `${source}|located-at|${target}`), ...shared, relationship_type: 'located-at', source_ref: source, target_ref: target });
  };

  const place = event.location;
  // A location needs a country, a region or both coordinates: a bare name is not one.
  if (place && (place.country || (place.lat != null && place.lon != null))) {
    add({
      type: 'location',
      // A place named as its country is (Djibouti, Singapore, Kuwait) is one location with that country's,
      // not a second object of the same name beside the one participants' countries point to.
      id: place.country && COUNTRY_NAMES.get(place.country) === place.name ? stixId('location', `country:${place.country}`) : stixId('location', `place:${place.name}|${place.country ?? ''}|${place.lat ?? ''}|${place.lon ?? ''}`),
      ...shared,
      name: place.name,
      ...(place.country ? { country: place.country } : {}),
      ...(place.lat != null && place.lon != null ? { latitude: place.lat, longitude: place.lon, precision: 1000 } : {}),
      ...(place.inferred ? { x_triangulate_inferred: true } : {}),
    });
  }
  for (const p of event.participants) {
    const code = p.country ?? countryOf('individual', p.name);
    const id = add({
      type: 'identity',
      id: stixId('identity', `individual:${p.name}|${code ?? ''}`),
      ...shared,
      name: p.name,
      identity_class: 'individual',
      ...(p.role ? { roles: [p.role] } : {}),
      ...(p.organization ? { description: p.role ? `${p.role}, ${p.organization}` : p.organization } : {}),
    });
    locatedAt(id, code);
  }
  const bodies = new Map<string, string>();
  for (const o of event.organizations ?? []) {
    const code = o.country ?? countryOf('organization', knownBodyOf(o.name) ?? o.name);
    // A listed body is one identity under its first name, whichever name an event gave it ("EASA" in one,
    // "European Union Aviation Safety Agency" in another were two identities).
    const name = knownBodyOf(o.name) ?? o.name;
    const id = add({ type: 'identity', id: stixId('identity', `organization:${name}|${code ?? ''}`), ...shared, name, identity_class: 'organization' });
    bodies.set(o.name, id);
    locatedAt(id, code);
  }
  const relate = (source: string, type: string, target: string): void => {
    add({ type: 'relationship', id: stixId('relationship', `${source}|${type}|${target}`), ...shared, relationship_type: type, source_ref: source, target_ref: target });
  };
  // A named group (Lazarus Group, APT38) is what STIX 2.1 and OpenCTI call an intrusion set; the
  // country it is attributed to is where it originates from (STIX defines no located-at for one).
  const groups: { id: string; sources: readonly string[] }[] = [];
  for (const a of event.threatActors ?? []) {
    const id = add({ type: 'intrusion-set', id: stixId('intrusion-set', a.name), ...shared, name: a.name, ...(a.aliases.length > 0 ? { aliases: a.aliases } : {}) });
    groups.push({ id, sources: a.sources });
    if (a.country) relate(id, 'originates-from', country(a.country));
  }
  // A unit of a larger group ("TraderTraitor, a unit of the wider Lazarus Group"): STIX 2.1 defines no
  // relationship from an intrusion set to another but the common related-to (derived-from is for
  // content derived from other content, duplicate-of for one group recorded twice), so the tie is a
  // related-to whose description and x_triangulate_relation say which way it runs.
  for (const a of event.threatActors ?? []) {
    for (const parent of a.partOf ?? []) {
      const [source, target] = [stixId('intrusion-set', a.name), stixId('intrusion-set', parent)];
      if (!(event.threatActors ?? []).some((t) => t.name === parent)) add({ type: 'intrusion-set', id: target, ...shared, name: parent });
      add({
        type: 'relationship', id: stixId('relationship', `${source}|related-to|${target}`), ...shared,
        relationship_type: 'related-to', source_ref: source, target_ref: target,
        description: `${a.name} is a unit of ${parent}`, x_triangulate_relation: 'unit-of',
      });
    }
  }
  /** The groups a report names that also gives `sources`' object: what ties the two is the same report. */
  const groupsOf = (sources: readonly string[]): string[] => groups.filter((g) => g.sources.some((s) => sources.includes(s))).map((g) => g.id);
  for (const v of event.vulnerabilities ?? []) {
    const id = add({ type: 'vulnerability', id: stixId('vulnerability', v.cve), ...shared, name: v.cve, external_references: [{ source_name: 'cve', external_id: v.cve }] });
    // A group and a flaw one report names together: the group exploits it (STIX 2.1's intrusion-set targets vulnerability).
    for (const group of groupsOf(v.sources)) relate(group, 'targets', id);
  }
  // A body a report tells as hit or robbed, and a group the same report names: the group targets it.
  for (const [name, sources] of victimsOf(event)) {
    const body = bodies.get(name);
    if (body) for (const group of groupsOf(sources)) relate(group, 'targets', body);
  }
  const published = new Map((event.sourceArticles ?? []).map((a) => [a.id, stixTimestamp(a.publishedAt, '')]));
  for (const i of event.indicators ?? []) {
    // Valid from when the first report that gives it came out, else from the event's first report.
    const validFrom = i.sources.map((s) => published.get(s) ?? '').filter(Boolean).sort()[0] ?? span.first;
    const id = add({
      type: 'indicator', id: stixId('indicator', `${i.type}:${i.value}`), ...shared,
      name: i.value, pattern: stixPattern(i), pattern_type: 'stix', pattern_version: '2.1', valid_from: validFrom,
    });
    for (const group of groupsOf(i.sources)) relate(id, 'indicates', group);
  }

  // A ship: STIX 2.1 has no vessel type, and its `infrastructure` (physical resources that serve a
  // purpose) is the nearest; one object per IMO number, else per name, whichever events name it.
  for (const v of event.vessels ?? []) {
    add({
      type: 'infrastructure', id: stixId('infrastructure', v.imo ? `imo:${v.imo}` : `vessel:${v.name}`), ...shared,
      name: v.name, infrastructure_types: ['unknown'],
      ...(v.aliases.length > 0 ? { aliases: v.aliases } : {}),
      ...(v.imo ? { external_references: [{ source_name: 'imo', external_id: v.imo }] } : {}),
      x_triangulate_kind: 'vessel',
      ...(v.flag ? { x_triangulate_flag: v.flag } : {}),
    });
  }

  const cyber = (event.threatActors?.length ?? 0) > 0 || (event.vulnerabilities?.length ?? 0) > 0 || event.themes.includes('cyber');
  const notes: StixObject[] = [];
  event.facts.forEach((fact, i) => {
    notes.push({
      type: 'note', id: stixId('note', `${event.id}|fact|${i}|${fact.text}`), ...common,
      content: fact.text, object_refs: [reportId], labels: ['fact'],
      x_triangulate_sources: fact.sources, x_triangulate_corroboration: fact.corroboration,
    });
  });
  event.discrepancies.forEach((d, i) => {
    const content = `Reports differ on ${aboutLabel(d.about)}: ${d.variants.map((v, i) => `${i === 0 ? '' : d.revised || d.variants[i - 1]!.preliminary ? ', then ' : ' vs '}${v.value} (${v.preliminary ? 'preliminary, ' : ''}${v.sources.length} ${v.sources.length === 1 ? 'report' : 'reports'})`).join('')}`;
    notes.push({
      type: 'note', id: stixId('note', `${event.id}|discrepancy|${i}|${content}`), ...common,
      abstract: `Discrepancy: ${aboutLabel(d.about)}`, content, object_refs: [reportId], labels: ['discrepancy'],
      x_triangulate_variants: d.variants.map((v) => ({ value: v.value, sources: v.sources })),
    });
  });
  for (const r of event.related) {
    if (!r.eventId) continue;
    const target = stixId('report', r.eventId);
    add({ type: 'relationship', id: stixId('relationship', `${reportId}|related-to|${target}`), ...common, relationship_type: 'related-to', source_ref: reportId, target_ref: target, description: r.description });
  }
  // A report must refer to at least one object: one that names nothing refers to its facts, or to a note of its summary.
  if (refs.length === 0 && notes.length === 0) {
    notes.push({ type: 'note', id: stixId('note', `${event.id}|summary`), ...common, content: event.summary || event.title, object_refs: [reportId], labels: ['summary'] });
  }
  const objectRefs = [...new Set(refs)];
  if (objectRefs.length === 0) objectRefs.push(...notes.map((n) => n.id));

  const report: StixObject = {
    type: 'report',
    id: reportId,
    ...common,
    name: event.title,
    ...(event.summary ? { description: event.summary } : {}),
    ...reportPublished(event, stamp),
    ...(cyber ? { report_types: ['threat-report'] } : {}),
    ...(event.themes.length > 0 ? { labels: event.themes } : {}),
    object_refs: objectRefs,
    external_references: [{ source_name: 'triangulate', external_id: event.id }, ...(event.sourceArticles ?? []).map(articleReference)],
    x_triangulate_event_date: event.date,
    x_triangulate_date_anchoring: event.dateAnchoring,
    x_triangulate_outlets: event.outlets,
    x_triangulate_articles: event.articles,
    ...(event.casualties ? { x_triangulate_casualties: event.casualties } : {}),
  };
  return [compact(report), ...objects, ...notes.map(compact)];
}

/** The STIX patterning of each kind of indicator: the object and property a platform matches on. */
const PATTERN_PATH: Readonly<Record<IndicatorRef['type'], string>> = {
  sha256: "file:hashes.'SHA-256'",
  sha1: "file:hashes.'SHA-1'",
  md5: 'file:hashes.MD5',
  domain: 'domain-name:value',
  url: 'url:value',
  ipv4: 'ipv4-addr:value',
  ipv6: 'ipv6-addr:value',
};

/** "[domain-name:value = 'evil.com']": a string constant escapes its quotes and backslashes. */
export function stixPattern(indicator: Pick<IndicatorRef, 'type' | 'value'>): string {
  return `[${PATTERN_PATH[indicator.type]} = '${indicator.value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** Where a report's `published` came from, told in `x_triangulate_published_from`. */
export type PublishedFrom = 'event-date' | 'earliest-report' | 'record-written';

/**
 * STIX's report has no event date: `published` carries the day the event happened where the record
 * has one (its clock time unknown, so midnight UTC). An undated event takes its earliest report's
 * publication: the record's last change is the clock of the ingest that wrote it, which tools read as
 * the event's time. Only where no report gives a time is that change taken, and marked so.
 */
export function reportPublished(event: ExportedEvent, stamp: string): { published: string; x_triangulate_published_from: PublishedFrom } {
  const day = event.date ? stixTimestamp(event.date, '') : '';
  if (day) return { published: day, x_triangulate_published_from: 'event-date' };
  const earliest = (event.sourceArticles ?? []).map((a) => stixTimestamp(a.publishedAt, '')).filter(Boolean).sort()[0];
  if (earliest) return { published: earliest, x_triangulate_published_from: 'earliest-report' };
  return { published: stamp, x_triangulate_published_from: 'record-written' };
}

/**
 * An article as an external reference: STIX wants a source name and one of a description, an address or
 * an id. The address goes in only when it is a web address (a record's `url` is whatever its input said).
 */
function articleReference(article: SourceArticle): Record<string, string> {
  const url = article.url && /^https?:\/\/\S+$/i.test(article.url) ? article.url : null;
  return {
    source_name: creditOf(article) ?? 'news article',
    ...(article.headline ? { description: article.headline } : {}),
    ...(url ? { url } : {}),
    external_id: article.id,
  };
}

/**
 * Sorted, each value once whatever its case: two events giving "Chief executive" and "chief executive"
 * give one role (the form that sorts first, the capitalised one).
 */
export function onceEach(values: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const v of [...values].sort()) if (!byKey.has(v.toLowerCase())) byKey.set(v.toLowerCase(), v);
  return [...byKey.values()];
}

/**
 * One shared object as the whole bundle tells it: the earliest `created`, the latest `modified`, and
 * the lists events add to (a person's roles and what they were, an actor's aliases), sorted.
 */
function mergeShared(kept: StixObject, next: StixObject): StixObject {
  const merged: StixObject = { ...kept };
  if (String(next.created) < String(kept.created)) merged.created = next.created;
  if (String(next.modified) > String(kept.modified)) merged.modified = next.modified;
  for (const key of ['roles', 'aliases'] as const) {
    const values = onceEach([...((kept[key] as string[] | undefined) ?? []), ...((next[key] as string[] | undefined) ?? [])]);
    if (values.length > 0) merged[key] = values;
  }
  if (typeof next.valid_from === 'string' && next.valid_from < String(kept.valid_from)) merged.valid_from = next.valid_from;
  // A country's location told by one event as a place with coordinates and by another as a participant's
  // country: the coordinates are kept whichever came first.
  if (kept.latitude === undefined && next.latitude !== undefined) Object.assign(merged, { latitude: next.latitude, longitude: next.longitude, precision: next.precision });
  if (kept.description !== next.description && next.description) {
    const parts = new Set([...String(kept.description ?? '').split('; '), String(next.description)].filter(Boolean));
    merged.description = [...parts].sort().join('; ');
  }
  return merged;
}

/** About a page of events' worth of text: the tail's shared objects are written in parts this long. */
const TAIL_PART = 1 << 20;

/**
 * A fresh writer for one bundle. Each event's report and notes are written as it comes; the shared
 * objects are kept, merged, and written at the end in id order. `bundleId`: by default a UUIDv5 of
 * the objects written (tests may give one).
 */
export function stixWriter(bundleId?: string): ExportWriter {
  // The events written, not every object id: an event's own objects (report, notes, related-to links)
  // carry its id in theirs, so only the same event given twice (pages by offset over a store that
  // changed between them) could repeat them. One id an event instead of one an object: exporting
  // 14,376 events, the live heap before the tail went from 53 to 22 MB (bench/export-memory.ts).
  const reported = new Set<string>();
  const shared = new Map<string, StixObject>();
  // Shared objects whose times so far come only from events stamped by their record (stampedByRecordOnly).
  const undated = new Set<string>();
  const countries = countryScan();
  const digest = createHash('sha1');
  let first = true;
  const line = (object: StixObject): string => {
    const text = JSON.stringify(object);
    digest.update(text).update('\n');
    const out = `${first ? '\n' : ',\n'}    ${text}`;
    first = false;
    return out;
  };
  return {
    head: `{\n  "type": "bundle",\n  "objects": [`,
    scan: countries.scan,
    item: (event) => {
      if (reported.has(event.id)) return '';
      reported.add(event.id);
      // An event may name one object twice (two links to one related event): written once.
      const written = new Set<string>();
      const recordOnly = stampedByRecordOnly(event);
      let text = '';
      for (const object of stixObjects(event, countries.countryOf)) {
        if (isShared(object)) {
          const kept = shared.get(object.id);
          if (!kept) {
            shared.set(object.id, object);
            if (recordOnly) undated.add(object.id);
            continue;
          }
          const merged = mergeShared(kept, object);
          // A dated event's times replace those of undated ones; an undated event's never move a dated object's.
          if (undated.has(object.id) && !recordOnly) {
            merged.created = object.created;
            merged.modified = object.modified;
            if (object.valid_from !== undefined) merged.valid_from = object.valid_from;
            undated.delete(object.id);
          } else if (!undated.has(object.id) && recordOnly) {
            merged.created = kept.created;
            merged.modified = kept.modified;
            if (kept.valid_from !== undefined) merged.valid_from = kept.valid_from;
          }
          shared.set(object.id, merged);
          continue;
        }
        if (written.has(object.id)) continue;
        written.add(object.id);
        text += line(object);
      }
      return text;
    },
    *tail() {
      // In parts of about TAIL_PART characters, each object let go once written.
      let text = '';
      for (const id of [...shared.keys()].sort()) {
        text += line(shared.get(id)!);
        shared.delete(id);
        if (text.length >= TAIL_PART) {
          yield text;
          text = '';
        }
      }
      const id = bundleId ?? `bundle--${uuidV5(`bundle:${digest.digest('hex')}`)}`;
      yield `${text}${first ? ']' : '\n  ]'},\n  "id": ${JSON.stringify(id)}\n}\n`;
    },
  };
}

/** A discrepancy's subject in words: `died` is an illness's running toll of deaths, not a killing. */
function aboutLabel(about: string): string {
  return about === 'died' ? 'deaths from illness' : about;
}
