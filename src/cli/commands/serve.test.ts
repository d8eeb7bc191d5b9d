import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { CliError } from '../context.js';
import { removeIfUnused, toBeMade } from './serve-cleanup.js';
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

  it('should also clean up with the default search threads, which open the file read-only beside the store', async () => {
    const db = join(dir, 'threads', 'new.db');
    await assert.rejects(serveCommand({ db, port: String(port), quiet: true }), CliError);
    assert.equal(existsSync(db), false);
    assert.equal(existsSync(join(dir, 'threads')), false);
  });

  it("should keep the user's symlink whose target file is missing", async () => {
    // The link's folder exists and its file does not: SQLite makes the file through the link, and the
    // link is the user's, not this run's, so it stays (with what was made behind it).
    mkdirSync(join(dir, 'target'));
    const link = join(dir, 'link.db');
    symlinkSync(join(dir, 'target', 'real.db'), link);
    await assert.rejects(serveCommand({ db: link, port: String(port), quiet: true, searchThreads: '0' }), CliError);
    assert.equal(lstatSync(link).isSymbolicLink(), true);
  });

  it('should leave a database that was there before alone', async () => {
    const db = join(dir, 'kept.db');
    const store = new SqliteStore(db);
    await store.close();
    await assert.rejects(serveCommand({ db, port: String(port), quiet: true, searchThreads: '0' }), CliError);
    assert.equal(existsSync(db), true);
  });
});

describe("serve's cleanup of the file it made", () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-made-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('should remove a made file that is still an empty store, with the folders made for it', async () => {
    const path = join(dir, 'new', 'empty.db');
    const made = toBeMade(path);
    assert.deepEqual(made?.folders, [join(dir, 'new')]);
    mkdirSync(join(dir, 'new'));
    await new SqliteStore(path).close();
    assert.equal(removeIfUnused(made!), true);
    assert.equal(existsSync(path), false);
    assert.equal(existsSync(join(dir, 'new')), false);
  });

  it('should keep a made file another process put articles in before serve gave up', () => {
    // A stand-in for the store "triangulate ingest --db same.db" filled while serve tried to listen.
    const path = join(dir, 'filled.db');
    const made = toBeMade(path)!;
    const db = new Database(path);
    db.exec("CREATE TABLE articles (id TEXT); INSERT INTO articles VALUES ('a1')");
    db.close();
    assert.equal(removeIfUnused(made), false);
    assert.equal(existsSync(path), true);
  });

  it('should count a symlink as there even when its target is missing', () => {
    const link = join(dir, 'dangling.db');
    symlinkSync(join(dir, 'nowhere', 'x.db'), link);
    assert.equal(toBeMade(link), null);
  });
});
