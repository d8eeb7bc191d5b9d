/**
 * Opening a PostgreSQL store the ways a deployment does, against a throw-away server of its own: a
 * reading command's refusal of a database with no store in it, a role that may only read, and (below)
 * a password over TCP. Skipped without PostgreSQL installed, as postgres-store.test.ts is.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type * as Pg from 'pg';
import { PostgresStore } from './postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';

const bin = postgresBinaries();
const pg = createRequire(import.meta.url)('pg') as typeof Pg;

/** Runs statements as the server's own role (trusted on the socket). */
async function asOwner(server: ThrowawayServer, database: string, statements: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(server.url, database) });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The server's address naming another database on it. */
function withDatabase(url: string, database: string): string {
  return url.replace(/\/postgres\?/, `/${database}?`);
}

describe('opening a PostgreSQL store', { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
  let server: ThrowawayServer;
  before(() => {
    server = startThrowawayServer(bin!);
  });
  after(() => server?.stop());

  it('should refuse to read a database with no store in it, naming it without its password, and make nothing there', async () => {
    await asOwner(server, 'postgres', ['CREATE DATABASE bare']);
    const url = withDatabase(server.url, 'bare').replace('triangulate@', 'triangulate:s3cret@');
    const reader = new PostgresStore(url, { mustExist: true });
    await assert.rejects(reader.opened(), (error: Error) => {
      assert.match(error.message, /^no Triangulate store in database postgresql:\/\/triangulate:\*\*\*@\/bare\?host=/);
      assert.doesNotMatch(error.message, /s3cret/);
      return true;
    });
    await reader.close();
    const client = new pg.Client({ connectionString: withDatabase(server.url, 'bare') });
    await client.connect();
    const tables = await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
    const configs = await client.query("SELECT count(*)::int AS n FROM pg_ts_config WHERE cfgname = 'triangulate_search'");
    await client.end();
    assert.deepEqual([tables.rows[0].n, configs.rows[0].n], [0, 0]);
  });

  it('should refuse a schema of its own that is missing, without creating it', async () => {
    const reader = new PostgresStore(server.url, { schema: 'nowhere', mustExist: true });
    await assert.rejects(reader.opened(), /no Triangulate store in database .* \(schema nowhere\)/);
    await reader.close();
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const found = await client.query("SELECT 1 FROM pg_namespace WHERE nspname = 'nowhere'");
    await client.end();
    assert.equal(found.rowCount, 0);
  });

  it('should open a store a writer made for a role that may only read its tables', async () => {
    await asOwner(server, 'postgres', ['CREATE DATABASE shared']);
    const writer = new PostgresStore(withDatabase(server.url, 'shared'));
    await writer.opened();
    await writer.close();
    await asOwner(server, 'shared', ["CREATE ROLE reader LOGIN", 'GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader', 'GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO reader']);
    const reader = new PostgresStore(withDatabase(server.url, 'shared').replace('triangulate@', 'reader@'), { mustExist: true });
    // Any statement that creates or writes would fail here with "permission denied".
    assert.deepEqual(await reader.counts(), { articles: 0, events: 0 });
    assert.deepEqual(await reader.searchEvents('harbour crane'), []);
    await reader.close();
  });
});
