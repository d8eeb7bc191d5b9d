/**
 * A store's every table, row by row, hashed (bench/ingest-replay.ts): two ingests of the same stream by
 * two versions of the code stored the same thing when every table hashes the same, FTS5's own shadow
 * tables (data, idx, docsize, content, config) included, since a change in how the index is written
 * (another segment) is a change in what is stored even where searches answer the same.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Every table of the database, row by row in rowid (or key) order, hashed; the dump written if asked. */
export function dumpTables(file: string, out: string | undefined): { hash: string; tables: Map<string, string> } {
  const db = new Database(file, { readonly: true });
  try {
    const names = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[];
    const tables = new Map<string, string>();
    const whole = createHash('sha256');
    const lines: string[] = [];
    for (const { name, sql } of names) {
      // A virtual table's rows are its shadow tables', dumped under their own names.
      if (sql?.toUpperCase().includes('VIRTUAL TABLE')) continue;
      const withoutRowid = sql?.toUpperCase().includes('WITHOUT ROWID') ?? false;
      const columns = (db.prepare(`PRAGMA table_info("${name}")`).all() as unknown[]).map((_c, i) => String(i + 1));
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY ${withoutRowid ? columns.join(', ') : 'rowid'}`).raw().all();
      const h = createHash('sha256');
      for (const r of rows) {
        // A blob goes through Buffer's own toJSON (its bytes as numbers).
        const line = `${name}\t${JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`;
        h.update(line).update('\n');
        if (out) lines.push(line);
      }
      const digest = h.digest('hex').slice(0, 16);
      tables.set(name, `${rows.length} rows ${digest}`);
      whole.update(`${name} ${digest}\n`);
    }
    if (out) writeFileSync(out, `${lines.join('\n')}\n`);
    return { hash: whole.digest('hex').slice(0, 16), tables };
  } finally {
    db.close();
  }
}
