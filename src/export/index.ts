/**
 * Export formats, registered by name. JSON carries everything (with each event's articles as
 * sources, `sourceArticles`, where the export read them: export/stream.ts); JSON Lines one event a line
 * for streaming tools; CSV one row an event for spreadsheets; STIX 2.1 a bundle for threat-intelligence
 * platforms (stix.ts); GeoJSON a point an event for map tools (geojson.ts). Each format is written piece by piece
 * (head, one piece per event, tail) so the HTTP export can stream large results page by page; the
 * whole-text exporters are the same pieces joined, so both give identical bytes.
 */
import { seaLabel } from '../model/sea-label.js';
import { shownEventRole, shownRole } from '../model/participant-part.js';
import { creditOf, type ExportedEvent } from '../model/source-article.js';
import type { Participant } from '../model/types.js';
import { disputedToll } from './disputed-toll.js';
import { geojsonWriter } from './geojson.js';
import { stixWriter } from './stix.js';
import { vesselCells } from './vessel-cells.js';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'stix' | 'geojson';

/** The formats, in the order the CLI and the API list them. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'jsonl', 'csv', 'stix', 'geojson'];

const CSV_COLUMNS: readonly [string, (e: ExportedEvent) => string][] = [
  ['id', (e) => e.id],
  ['date', (e) => e.date ?? ''],
  ['date_anchoring', (e) => e.dateAnchoring ?? ''],
  ['location', (e) => e.location?.name ?? ''],
  ['country', (e) => e.location?.country ?? ''],
  ['title', (e) => e.title],
  ['participants', (e) => namesWithCountries(e.participants)],
  ['themes', (e) => e.themes.join('; ')],
  ['articles', (e) => String(e.articles.length)],
  ['outlets', (e) => String(e.outlets)],
  ['discrepancies', (e) => String(e.discrepancies.length)],
  ['summary', (e) => e.summary],
  // Last, so the columns before it keep their places: "true" where the location is an outlet's home city, a guess.
  ['location_inferred', (e) => (e.location?.inferred ? 'true' : '')],
  // A suspected actor (every report only likens the act to it) is marked so: "Lazarus Group (KP, suspected)".
  ['threat_actors', (e) => (e.threatActors ?? []).map((x) => `${x.name}${x.country || x.suspected ? ` (${[x.country, x.suspected ? 'suspected' : null].filter(Boolean).join(', ')})` : ''}`).join('; ')],
  // Empty where the reports give no figure (not 0: none reported is not none killed).
  ['killed', (e) => (e.casualties?.killed == null ? '' : String(e.casualties.killed))],
  ['injured', (e) => (e.casualties?.injured == null ? '' : String(e.casualties.injured))],
  // Added after the others, so the columns before it keep their places.
  ['cves', (e) => (e.vulnerabilities ?? []).map((v) => v.cve).join('; ')],
  // What the count in `discrepancies` stands for: each point the reports differ on, its values in turn,
  // each with the outlets that give it where the export read them ("40 (Liffey Ledger) vs 45 (Celtic Wire)").
  ['discrepancy_details', (e) => discrepancyDetails(e)],
  // Added last, so the columns before it keep their places: the bodies the reports name, most cited first.
  ['organizations', (e) => namesWithCountries(e.organizations ?? [])],
  // Added after the others: who reported the event and where to read it, so a row can be checked
  // against its sources without the store (the outlets once each, in the order they first reported).
  ['source_outlets', (e) => [...new Set((e.sourceArticles ?? []).map(creditOf).filter((o): o is string => !!o))].join('; ')],
  // Once each: a page stored in two versions (a correction) is one address.
  ['source_urls', (e) => [...new Set((e.sourceArticles ?? []).flatMap((a) => (a.url ? [a.url] : [])))].join('; ')],
  // The facts themselves, one a line in the cell, each with how many outlets tell it and which.
  ['facts', (e) => factLines(e)],
  // Added last, so the columns before it keep their places: where the reports give a toll differently
  // side by side, its figures lowest first ("2; 3"), beside the one `killed` / `injured` settle on;
  // empty where they agree or the toll rose as reports came in (disputed-toll.ts).
  ['killed_disputed', (e) => disputedToll(e, 'killed') ?? ''],
  ['injured_disputed', (e) => disputedToll(e, 'injured') ?? ''],
  // Added last, so the columns before it keep their places: deaths from an illness, never in `killed`;
  // a running total, so with the day of its latest figure; and that day's rival figures, if any.
  ['died', (e) => (e.casualties?.died == null ? '' : String(e.casualties.died))],
  ['died_as_of', (e) => e.casualties?.diedAsOf ?? ''],
  ['died_disputed', (e) => disputedToll(e, 'died') ?? ''],
  // Added last, so the columns before it keep their places: the point of the place (the gazetteer's, or
  // the one the text states) for datasets and map tools that read a spreadsheet, and the words the date
  // was read from, so a coder can check the day without opening the reports.
  ['latitude', (e) => (e.location?.lat == null ? '' : String(e.location.lat))],
  ['longitude', (e) => (e.location?.lon == null ? '' : String(e.location.lon))],
  ['date_evidence', (e) => e.dateEvidence ?? ''],
  // Added last, so the columns before it keep their places: the indicators of compromise the reports
  // give, each as its kind and value ("domain evil.example; ipv4 203.0.113.9"), in the order first given.
  ['indicators', (e) => (e.indicators ?? []).map((i) => `${i.type} ${i.value}`).join('; ')],
  // Added last, so the columns before it keep their places: the ships, each with its flag and IMO number where stated.
  ['vessels', (e) => vesselCells(e)],
  // Crew held hostage and missing, as most reports count them: empty where none does (not 0).
  ['crew_held', (e) => (e.crew?.held == null ? '' : String(e.crew.held))],
  ['crew_missing', (e) => (e.crew?.missing == null ? '' : String(e.crew.missing))],
  // Added last, so the columns before it keep their places: the people missing (a landslide's, a
  // flood's), never in `killed`; the latest report's count (consolidate/missing-figures.ts).
  ['missing', (e) => (e.casualties?.missing == null ? '' : String(e.casualties.missing))],
  // Added last, so the columns before it keep their places: each participant with what the reports
  // make of them ("Lee Jun-il: director general, Ministry of Foreign Affairs (KR)"), for a coder who
  // reads roles in a spreadsheet; `participants` keeps the names alone.
  ['participant_roles', (e) => participantRoles(e.participants)],
  // The earlier events the reports refer to, with the stored event's id where one answers the mention
  // ("2026-11-03 Arrest of Yevgeny Sorokin [evt_...]"), so a chain of events can be followed in a sheet.
  ['earlier_events', (e) => e.related.map((r) => `${r.date} ${r.description}${r.eventId ? ` [${r.eventId}]` : ''}`).join('; ')],
  // Added last, so the columns before it keep their places: for an event at sea, the sea area ("Gulf of
  // Finland", "about 40 km off Klaipeda"); `location` is then the town named beside it, a reference point.
  ['sea_area', (e) => (e.location?.sea ? seaLabel(e.location.sea) : '')],
  // Added after it, for the same reason: who claimed the act in its own words
  // ("Coastal Brigade (XX)"), apart from `threat_actors`, the actors the reports name (claimed-by.ts).
  ['claimed_by', (e) => namesWithCountries(e.claimedBy ?? [])],
];

/**
 * Excel keeps at most 32,767 characters in a cell and cuts the rest without a word: the facts stop
 * short of it, saying how many were left out (the JSON export has them all).
 */
