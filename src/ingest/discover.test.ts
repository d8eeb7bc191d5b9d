import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { discoverInputs, skippedNote } from './discover.js';

describe('discoverInputs', () => {
  it('should read the known types in a folder and name the other files it passes over', () => {
    const dir = mkdtempSync(join(tmpdir(), 'discover-'));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'a.txt'), 'x');
      writeFileSync(join(dir, 'notes.md'), 'x');
      writeFileSync(join(dir, 'sub', 'b.html'), 'x');
      writeFileSync(join(dir, '.hidden'), 'x');
      const found = discoverInputs([dir]);
      assert.deepEqual(found.files, [join(dir, 'a.txt'), join(dir, 'sub', 'b.html')]);
      assert.deepEqual(found.skipped, [join(dir, 'notes.md')]);
      assert.equal(found.errors.length, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('skippedNote', () => {
  it('should say nothing when nothing was passed over, and list at most five names', () => {
    assert.equal(skippedNote([]), null);
    const note = skippedNote(['1.md', '2.md', '3.md', '4.md', '5.md', '6.md', '7.md']) ?? '';
    assert.match(note, /^note: 7 file\(s\)/);
    assert.match(note, /5\.md and 2 more$/);
  });
});
