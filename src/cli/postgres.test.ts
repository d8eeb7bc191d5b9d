/**
 * The command line on a PostgreSQL database, against a throw-away server of its own: reading commands
 * refuse a database that holds no store, as they refuse a missing SQLite file; rebuild reads one into
 * a SQLite file; the demo fills an empty one. Skipped without PostgreSQL installed, as the store's own
 * tests are. The tests run in order: the later ones read what the ingest stored.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type * as Pg from 'pg';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../test/helpers.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from '../store/postgres/throwaway-server.js';

const bin = postgresBinaries();
const pg = createRequire(import.meta.url)('pg') as typeof Pg;

async function tablesIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0].n as number;
  } finally {
    await client.end();
  }
}

describe('triangulate on a PostgreSQL database', { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
  let server: ThrowawayServer;
  /** The server's database with a password in the address (the socket trusts it; it must never be printed). */
  let db: string;
  const dir = tempDir();
  before(() => {
    server = startThrowawayServer(bin!);
    db = server.url.replace('triangulate@', 'triangulate:s3cret@');
  });
  after(() => {
    server?.stop();
    dir.cleanup();
  });

  it('should refuse every reading command on a database with no store, naming it without the password, and create nothing', async () => {
    for (const command of [['events'], ['search', 'ransomware'], ['show', 'evt_0000000000000001'], ['articles'], ['export', '--format', 'csv'], ['optimize']]) {
      const result = await runCli([...command, '--db', db]);
      assert.equal(result.code, 1, `${command[0]}: ${result.stderr}`);
      assert.equal(result.stdout, '', command[0]);
      assert.match(result.stderr, /^triangulate: no Triangulate store in database postgresql:\/\/triangulate:\*\*\*@\/postgres\?host=\S+ \(ingest articles first, or pass --db\)\n$/, command[0]);
    }
    assert.equal(await tablesIn(server.url), 0);
  });

  it('should not start serving a database it cannot open, saying why before it listens', async () => {
    const result = await runCli(['serve', '--port', '0', '--db', db.replace('/postgres?', '/nosuchdb?')]);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '', 'no banner: it never listened');
    assert.match(result.stderr, /^triangulate: cannot open database postgresql:\/\/triangulate:\*\*\*@\/nosuchdb\?host=\S+: database "nosuchdb" does not exist\n$/);
  });

  it('should refuse to serve a database with no store, as the reading commands do, and say that --create makes one', async () => {
    const result = await runCli(['serve', '--port', '0', '--db', db]);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '', 'no banner: it never listened');
    assert.match(result.stderr, /^triangulate: no Triangulate store in database postgresql:\/\/triangulate:\*\*\*@\/postgres\?host=\S+ \(ingest articles first, or pass --db\); serve --create makes an empty store there, to add articles from the web UI\n$/);
    assert.equal(await tablesIn(server.url), 0, 'nothing was made in the database');
  });

  it('should make an empty store and serve it when given --create', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query('CREATE DATABASE served');
    await client.end();
    const servedDb = db.replace('/postgres?', '/served?');
    // One process (no restart with the pipeline's flags), so that SIGTERM reaches the server itself.
    const env = { ...process.env, TRIANGULATE_DB: '', TRIANGULATE_PARALLEL_GC: '1', TRIANGULATE_V8_DEFAULTS: '1' };
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), 'serve', '--create', '--port', '0', '--quiet', '--db', servedDb], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      let out = '';
      child.stdout.on('data', (d: Buffer) => void (out += d.toString()));
      for (let waited = 0; !/http:\/\/127\.0\.0\.1:\d+\//.test(out) && waited < 20_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
      const port = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out)?.[1];
      assert.ok(port, `the server said where it listens: ${out}`);
      const feed = await fetch(`http://127.0.0.1:${port}/api/events`);
      assert.equal(feed.status, 200);
      assert.deepEqual(((await feed.json()) as { items: unknown[] }).items, [], 'an empty feed');
      assert.ok((await tablesIn(server.url.replace('/postgres?', '/served?'))) > 0, 'the store was made');
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });

  it('should read the database once an ingest has made the store there', async () => {
    const ingested = await runCli(['ingest', EXAMPLES, '--db', db, '--no-progress']);
    assert.equal(ingested.code, 0, ingested.stderr);
    assert.doesNotMatch(ingested.stdout, /s3cret/);
    const events = await runCli(['events', '--json', '--db', db]);
    assert.equal(events.code, 0, events.stderr);
    assert.equal((JSON.parse(events.stdout) as unknown[]).length, 4);
  });

  it('should rebuild a PostgreSQL store into a new SQLite file, naming the source without its password', async () => {
    const out = join(dir.path, 'rebuilt.db');
    const rebuilt = await runCli(['rebuild', '--db', db, '--out', out, '--no-progress']);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.match(rebuilt.stdout, /^10 of 10 article\(s\) from postgresql:\/\/triangulate:\*\*\*@\/postgres\?host=\S+ read again into /);
    assert.doesNotMatch(rebuilt.stdout + rebuilt.stderr, /s3cret/);
    const ids = async (database: string): Promise<string[]> => (JSON.parse((await runCli(['events', '--json', '--db', database])).stdout) as { id: string }[]).map((e) => e.id).sort();
    assert.deepEqual(await ids(out), await ids(db));
  });

  it('should refuse to rebuild into a PostgreSQL database, saying rebuild writes a SQLite file', async () => {
    const result = await runCli(['rebuild', '--db', join(dir.path, 'rebuilt.db'), '--out', db]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /--out must be a new SQLite file: a rebuild does not write into PostgreSQL \(got postgresql:\/\/triangulate:\*\*\*@/);
  });

  it('should run the demo into an empty PostgreSQL database, and refuse one that already holds articles', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query('CREATE DATABASE demo');
    await client.end();
    const demoDb = db.replace('/postgres?', '/demo?');
    const demo = await runCli(['demo', '--db', demoDb]);
    assert.equal(demo.code, 0, demo.stderr);
    assert.match(demo.stdout, /^Ingested 10 example articles from .*\ninto postgresql:\/\/triangulate:\*\*\*@\/demo\?host=\S+: 4 events\./);
    assert.match(demo.stdout, /Try: npx triangulate search "ransomware" --db 'postgresql:\/\/triangulate:\*\*\*@\/demo\?host=\S+'/);
    assert.doesNotMatch(demo.stdout + demo.stderr, /s3cret/);
    const again = await runCli(['demo', '--db', demoDb]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already holds articles; the demo needs a database with no Triangulate store in it/);
  });
});
