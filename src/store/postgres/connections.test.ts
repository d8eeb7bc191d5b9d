/**
 * Opening a PostgreSQL store the ways a deployment does, against a throw-away server of its own that
 * also listens on 127.0.0.1 with SCRAM passwords and TLS: a reading command's refusal of a database with
 * no store in it, a role that may only read, a password over TCP (right, wrong, missing), and sslmode.
 * Skipped without PostgreSQL installed, as postgres-store.test.ts is.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import type * as Pg from 'pg';
import { displayUrl, PostgresStore } from './postgres-store.js';
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

describe('a PostgreSQL address in messages', () => {
  it('should hide a password given as a parameter as well as one after the user name', () => {
    assert.equal(displayUrl('postgresql://ana@db/news?sslmode=require&password=s3cret&application_name=t'), 'postgresql://ana@db/news?sslmode=require&password=***&application_name=t');
    assert.equal(displayUrl('postgresql://ana:p%40ss@db/news?password=again'), 'postgresql://ana:***@db/news?password=***');
  });
});

describe('opening a PostgreSQL store', { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
  let server: ThrowawayServer;
  /** A role that signs in over TCP with a password holding characters an address must escape. */
  const password = 'pa@ss/w:rd';
  let tcp: string;
  before(async () => {
    server = startThrowawayServer(bin!, { tcp: true, tls: true });
    await asOwner(server, 'postgres', [`CREATE ROLE ana LOGIN PASSWORD '${password}'`, 'CREATE DATABASE news OWNER ana']);
    tcp = `postgresql://ana:${encodeURIComponent(password)}@127.0.0.1:${server.port}/news`;
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

  it('should make and use its store over TCP with a password, never printing it', async () => {
    const store = new PostgresStore(tcp);
    assert.deepEqual(await store.counts(), { articles: 0, events: 0 });
    await store.close();
    assert.equal(displayUrl(tcp), `postgresql://ana:***@127.0.0.1:${server.port}/news`);
  });

  it('should say the password was refused, naming the database without it', async () => {
    const store = new PostgresStore(tcp.replace(encodeURIComponent(password), 'wrong-s3cret'));
    await assert.rejects(store.opened(), (error: Error) => {
      assert.equal(error.message, `cannot open database postgresql://ana:***@127.0.0.1:${server.port}/news: password authentication failed for user "ana"`);
      return true;
    });
    await store.close();
  });

  it('should say a password is needed when none is given, and take one from $PGPASSWORD', async () => {
    const bare = `postgresql://ana@127.0.0.1:${server.port}/news`;
    const before = process.env.PGPASSWORD;
    delete process.env.PGPASSWORD;
    const refused = new PostgresStore(bare);
    await assert.rejects(refused.opened(), /: the server asks for a password and none was given \(put it in the address, .* or in \$PGPASSWORD\)$/);
    await refused.close();
    process.env.PGPASSWORD = password;
    try {
      const store = new PostgresStore(bare, { mustExist: true });
      assert.deepEqual(await store.counts(), { articles: 0, events: 0 });
      await store.close();
    } finally {
      if (before === undefined) delete process.env.PGPASSWORD;
      else process.env.PGPASSWORD = before;
    }
  });

  it('should pass sslmode and sslrootcert to node-postgres: TLS verified against the given certificate, refused without it', async () => {
    const verified = `${tcp}?sslmode=verify-full&sslrootcert=${encodeURIComponent(server.certificate!)}`;
    const store = new PostgresStore(verified);
    assert.deepEqual(await store.counts(), { articles: 0, events: 0 });
    // The pool keeps its connection open: the server says whether it is encrypted.
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const seen = await client.query("SELECT count(*)::int AS n, bool_and(s.ssl) AS tls FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) WHERE a.usename = 'ana'");
    await client.end();
    await store.close();
    assert.ok(seen.rows[0].n >= 1, 'the store keeps a connection open');
    assert.equal(seen.rows[0].tls, true);
    const unverified = new PostgresStore(`${tcp}?sslmode=verify-full`);
    await assert.rejects(unverified.opened(), (error: Error) => {
      assert.match(error.message, /^cannot open database postgresql:\/\/ana:\*\*\*@127\.0\.0\.1:\d+\/news\?sslmode=verify-full: self-signed certificate \(.*sslrootcert=FILE/);
      return true;
    });
    await unverified.close();
  });
});
