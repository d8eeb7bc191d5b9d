/**
 * The scale run's peer: the same stream ingested by the pipeline a developer would glue together from
 * the usual JavaScript libraries, so the articles-per-second figure has something to stand beside.
 * Each article: compromise's people, organizations and places, chrono-node's dates (forwardDate off),
 * a single-pass TF-IDF clustering (the classic topic-detection baseline: join the most similar event
 * still open, else start one), and better-sqlite3 with an FTS5 index for the store, committed every
 * 250 articles. It does far less than Triangulate (no clutter removal, roles, casualties, facts,
 * discrepancies, copies or merges), so it is a floor on what ingest costs with common tools, not a
 * rival in quality; its clustering is never scored.
 *
 * Clustering, kept bounded like ours: an event stays open for candidates while its last article is
 * within WINDOW_DAYS of the newest; candidates come from an inverted index over the open events'
 * terms (an article's TOP_TERMS heaviest terms are looked up), and an article joins the candidate
 * with the highest cosine of TF-IDF (document frequencies counted as the stream goes) if it reaches
 * JOIN_COSINE.
 */
import Database from 'better-sqlite3';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { termsOf } from '../src/cluster/features.js';

const WINDOW_DAYS = 7;
const TOP_TERMS = 20;
const JOIN_COSINE = 0.3;
const COMMIT_EVERY = 250;
const DAY_MS = 86_400_000;

interface StreamLine {
  id: string;
  title?: string;
  url?: string;
  publishedAt?: string;
  text: string;
}

interface OpenEvent {
  id: number;
  /** Summed term frequencies of its articles. */
  tf: Map<string, number>;
  lastMs: number;
}

export interface PeerRun {
  seconds: number;
  failures: number;
}

/** Single-pass clustering over the open events, with document frequencies counted as the stream goes. */
export class SinglePass {
  private readonly df = new Map<string, number>();
  private documents = 0;
  private readonly open = new Map<number, OpenEvent>();
  private readonly postings = new Map<string, Set<number>>();
  private nextId = 1;

  private idf(term: string): number {
    return Math.log((1 + this.documents) / (1 + (this.df.get(term) ?? 0))) + 1;
  }

  private norm(tf: Map<string, number>): number {
    let sum = 0;
    for (const [term, count] of tf) sum += ((1 + Math.log(count)) * this.idf(term)) ** 2;
    return Math.sqrt(sum);
  }

  private expire(nowMs: number): void {
    for (const [id, event] of this.open) {
      if (nowMs - event.lastMs <= WINDOW_DAYS * DAY_MS) continue;
      this.open.delete(id);
      for (const term of event.tf.keys()) this.postings.get(term)?.delete(id);
    }
  }

  /** The event the article joins (or starts): its id. */
  assign(tf: Map<string, number>, atMs: number): number {
    this.documents++;
    for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    if (this.documents % 100 === 0) this.expire(atMs);
    const weight = (term: string, count: number): number => (1 + Math.log(count)) * this.idf(term);
    const heaviest = [...tf].map(([term, count]) => [term, weight(term, count)] as const).sort((a, b) => b[1] - a[1]).slice(0, TOP_TERMS);
    const candidates = new Set<number>();
    for (const [term] of heaviest) for (const id of this.postings.get(term) ?? []) candidates.add(id);
    const articleNorm = this.norm(tf);
    let best: OpenEvent | null = null;
    let bestCosine = JOIN_COSINE;
    for (const id of candidates) {
      const event = this.open.get(id)!;
      let dot = 0;
      for (const [term, count] of tf) {
        const other = event.tf.get(term);
        if (other !== undefined) dot += weight(term, count) * weight(term, other);
      }
      const cosine = dot / (articleNorm * this.norm(event.tf) || 1);
      if (cosine >= bestCosine) [best, bestCosine] = [event, cosine];
    }
    const event = best ?? { id: this.nextId++, tf: new Map<string, number>(), lastMs: atMs };
    if (!best) this.open.set(event.id, event);
    for (const [term, count] of tf) {
      event.tf.set(term, (event.tf.get(term) ?? 0) + count);
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = new Set()));
      list.add(event.id);
    }
    event.lastMs = Math.max(event.lastMs, atMs);
    return event.id;
  }
}

function entitiesOf(text: string): { people: string[]; organizations: string[]; places: string[] } {
  const doc = nlp(text);
  return { people: doc.people().out('array') as string[], organizations: doc.organizations().out('array') as string[], places: doc.places().out('array') as string[] };
}

/**
 * Ingests the JSON Lines stream at `file` into a new SQLite store at `dbPath`, calling onProgress every
 * `progressEvery` articles; the clock (`now`) resolves the dates of articles that have none.
 */
export async function runPeerIngest(file: string, dbPath: string, now: string, progressEvery: number, onProgress: (done: number) => void): Promise<PeerRun> {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE events (id INTEGER PRIMARY KEY, first_seen TEXT, last_seen TEXT, title TEXT, articles INTEGER);
    CREATE TABLE articles (id TEXT PRIMARY KEY, event_id INTEGER, published_at TEXT, url TEXT, title TEXT, text TEXT, entities TEXT, dates TEXT);
    CREATE VIRTUAL TABLE articles_fts USING fts5(title, text);`);
  const insertArticle = db.prepare('INSERT OR IGNORE INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertText = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES ((SELECT rowid FROM articles WHERE id = ?), ?, ?)');
  const upsertEvent = db.prepare(`INSERT INTO events VALUES (?, ?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET
    first_seen = min(first_seen, excluded.first_seen), last_seen = max(last_seen, excluded.last_seen), articles = articles + 1`);
  const clusters = new SinglePass();
  const nowMs = Date.parse(now);
  let done = 0;
  let failures = 0;
  const wall = performance.now();
  db.exec('BEGIN');
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as StreamLine;
    const text = item.text.trim();
    if (!text) {
      failures++;
      continue;
    }
    const published = item.publishedAt ? new Date(item.publishedAt) : new Date(nowMs);
    const dates = chrono.parse(text, published, { forwardDate: false }).map((r) => ({ text: r.text, start: r.start.date().toISOString() }));
    const tf = new Map<string, number>();
    termsOf(`${item.title ?? ''}\n${text}`, 1, tf);
    const eventId = clusters.assign(tf, published.getTime());
    const day = published.toISOString();
    insertArticle.run(item.id, eventId, day, item.url ?? null, item.title ?? null, text, JSON.stringify(entitiesOf(text)), JSON.stringify(dates));
    insertText.run(item.id, item.title ?? '', text);
    upsertEvent.run(eventId, day, day, item.title ?? null);
    if (++done % COMMIT_EVERY === 0) {
      db.exec('COMMIT');
      db.exec('BEGIN');
    }
    if (done % progressEvery === 0) onProgress(done);
  }
  db.exec('COMMIT');
  const seconds = (performance.now() - wall) / 1000;
  db.close();
  return { seconds, failures };
}
