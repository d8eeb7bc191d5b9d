import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { floodPage, tempDir } from '../../test/helpers.js';
import { createStages } from '../pipeline.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestPaths } from './batch.js';
import { storedFileName } from './stored-name.js';

describe('storedFileName', () => {
  it('should name a file given itself by its name alone', () => {
    assert.equal(storedFileName('/home/ana/cases/ferry.html', ['/home/ana/cases/ferry.html']), 'ferry.html');
  });

  it("should name a file found in a folder by the path from that folder, the folder's name first", () => {
    const roots = ['/home/ana/cases', '/srv/other.txt'];
    assert.equal(storedFileName('/home/ana/cases/june/ferry.html', roots), 'cases/june/ferry.html');
    assert.equal(storedFileName('/home/ana/cases/notes.txt', ['/home/ana/cases/']), 'cases/notes.txt');
  });

  it('should take the deepest folder given when two hold the file, and never give an absolute path', () => {
    assert.equal(storedFileName('/data/a/b/page.txt', ['/data', '/data/a/b']), 'b/page.txt');
    assert.equal(storedFileName('/elsewhere/page.txt', ['/data']), 'page.txt');
    assert.ok(!storedFileName('/page.txt', ['/']).startsWith('/'));
  });
});

describe('ingestPaths: the names files are stored under', () => {
  const dir = tempDir();
  after(() => dir.cleanup());
  const folder = join(dir.path, 'harbour');
  mkdirSync(join(folder, 'week1'), { recursive: true });
  writeFileSync(join(folder, 'week1', 'crane.txt'), floodPage(3));
  writeFileSync(join(dir.path, 'alone.txt'), floodPage(41));
  writeFileSync(join(folder, 'week1', 'blank.txt'), ' \n ');

  it('should store no folder above the ones given, and still report a refused file by the path given', async () => {
    const store = new SqliteStore(':memory:');
    try {
      const given = [folder, join(dir.path, 'alone.txt')];
      const report = await ingestPaths(given, createStages(), { store, now: () => '2025-06-10T12:00:00Z' }, { maintain: false });
      assert.equal(report.stored, 2);
      const files = (await store.listArticles()).map((a) => a.source.file).sort();
      assert.deepEqual(files, ['alone.txt', 'harbour/week1/crane.txt']);
      assert.deepEqual(report.errors.map((e) => e.input), [join(folder, 'week1', 'blank.txt')]);
    } finally {
      await store.close();
    }
  });
});
