/**
 * An ingest whose PostgreSQL server has gone away stops at its first failure with one error that names
 * the database, as SQLite's does on a full disk, rather than failing every remaining record alike.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { examplesFolder } from '../../cli/commands/demo.js';
import { ingestPaths } from '../../ingest/batch.js';
import { createStages } from '../../pipeline.js';
import { storeCannotWrite } from '../write-failure.js';
import { PostgresStore } from './postgres-store.js';
import { postgresBinaries, startThrowawayServer, type ThrowawayServer } from './throwaway-server.js';

const bin = postgresBinaries();

describe('a PostgreSQL store that cannot be opened', () => {
  it('should fail its calls with the connection\'s code kept, so a batch stops on the first', async () => {
    const store = new PostgresStore(`postgresql://ana:s3cret@/nothere?host=${encodeURIComponent('/nonexistent-socket-folder')}`);
    await assert.rejects(store.counts(), (error: Error) => {
      assert.equal((error as Error & { code?: string }).code, 'ENOENT');
      assert.match(storeCannotWrite(error) ?? '', /^the PostgreSQL server of postgresql:\/\/ana:\*\*\*@\/nothere\?host=%2Fnonexistent-socket-folder cannot be reached/);
      return true;
    });
    await store.close();
  });
});

describe('an ingest whose PostgreSQL server went away', { skip: bin ? false : 'no PostgreSQL binaries on this machine' }, () => {
  let server: ThrowawayServer | null = null;
  after(() => server?.stop());

  it('should stop the batch at the first record with one error naming the database', async () => {
    server = startThrowawayServer(bin!);
    const store = new PostgresStore(server.url);
    const context = { store, now: () => '2026-01-01T00:00:00.000Z' };
    const first = await ingestPaths([join(examplesFolder(), 'canberra-maritime-talks')], createStages(), context, {});
    assert.equal(first.errors.length, 0, JSON.stringify(first.errors));
    server.stop();
    const rest = await ingestPaths([join(examplesFolder(), 'wellington-earthquake'), join(examplesFolder(), 'dublin-hospital-ransomware')], createStages(), context, {});
    assert.equal(rest.stored, 0);
    assert.match(rest.stopped ?? '', /^the PostgreSQL server of postgresql:\/\/triangulate@\/postgres\?host=.* cannot be reached/);
    assert.equal(rest.errors.length, 1, JSON.stringify(rest.errors));
    await store.close();
  });
});
