import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { CliError } from '../context.js';
import { serveCommand } from './serve.js';

describe('serve on a port another program holds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-busy-'));
  let holder: Server;
  let port = 0;
  before(async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    port = (holder.address() as { port: number }).port;
  });
  after(async () => {
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('should fail without leaving behind the database file and folders it created', async () => {
    const db = join(dir, 'made', 'for', 'it', 'new.db');
    await assert.rejects(serveCommand({ db, port: String(port), quiet: true, searchThreads: '0' }), (error: unknown) => error instanceof CliError && /in use/.test(error.message));
    assert.equal(existsSync(db), false);
    assert.equal(existsSync(join(dir, 'made')), false);
  });

  it('should leave a database that was there before alone', async () => {
    const db = join(dir, 'kept.db');
    const store = new SqliteStore(db);
    await store.close();
    await assert.rejects(serveCommand({ db, port: String(port), quiet: true, searchThreads: '0' }), CliError);
    assert.equal(existsSync(db), true);
  });
});
