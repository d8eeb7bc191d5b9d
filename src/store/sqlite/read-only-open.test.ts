import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, tempDir } from '../../../test/helpers.js';
import { sampleArticle, sampleEvent } from '../contract.js';
import { writeProblem } from './read-only-open.js';
import { SqliteStore } from './sqlite-store.js';

describe('writeProblem', () => {
  it('should find nothing wrong with a file in a folder this process may write', () => {
    const dir = tempDir();
    try {
      assert.equal(writeProblem(join(dir.path, 'new.db')), null);
    } finally {
      dir.cleanup();
    }
  });
});

/**
 * A store its user may read but not write: as root (who may write anything) the CLI runs as the
 * unprivileged user `nobody`; otherwise the file and its folder are made read-only.
 */
const root = process.getuid?.() === 0;
const NOBODY = 65534;
const nobodyCanRun = !root || spawnSync(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), '--help'], { uid: NOBODY, gid: NOBODY }).status === 0;

describe('a store this user cannot write', { skip: !nobodyCanRun && 'the user nobody cannot read this checkout' }, () => {
  const dir = tempDir();
  const db = join(dir.path, 'shared.db');
  before(async () => {
    const store = new SqliteStore(db);
    const article = sampleArticle(1);
    const event = sampleEvent('evt_00000000000000a1', [article]);
    await store.commit({ article: { ...article, eventId: event.id }, event, profile: { terms: { crane: 1 }, names: [], dates: [], size: 1 }, keys: [], outletKey: 'o1', copyGroup: article.id, articleTerms: ['crane'], mergedEventIds: [] });
    await store.close();
    // A clean close leaves the database alone: no -shm file, which SQLite would need to create beside it.
    assert.equal(existsSync(`${db}-shm`), false);
    chmodSync(db, 0o444);
    chmodSync(dir.path, 0o555);
  });
  after(() => {
    chmodSync(dir.path, 0o755);
    dir.cleanup();
  });

  const run = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), ...args, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'], ...(root ? { uid: NOBODY, gid: NOBODY } : {}) });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('should list and show what it holds (commands that only read need no write access)', async () => {
    const listed = await run(['events', '--json']);
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual((JSON.parse(listed.stdout) as { id: string }[]).map((e) => e.id), ['evt_00000000000000a1']);
    const found = await run(['search', 'crane', '--json']);
    assert.equal(found.code, 0, found.stderr);
  });

  it('should refuse to optimize it in one line that says why', async () => {
    const result = await run(['optimize']);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^triangulate: cannot write database .*shared\.db: this user has no permission to write the file\n$/);
  });

  it('should refuse an ingest in one line that says why the store cannot be written', async () => {
    const result = await run(['ingest', join(ROOT, 'examples')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^triangulate: cannot write database .*shared\.db: this user has no permission to write the file/);
    assert.equal(result.stderr.trim().split('\n').length, 1);
  });
});
