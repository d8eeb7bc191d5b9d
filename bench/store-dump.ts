/**
 * A store's every table, row by row, hashed (bench/ingest-replay.ts): two ingests of the same stream by
 * two versions of the code stored the same thing when every table hashes the same, FTS5's own shadow
 * tables (data, idx, docsize, content, config) included, since a change in how the index is written
 * (another segment) is a change in what is stored even where searches answer the same.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * The events table as schema 19 laid it out (the profile, its dates and key list in the event's row):
 * since schema 20 they are a table of their own (event_profiles), joined back here so the content hash
 * of a store of either schema can be compared.
 */
const EVENTS_AS_ONE_ROW = `SELECT e.id, e.date, p.date_min, p.date_max, e.updated_at, e.outlets, e.article_count, e.card, e.data, p.profile, e.passages, p.key_list, e.answers
  FROM events e LEFT JOIN event_profiles p ON p.id = e.id ORDER BY e.rowid`;

/**
 * Every table of the database, row by row in rowid (or key) order, hashed (`hash`); the dump written if
 * asked. `content` hashes what the store holds whatever its schema: the events with their profiles as
 * one row (EVENTS_AS_ONE_ROW) and meta without its schema version, so a change of layout that stores
 * the same thing hashes the same.
 */
export function dumpTables(file: string, out: string | undefined): { hash: string; content: string; tables: Map<string, string> } {
  const db = new Database(file, { readonly: true });
  try {
    const names = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[];
    const split = names.some((n) => n.name === 'event_profiles');
    const tables = new Map<string, string>();
    const whole = createHash('sha256');
    const content = createHash('sha256');
    const lines: string[] = [];
    for (const { name, sql } of names) {
      // A virtual table's rows are its shadow tables', dumped under their own names.
      if (sql?.toUpperCase().includes('VIRTUAL TABLE')) continue;
      const withoutRowid = sql?.toUpperCase().includes('WITHOUT ROWID') ?? false;
      const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as unknown[]).map((_c, i) => String(i + 1));
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY ${withoutRowid ? columns.join(', ') : 'rowid'}`).raw().all();
      const h = createHash('sha256');
      for (const r of rows) {
        const line = rowLine(name, r);
        h.update(line).update('\n');
        if (out) lines.push(line);
      }
      const digest = h.digest('hex').slice(0, 16);
      tables.set(name, `${rows.length} rows ${digest}`);
      whole.update(`${name} ${digest}\n`);
      if (name === 'event_profiles') continue;
      const logical = name === 'events' && split ? db.prepare(EVENTS_AS_ONE_ROW).raw().all() : name === 'meta' ? rows.filter((r) => (r as unknown[])[0] !== 'schema_version') : rows;
      const c = createHash('sha256');
      for (const r of logical) c.update(rowLine(name, r)).update('\n');
      content.update(`${name} ${c.digest('hex').slice(0, 16)}\n`);
    }
    if (out) writeFileSync(out, `${lines.join('\n')}\n`);
    return { hash: whole.digest('hex').slice(0, 16), content: content.digest('hex').slice(0, 16), tables };
  } finally {
    db.close();
  }
}

/** One row as dumped: a blob goes through Buffer's own toJSON (its bytes as numbers). */
function rowLine(table: string, row: unknown): string {
  return `${table}\t${JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`;
}
