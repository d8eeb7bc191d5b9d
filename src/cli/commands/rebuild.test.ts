import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXAMPLES, ROOT, runCli, tempDir } from '../../../test/helpers.js';
import { PARTIAL_SUFFIX } from './rebuild.js';

describe('triangulate rebuild interrupted', () => {
  const dir = tempDir();
  const db = join(dir.path, 'old.db');
  const out = join(dir.path, 'new.db');
  before(async () => {
    const ingested = await runCli(['ingest', EXAMPLES, '--db', db]);
    assert.equal(ingested.code, 0, ingested.stderr);
  });
  after(() => dir.cleanup());

  it('should leave nothing at --out when killed part way, and rebuild in full when run again', async () => {
    // A process group of its own: the command runs in a second process (bin/triangulate.js), killed with it.
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), 'rebuild', '--db', db, '--out', out, '--no-progress'], { stdio: 'ignore', detached: true });
    const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    // Killed as soon as it has begun writing (kill -9: no handler runs, as in a crash or a power cut).
    while (!existsSync(`${out}${PARTIAL_SUFFIX}`) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 5));
    process.kill(-child.pid!, 'SIGKILL');
    await closed;
    assert.equal(existsSync(out), false, 'a partial rebuild must not stand at --out');
    const again = await runCli(['rebuild', '--db', db, '--out', out, '--json']);
    assert.equal(again.code, 0, again.stderr);
    const report = JSON.parse(again.stdout) as { articles: number; stored: number };
    assert.equal(report.stored, report.articles);
    assert.equal(existsSync(`${out}${PARTIAL_SUFFIX}`), false);
    const listed = await runCli(['articles', '--json', '--limit', '1000', '--db', out]);
    assert.equal((JSON.parse(listed.stdout) as unknown[]).length, report.articles);
  });

  it('should begin again over a leftover of its own, not over another file at --out', async () => {
    const target = join(dir.path, 'other.db');
    writeFileSync(`${target}${PARTIAL_SUFFIX}`, 'left by a run that was killed');
    const result = await runCli(['rebuild', '--db', db, '--out', target, '--json']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(existsSync(`${target}${PARTIAL_SUFFIX}`), false);
    assert.match((await runCli(['rebuild', '--db', db, '--out', target])).stderr, /already exists/);
  });
});
