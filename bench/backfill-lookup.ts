/**
 * What a backfilled article's candidate lookup reads (issue 5): for every other stored event (an
 * article dated at that event's first day, with its keys), the key rows the window lookup reads with
 * events longer than a month kept apart (event_keys read to a month past the window, event_keys_long
 * to the longest span), against what one table bounded by the longest span would read, on the same
 * store; and the lookup's time through SqliteStore.candidateEvents. An article dated in the past reads
 * events that end after its window; the bound says how far after.
 *
 *   node dist/bench/backfill-lookup.js --store DB [--window 30]
 */
import Database from 'better-sqlite3';
import { SHORT_EVENT_DAYS, SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { shiftDays } from '../src/util/dates.js';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const path = option('--store');
if (!path) throw new Error('usage: node dist/bench/backfill-lookup.js --store DB [--window 30]');
const windowDays = Number(option('--window') ?? 30);
// Opened read-write first: a store of an older schema is upgraded (its long events' keys moved).
const store = new SqliteStore(path);
const db = new Database(path, { readonly: true });
const longest = Number(db.prepare("SELECT value FROM meta WHERE key = 'longest_event_days'").pluck().get() ?? 0);
const events = (db.prepare('SELECT key_list, date_min FROM events WHERE date_min IS NOT NULL AND key_list IS NOT NULL ORDER BY id').all() as { key_list: string; date_min: string }[]).filter((_e, i) => i % 2 === 0);
const count = (table: string, keys: string[], from: string, before: string): number =>
  Number(db.prepare(`SELECT count(*) FROM ${table} WHERE key IN (${keys.map(() => '?').join(',')}) AND date_max >= ? AND date_max < ?`).pluck().get(...keys, from, before));
let split = 0;
let single = 0;
let candidates = 0;
let ms = 0;
for (const e of events) {
  const keys = [...new Set(JSON.parse(e.key_list) as string[])].slice(0, 24);
  const from = shiftDays(e.date_min, -windowDays);
  const to = shiftDays(e.date_min, windowDays);
  const farthest = shiftDays(to, longest + 1);
  split += count('event_keys', keys, from, shiftDays(to, SHORT_EVENT_DAYS + 1)) + count('event_keys_long', keys, from, farthest);
  single += count('event_keys', keys, from, farthest) + count('event_keys_long', keys, from, farthest);
  const started = performance.now();
  candidates += (await store.candidateEvents({ keys, date: e.date_min, windowDays, limit: 50 })).length;
  ms += performance.now() - started;
}
const n = events.length;
console.log(`${path}: ${n} lookups (every other event, at its first day, window ±${windowDays} days); longest event ${longest} days`);
console.log(`key rows read, events over ${SHORT_EVENT_DAYS} days apart: ${split} (${(split / n).toFixed(0)} a lookup)`);
console.log(`key rows one table bounded by the longest span would read: ${single} (${(single / n).toFixed(0)} a lookup), ${(single / Math.max(1, split)).toFixed(2)}x`);
console.log(`candidateEvents: ${candidates} candidates, ${(ms / n).toFixed(2)} ms a lookup`);
db.close();
await store.close();
