import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../../test/helpers.js';
import { SqliteStore } from './sqlite-store.js';

describe('opening a store another process is creating', () => {
  const dir = tempDir();
  after(() => dir.cleanup());

  it('should wait for the other process\'s first transaction, not fail with "database is locked"', async () => {
    const db = join(dir.path, 'new.db');
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    // Another process has created the file and holds its first transaction for a moment, as one
    // `triangulate ingest` does while it lays out the schema of a store another is about to open.
    const script = `const D = require(${JSON.stringify(driver)}); const d = new D(${JSON.stringify(db)}); d.exec('BEGIN IMMEDIATE; CREATE TABLE held (x)'); process.stdout.write('held\\n'); setTimeout(() => { d.exec('COMMIT'); d.close(); }, 600);`;
    const holder = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await once(holder.stdout, 'data');
    const store = new SqliteStore(db);
    assert.equal((await store.counts()).articles, 0);
    await store.close();
    await once(holder, 'close');
  });
});
