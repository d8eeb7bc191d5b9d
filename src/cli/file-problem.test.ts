import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../test/helpers.js';
import { folderNotFile, writeProblem } from './file-problem.js';

const dir = tempDir();
after(() => dir.cleanup());

function problemWriting(path: string): string {
  try {
    writeFileSync(path, 'x');
  } catch (error) {
    return writeProblem(path, error);
  }
  return 'written';
}

describe('writeProblem', () => {
  it('should name the missing folder rather than ENOENT', () => {
    const path = join(dir.path, 'no-such-folder', 'events.csv');
    assert.equal(problemWriting(path), `cannot write ${path}: there is no folder ${join(dir.path, 'no-such-folder')}`);
  });

  it('should say that the target is a folder rather than EISDIR', () => {
    assert.equal(problemWriting(dir.path), `cannot write ${dir.path}: it is a folder (name a file in it)`);
  });
});

describe('folderNotFile', () => {
  it('should refuse a folder and pass a file or a path that does not exist yet', () => {
    const file = join(dir.path, 'store.db');
    writeFileSync(file, '');
    assert.equal(folderNotFile(dir.path, '--db'), `--db ${dir.path} is a folder; name a file (such as ${join(dir.path, 'triangulate.db')})`);
    assert.equal(folderNotFile(file, '--db'), null);
    assert.equal(folderNotFile(join(dir.path, 'new.db'), '--db'), null);
    assert.equal(folderNotFile(dir.path, '--out', 'events.csv'), `--out ${dir.path} is a folder; name a file (such as ${join(dir.path, 'events.csv')})`);
  });
});
