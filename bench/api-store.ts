/**
 * The store bench:api reads from: real news articles (the generated stream of bench:scale, GVA and
 * ECB+ pages) ingested through the real pipeline, then copied at the table level until the store
 * holds the asked-for number of articles. Ingesting 100,000 articles through the pipeline takes about
 * an hour on this machine; the read path under test only sees tables, so copies of real rows (new ids,
 * dates moved back a year per copy, every search and filter index row copied too) give it the
 * table sizes, index depths and result-set sizes of a store that large. bench:scale measures ingest.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ingestPaths } from '../src/ingest/batch.js';
import { createStages } from '../src/pipeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { loadClusterSet } from './cluster-data.js';
import { datedSources, generatedStream, streamClock } from './cluster-stream.js';

type Row = Record<string, unknown>;

/**
 * Ingests the first `n` articles of the generated stream into a new store at `db`, or into a store
 * given open (bench:api's PostgreSQL store, holding the same articles as the SQLite one), left open.
 */
export async function ingestBase(db: string | Store, n: number, onProgress?: (done: number) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-api-store-'));
  // After the stream's last day: the reader refuses a record dated after its clock (later passes are dated years ahead).
  let clock = new Date().toISOString();
  try {
    const file = join(dir, 'stream.jsonl');
    const fd = openSync(file, 'w');
    try {
      const sources = datedSources(loadClusterSet('gva').items, loadClusterSet('ecbplus').items);
      clock = streamClock(sources, n);
      for (const i of generatedStream(sources, n)) writeSync(fd, `${JSON.stringify({ title: i.title ?? undefined, url: i.url ?? undefined, publishedAt: i.publishedAt ?? undefined, text: i.text })}\n`);
    } finally {
      closeSync(fd);
    }
    const store = typeof db === 'string' ? new SqliteStore(db) : db;
    try {
      let done = 0;
      await ingestPaths([file], createStages(), { store, now: () => clock }, { onDocument: () => void (++done % 500 === 0 && onProgress?.(done)) });
    } finally {
      if (typeof db === 'string') await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function copiedId(id: string, copy: number): string {
  const prefix = id.slice(0, 4);
  return `${prefix}${createHash('sha256').update(`${id}#${copy}`).digest('hex').slice(0, 16)}`;
}

function shiftYears(value: unknown, years: number): string | null {
  if (typeof value !== 'string' || !/^\d{4}/.test(value)) return null;
  return `${String(Number(value.slice(0, 4)) - years).padStart(4, '0')}${value.slice(4)}`;
}

/** An event's kept passages, pointing at the copied articles. */
function copiedPassages(stored: unknown, k: number): string | null {
  if (typeof stored !== 'string') return null;
  return JSON.stringify((JSON.parse(stored) as { articleId: string }[]).map((p) => ({ ...p, articleId: copiedId(p.articleId, k) })));
}

/**
 * Adds `copies` copies of every article and event already in the store at `db` (copy k moved k years
 * back), in one transaction per copy.
 */
export function replicate(db: string, copies: number): void {
  // Opening through the store first brings an older file to the current schema.
  new SqliteStore(db).close();
  const sqlite = new Database(db);
  try {
    const articles = sqlite.prepare('SELECT id, content_hash, event_id, published_at, published_sort, outlet_key, copy_group, card, data, sentences FROM articles ORDER BY seq').all() as Row[];
    const articleText = new Map((sqlite.prepare('SELECT article_id, headline, body FROM article_fts').all() as Row[]).map((r) => [String(r.article_id), r]));
    const events = sqlite.prepare('SELECT rowid, id, date, date_min, date_max, updated_at, outlets, article_count, card, data, profile, passages, key_list FROM events').all() as Row[];
    const eventText = new Map((sqlite.prepare('SELECT rowid, title, summary, facts, people, places, themes FROM event_fts').all() as Row[]).map((r) => [Number(r.rowid), r]));
    const tags = sqlite.prepare('SELECT kind, value, event_id, date FROM event_tags').all() as Row[];
    const keys = sqlite.prepare('SELECT key, event_id, date_min, date_max FROM event_keys').all() as Row[];
    const insertArticle = sqlite.prepare('INSERT INTO articles (id, content_hash, event_id, published_at, published_sort, outlet_key, copy_group, card, data, sentences) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    // The search row's rowid is the article's sequence, as the store writes it.
    const insertArticleText = sqlite.prepare('INSERT INTO article_fts (rowid, article_id, headline, body) VALUES (?, ?, ?, ?)');
    const insertEvent = sqlite.prepare('INSERT INTO events (id, date, date_min, date_max, updated_at, outlets, article_count, card, data, profile, passages, key_list) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insertEventText = sqlite.prepare('INSERT INTO event_fts (rowid, event_id, title, summary, facts, people, places, themes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insertTag = sqlite.prepare('INSERT INTO event_tags (kind, value, event_id, date) VALUES (?, ?, ?, ?)');
    const insertKey = sqlite.prepare('INSERT INTO event_keys (key, date_max, event_id, date_min) VALUES (?, ?, ?, ?)');
    const copyOnce = sqlite.transaction((k: number) => {
      for (const a of articles) {
        const id = copiedId(String(a.id), k);
        const eventId = a.event_id === null ? null : copiedId(String(a.event_id), k);
        const publishedAt = shiftYears(a.published_at, k);
        // The stored JSON has no event id since schema 11 (the column is the truth).
        const data = { ...(JSON.parse(String(a.data)) as Row), id, publishedAt };
        const card = JSON.stringify({ ...(JSON.parse(String(a.card)) as Row), id, publishedAt });
        const { lastInsertRowid } = insertArticle.run(id, `${String(a.content_hash)}#${k}`, eventId, publishedAt, shiftYears(a.published_sort, k) ?? a.published_sort, a.outlet_key, a.copy_group, card, JSON.stringify(data), a.sentences);
        const text = articleText.get(String(a.id));
        if (text) insertArticleText.run(lastInsertRowid, id, text.headline, text.body);
      }
      for (const e of events) {
        const id = copiedId(String(e.id), k);
        const parsed = JSON.parse(String(e.data)) as Row & { articles: string[] };
        const data = { ...parsed, id, date: shiftYears(parsed.date, k), articles: parsed.articles.map((x) => copiedId(x, k)) };
        const { lastInsertRowid } = insertEvent.run(id, shiftYears(e.date, k), shiftYears(e.date_min, k), shiftYears(e.date_max, k), e.updated_at, e.outlets, e.article_count, JSON.stringify({ ...(JSON.parse(String(e.card)) as Row), id, date: data.date }), JSON.stringify(data), e.profile, copiedPassages(e.passages, k), e.key_list);
        const text = eventText.get(Number(e.rowid));
        if (text) insertEventText.run(lastInsertRowid, id, text.title, text.summary, text.facts, text.people, text.places, text.themes);
      }
      for (const t of tags) insertTag.run(t.kind, t.value, copiedId(String(t.event_id), k), shiftYears(t.date, k));
      for (const key of keys) insertKey.run(key.key, key.date_max === '' ? '' : shiftYears(key.date_max, k), copiedId(String(key.event_id), k), shiftYears(key.date_min, k));
    });
    for (let k = 1; k <= copies; k++) copyOnce(k);
    sqlite.pragma('optimize');
  } finally {
    sqlite.close();
  }
}
