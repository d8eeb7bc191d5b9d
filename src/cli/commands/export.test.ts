import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, lstatSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, tempDir } from '../../../test/helpers.js';
import { sampleArticle, sampleEvent } from '../../store/contract.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { exportCommand } from './export.js';

describe('exportCommand', () => {
  it('should refuse --json with another --format rather than silently write JSON', async () => {
    await assert.rejects(exportCommand({ json: true, format: 'csv', db: '/nonexistent/never.db' } as Parameters<typeof exportCommand>[0]), /--json asks for JSON but --format asks for 'csv'/);
  });
});

describe('triangulate export to stdout', () => {
  const dir = tempDir();
  const db = join(dir.path, 'events.db');
  before(async () => {
    // Enough events to fill a pipe's buffer, so a reader that stops early finds the export still writing.
    const store = new SqliteStore(db);
    for (let n = 1; n <= 300; n++) {
      const article = sampleArticle(n);
      const event = sampleEvent(`evt_${n.toString(16).padStart(16, '0')}`, [article]);
      await store.commit({ article: { ...article, eventId: event.id }, event, profile: { terms: { crane: 1 }, names: [], dates: [], size: 1 }, keys: [], outletKey: `o${n}`, copyGroup: article.id, articleTerms: ['crane'], mergedEventIds: [] });
    }
    await store.close();
  });
  after(() => dir.cleanup());

  const run = (stdout: 'pipe' | number, readBytes = Infinity): Promise<{ code: number | null; stderr: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), 'export', '--format', 'jsonl', '--db', db], { stdio: ['ignore', stdout, 'pipe'] });
      let stderr = '';
      let read = 0;
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout?.on('data', (d: Buffer) => {
        read += d.length;
        if (read >= readBytes) child.stdout!.destroy();
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it('should end quietly with 0 when the reader stops early (| head)', async () => {
    assert.deepEqual(await run('pipe', 10), { code: 0, stderr: '' });
  });

  it('should say in one line that standard output cannot be written, not crash with a stack', { skip: !existsSync('/dev/full') && 'no /dev/full' }, async () => {
    const full = openSync('/dev/full', 'w');
    try {
      assert.deepEqual(await run(full), { code: 1, stderr: 'triangulate: cannot write standard output: the disk is full\n' });
    } finally {
      closeSync(full);
    }
  });

  const exportTo = (out: string): Promise<{ code: number | null; stderr: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin', 'triangulate.js'), 'export', '--format', 'jsonl', '--db', db, '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });

  it('should write into a pipe in place, leaving the pipe a pipe (the rename that protects a file would replace it)', { timeout: 120_000 }, async () => {
    const fifo = join(dir.path, 'events.fifo');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here: nothing to test with
    }
    // The reader opens the pipe as the export does; each waits for the other.
    const [text, result] = await Promise.all([readFile(fifo, 'utf8'), exportTo(fifo)]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(text.trim().split('\n').length, 300);
    assert.ok(lstatSync(fifo).isFIFO(), 'still a pipe');
  });

  it('should follow a link named as --out, replacing the file it leads to and keeping the link', async () => {
    const real = join(dir.path, 'real.jsonl');
    const link = join(dir.path, 'link.jsonl');
    writeFileSync(real, 'old\n');
    symlinkSync(real, link);
    const result = await exportTo(link);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(lstatSync(link).isSymbolicLink(), 'still a link');
    assert.equal(readFileSync(real, 'utf8').trim().split('\n').length, 300);
  });
});
