/**
 * The command line on a PostgreSQL database, against a throw-away server of its own: reading commands
 * refuse a database that holds no store, as they refuse a missing SQLite file. Skipped without
 * PostgreSQL installed, as the store's own tests are.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type * as Pg from 'pg';
import { EXAMPLES, runCli } from '../../test/helpers.js';
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
  before(() => {
    server = startThrowawayServer(bin!);
    db = server.url.replace('triangulate@', 'triangulate:s3cret@');
  });
  after(() => server?.stop());

  it('should refuse every reading command on a database with no store, naming it without the password, and create nothing', async () => {
    for (const command of [['events'], ['search', 'ransomware'], ['show', 'evt_0000000000000001'], ['articles'], ['export', '--format', 'csv'], ['optimize']]) {
      const result = await runCli([...command, '--db', db]);
      assert.equal(result.code, 1, `${command[0]}: ${result.stderr}`);
      assert.equal(result.stdout, '', command[0]);
      assert.match(result.stderr, /^triangulate: no Triangulate store in database postgresql:\/\/triangulate:\*\*\*@\/postgres\?host=\S+ \(ingest articles first, or pass --db\)\n$/, command[0]);
    }
    assert.equal(await tablesIn(server.url), 0);
  });

  it('should read the database once an ingest has made the store there', async () => {
    const ingested = await runCli(['ingest', EXAMPLES, '--db', db, '--no-progress']);
    assert.equal(ingested.code, 0, ingested.stderr);
    assert.doesNotMatch(ingested.stdout, /s3cret/);
    const events = await runCli(['events', '--json', '--db', db]);
    assert.equal(events.code, 0, events.stderr);
    assert.equal((JSON.parse(events.stdout) as unknown[]).length, 4);
  });
});