const CELL_LIMIT = 32_000;

/** "[3] The hospital diverted patients. (Liffey Ledger; Celtic Wire)", a line a fact, best corroborated first as the record keeps them. */
export function factLines(e: ExportedEvent, limit = CELL_LIMIT): string {
  const outletOf = new Map((e.sourceArticles ?? []).map((a) => [a.id, creditOf(a)]));
  const lines: string[] = [];
  let length = 0;
  for (const [i, fact] of e.facts.entries()) {
    const outlets = [...new Set(fact.sources.map((id) => outletOf.get(id)).filter((o): o is string => !!o))];
    const line = `[${fact.corroboration}] ${fact.text}${outlets.length ? ` (${outlets.join('; ')})` : ''}`;
    const left = e.facts.length - i;
    if (length + line.length + 1 > limit - 60) {
      lines.push(`[${left} more ${left === 1 ? 'fact' : 'facts'} in the JSON export]`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join('\n');
}

function discrepancyDetails(e: ExportedEvent): string {
  const outletOf = new Map((e.sourceArticles ?? []).map((a) => [a.id, creditOf(a)]));
  // A side's figure with who gives it, as the reports credit it: "0 (KNTV; says Chea Sokha)".
  const told = (sources: readonly string[], claimedBy: readonly string[] = []): string => {
    const outlets = [...new Set(sources.map((id) => outletOf.get(id)).filter((o): o is string => !!o))];
    const says = claimedBy.length ? `says ${claimedBy.join(', ')}` : '';
    return outlets.length || says ? ` (${[outlets.join(', '), says].filter(Boolean).join('; ')})` : '';
  };
  // A preliminary count the differing final counts replaced reads "then" before them, "vs" between them.
  return e.discrepancies.map((d) => `${d.about}: ${d.variants.map((v, i) => `${i === 0 ? '' : d.revised || d.variants[i - 1]!.preliminary ? ' then ' : ' vs '}${v.value}${v.preliminary ? ' (preliminary)' : ''}${told(v.sources, v.claimedBy)}`).join('')}`).join('; ');
}

/** "Lee Jun-il: director general, Ministry of Foreign Affairs (KR); Jo Lin (KE)": a role and body only where the reports give them. */
function participantRoles(items: readonly Participant[]): string {
  return items
    .map((p) => {
      const what = [shownRole(p), p.organization].filter((x): x is string => !!x).join(', ');
      // "Ada Brek: reporter, Lake Times (KE) [detained]": what the person is in the event after the job,
      // in brackets, so that splitting the cell on "; " still gives one item per participant.
      const eventRole = shownEventRole(p);
      const head = `${p.name}${what ? `: ${what}` : ''}${p.country ? ` (${p.country})` : ''}`;
      return eventRole ? `${head} [${eventRole}]` : head;
    })
    .join('; ');
}

/** "Jo Lin (KE); Office of Foreign Assets Control (US)": names with their countries where known. */
function namesWithCountries(items: readonly { name: string; country: string | null }[]): string {
  return items.map((x) => `${x.name}${x.country ? ` (${x.country})` : ''}`).join('; ');
}

/**
 * A byte-order mark before the header: without it Excel, the spreadsheet most analysts open a CSV in,
 * reads the file as the system's legacy code page and garbles every name with an accent or a curly
 * quote. Readers of UTF-8 (pandas, R, LibreOffice) skip it.
 */
const CSV_BOM = '\ufeff';

/**
 * One format's pieces: `item` is told the event's position; `tail` how many were written. The tail
 * comes in parts: STIX's holds every object the bundle's events share, which for a large store is
 * more text than one string may hold (V8's limit is about 512 MB).
 */
export interface ExportWriter {
  head: string;
  item(event: ExportedEvent, index: number): string;
  tail(count: number): Iterable<string>;
  /**
   * Where a format needs to know the whole export before it writes (STIX's one identity for a person
   * one event gives a country and another none), every event is shown to it first, in the same order.
   */
  scan?(event: ExportedEvent): void;
}

const STATELESS_WRITERS: Record<Exclude<ExportFormat, 'stix'>, ExportWriter> = {
  // Laid out as JSON.stringify(events, null, 2) lays out an array.
  json: {
    head: '[',
    item: (e, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(e, null, 2).replace(/^/gm, '  ')}`,
    tail: (count) => [count === 0 ? ']\n' : '\n]\n'],
  },
  jsonl: { head: '', item: (e) => `${JSON.stringify(e)}\n`, tail: () => [] },
  csv: {
    head: `${CSV_BOM}${csvHeader()}\r\n`,
    item: (e) => `${csvRow(e)}\r\n`,
    tail: () => [],
  },
  geojson: geojsonWriter,
};

/**
 * The writer for one export. STIX's writes each shared object (a country, an actor) once per bundle,
 * so it remembers what it wrote: every export asks for its own.
 */
export function exportWriter(format: ExportFormat): ExportWriter {
  return format === 'stix' ? stixWriter() : STATELESS_WRITERS[format];
}

export const EXPORTERS: Record<ExportFormat, (events: readonly ExportedEvent[]) => string> = {
  json: (events) => writeAll(exportWriter('json'), events),
  jsonl: (events) => writeAll(exportWriter('jsonl'), events),
  csv: (events) => writeAll(exportWriter('csv'), events),
  stix: (events) => writeAll(exportWriter('stix'), events),
  geojson: (events) => writeAll(exportWriter('geojson'), events),
};

export function writeAll(writer: ExportWriter, events: readonly ExportedEvent[]): string {
  if (writer.scan) for (const e of events) writer.scan(e);
  return writer.head + events.map((e, i) => writer.item(e, i)).join('') + [...writer.tail(events.length)].join('');
}

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORTERS, name);
}

function csvHeader(): string {
  return CSV_COLUMNS.map(([name]) => name).join(',');
}

function csvRow(e: ExportedEvent): string {
  return CSV_COLUMNS.map(([, get]) => csvCell(get(e))).join(',');
}

function csvCell(raw: string): string {
  // Scraped text starting with = + - @ would run as a formula in a spreadsheet: quote it as text. A plain
  // negative number (a longitude west of Greenwich) runs as nothing but itself, and quoted it would read as text.
  const value = /^[=+\-@\t\r]/.test(raw) && !/^-\d+(?:\.\d+)?$/.test(raw) ? `'${raw}` : raw;
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
