/**
 * The two event-clustering sets in ../shared/data/clustering, read where they lie (never copied), as
 * one stream of articles each, in the order the benchmark feeds them to the pipeline, with their gold.
 *
 * GVA (gun-violence local news, gold = GVA incident id): streamed by publication date (`dct`, then doc
 * id for a stable order within a day), published at noon UTC that day (the same calendar date in every
 * US time zone). Choices, made once for both systems:
 * - Documents with empty content (archive failures) are left out: no system can place them.
 * - A doc id listed under two incidents (27 in this part; SOURCE.txt counts 39 over the whole set) is
 *   one page, streamed once, and not scored: either gold would be arbitrary (such pages often report
 *   both incidents). Both systems still see it, so it can pull clusters together as in a real stream.
 * - The URL given is the original page address inside the web.archive.org one (the outlet is real).
 *
 * ECB+ (topics 1-35, gold = the sub-topic's event): it has no publication dates. The stream is a fixed
 * pseudo-random order (seeded shuffle), so topics and the two similar events of each topic arrive
 * interleaved, and no publication time is given: the pipeline knows only what the text says (some
 * documents open with a "Last Updated" line). The text is detokenised (detokenise.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataRoot } from './datasets.js';
import { detokenise } from './detokenise.js';

export type ClusterSetName = 'gva' | 'ecbplus';
export const CLUSTER_SETS: readonly ClusterSetName[] = ['gva', 'ecbplus'];

export interface ClusterItem {
  id: string;
  title: string | null;
  /** Page text (GVA, with its clutter) or detokenised article text (ECB+). */
  text: string;
  /** ISO 8601, or null when the set gives none. */
  publishedAt: string | null;
  url: string | null;
  /** The gold event, or null for an item streamed but not scored. */
  gold: string | null;
}

/** A GVA incident's gold record. */
export interface GoldIncident {
  id: string;
  /** YYYY-MM-DD */
  date: string;
  state: string;
  city: string;
  killed: number;
  injured: number;
}

export interface ClusterSet {
  name: ClusterSetName;
  /** In stream order. */
  items: ClusterItem[];
  /** Gold records by incident id (GVA only). */
  incidents: Map<string, GoldIncident>;
  /** What was left out or left unscored, for the report. */
  notes: string[];
}

export function clusteringRoot(): string {
  return join(dataRoot(), '..', 'clustering');
}

function jsonLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

/**
 * A set's stream. `ecbSeed` orders ECB+ (which has no dates) by another seeded shuffle, to see how much
 * the arrival order moves the result.
 */
export function loadClusterSet(name: ClusterSetName, limit = Infinity, ecbSeed = ECB_STREAM_SEED): ClusterSet {
  const set = name === 'gva' ? loadGva() : loadEcbPlus(ecbSeed);
  if (limit < set.items.length) {
    set.notes.push(`limited to the first ${limit} of ${set.items.length} items of the stream`);
    set.items = set.items.slice(0, limit);
  }
  return set;
}

function loadGva(): ClusterSet {
  const root = join(clusteringRoot(), 'gva');
  const incidentsOf = new Map<string, Set<string>>();
  const first = new Map<string, Record<string, unknown>>();
  let empty = 0;
  for (const record of jsonLines(join(root, 'documents.jsonl'))) {
    const id = str(record.doc_id);
    if (str(record.content).trim() === '') {
      empty++;
      continue;
    }
    if (!first.has(id)) first.set(id, record);
    const set = incidentsOf.get(id) ?? new Set<string>();
    set.add(str(record.incident_id));
    incidentsOf.set(id, set);
  }
  const items: ClusterItem[] = [...first.values()].map((record) => {
    const id = str(record.doc_id);
    const dct = str(record.dct);
    return {
      id,
      title: str(record.title) || null,
      text: str(record.content),
      // GVA gives the day of publication alone; a time of day made up here would mislead the date rules.
      publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(dct) ? dct : null,
      url: originalUrl(str(record.uri)),
      gold: incidentsOf.get(id)!.size === 1 ? str(record.incident_id) : null,
    };
  });
  items.sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const incidents = new Map<string, GoldIncident>();
  for (const record of jsonLines(join(root, 'incidents.jsonl'))) {
    const date = isoDate(str(record.date));
    if (!date) continue;
    const id = str(record.incident_id);
    incidents.set(id, { id, date, state: str(record.state), city: str(record.city_or_county), killed: Number(record.num_killed), injured: Number(record.num_injured) });
  }
  const unscored = items.filter((i) => i.gold === null).length;
  return {
    name: 'gva',
    items,
    incidents,
    notes: [`${empty} documents with empty content left out`, `${unscored} documents listed under two incidents streamed but not scored`],
  };
}

/** "http://web.archive.org/web/20150303101500/http://www.example-news.com:80/story/..." -> "http://www.example-news.com:80/story/...". */
function originalUrl(uri: string): string | null {
  if (!uri) return null;
  const m = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/.exec(uri);
  return m ? m[1]! : uri;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "April 10, 2017" -> "2017-04-10". */
function isoDate(text: string): string | null {
  const m = /^([A-Za-z]+)\s+(\d{1,2}),\s*(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  if (month < 0) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

/** The seed of ECB+'s stream order: fixed, so every run (and both systems) sees the same stream. */
export const ECB_STREAM_SEED = 20140526;

function loadEcbPlus(seed: number): ClusterSet {
  const root = join(clusteringRoot(), 'ecbplus');
  const items: ClusterItem[] = jsonLines(join(root, 'documents.jsonl')).map((record) => ({
    id: str(record.doc),
    title: null,
    text: detokenise(str(record.text)),
    publishedAt: null,
    url: null,
    gold: str(record.event_cluster),
  }));
  shuffle(items, seed);
  return { name: 'ecbplus', items, incidents: new Map(), notes: [`stream order: seeded shuffle (seed ${seed}); no publication times`] };
}

/** A fixed pseudo-random order: items sorted by a hash of the seed and their id. */
function shuffle<T extends { id: string }>(items: T[], seed: number): void {
  const key = new Map(items.map((item) => [item.id, createHash('sha1').update(`${seed}:${item.id}`).digest('hex')]));
  items.sort((a, b) => (key.get(a.id)! < key.get(b.id)! ? -1 : 1));
}
