import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../test/helpers.js';
import { dumpTables } from './store-dump.js';

/** A small store: a table without rowids and a search index, written by `write`. */
function store(path: string, write: (db: Database.Database) => void): string {
  const db = new Database(path);
  db.exec("CREATE TABLE terms (term TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID; CREATE VIRTUAL TABLE docs USING fts5(title, body); INSERT INTO docs (docs, rank) VALUES ('automerge', 0)");
  write(db);
  db.close();
  return path;
}

describe('dumpTables', () => {
  it('should hash two stores written alike the same, and list the search index by its shadow tables', () => {
    const dir = tempDir();
    try {
      const write = (db: Database.Database): void => {
        db.prepare('INSERT INTO terms VALUES (?, ?)').run('crane', 2);
        db.prepare('INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)').run(1, 'Crane falls', 'A crane fell onto the harbour road.');
      };
      const a = dumpTables(store(join(dir.path, 'a.db'), write), undefined);
      const b = dumpTables(store(join(dir.path, 'b.db'), write), undefined);
      assert.equal(a.hash, b.hash);
      assert.deepEqual([...a.tables.keys()], ['docs_config', 'docs_content', 'docs_data', 'docs_docsize', 'docs_idx', 'terms']);
    } finally {
      dir.cleanup();
    }
  });

  it('should tell apart stores whose search index was written in other segments, though it holds the same rows', () => {
    const dir = tempDir();
    try {
      const rows: [number, string, string][] = [[1, 'Crane falls', 'A crane fell onto the harbour road.'], [2, 'Road shut', 'The harbour road stays shut today.']];
      // One transaction writes one segment; two write two.
      const together = store(join(dir.path, 'one.db'), (db) => {
        const insert = db.prepare('INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)');
        db.transaction(() => rows.forEach((r) => insert.run(...r)))();
      });
      const apart = store(join(dir.path, 'two.db'), (db) => {
        const insert = db.prepare('INSERT INTO docs (rowid, title, body) VALUES (?, ?, ?)');
        rows.forEach((r) => insert.run(...r));
      });
      const [one, two] = [dumpTables(together, undefined), dumpTables(apart, undefined)];
      assert.equal(one.tables.get('docs_content'), two.tables.get('docs_content'));
      assert.notEqual(one.tables.get('docs_data'), two.tables.get('docs_data'));
      assert.notEqual(one.hash, two.hash);
    } finally {
      dir.cleanup();
    }
  });

  it('should give a store of schema 19 and one of schema 20 holding the same events the same content hash', () => {
    const dir = tempDir();
    try {
      const event = ['evt_1', '2025-05-02', '2025-05-01', '2025-05-03', 'u', 2, 3, '{}', '{"id":"evt_1"}', '{"size":3}', null, '["t:crane"]', 'crane'];
      const one = new Database(join(dir.path, 'one.db'));
      one.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema_version', '19'), ('longest_event_days', '2');
        CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT, date_min TEXT, date_max TEXT, updated_at TEXT NOT NULL, outlets INTEGER, article_count INTEGER, card TEXT, data TEXT NOT NULL, profile TEXT NOT NULL, passages TEXT, key_list TEXT, answers TEXT);`);
      one.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(...event);
      one.close();
      const two = new Database(join(dir.path, 'two.db'));
      two.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema_version', '20'), ('longest_event_days', '2');
        CREATE TABLE events (id TEXT PRIMARY KEY, date TEXT, updated_at TEXT NOT NULL, outlets INTEGER, article_count INTEGER, card TEXT, data TEXT NOT NULL, passages TEXT, answers TEXT);
        CREATE TABLE event_profiles (id TEXT PRIMARY KEY, date_min TEXT, date_max TEXT, key_list TEXT, profile TEXT NOT NULL);`);
      const [id, date, dateMin, dateMax, updated, outlets, count, card, data, profile, passages, keyList, answers] = event;
      two.prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(id, date, updated, outlets, count, card, data, passages, answers);
      two.prepare('INSERT INTO event_profiles VALUES (?, ?, ?, ?, ?)').run(id, dateMin, dateMax, keyList, profile);
      two.close();
      const [a, b] = [dumpTables(join(dir.path, 'one.db'), undefined), dumpTables(join(dir.path, 'two.db'), undefined)];
      assert.notEqual(a.hash, b.hash);
      assert.equal(a.content, b.content);
      // Another profile is another content.
      const changed = new Database(join(dir.path, 'two.db'));
      changed.exec(`UPDATE event_profiles SET profile = '{"size":4}'`);
      changed.close();
      assert.notEqual(dumpTables(join(dir.path, 'two.db'), undefined).content, a.content);
    } finally {
      dir.cleanup();
    }
  });
});
