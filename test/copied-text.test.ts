/**
 * The repository holds no text from ../shared: no comment, string, doc, fixture or example shares a run
 * of nine or more words of prose with any data file (lists of months, numbers or states excepted).
 * A failure names the file, line, run length and data file; `npm run audit:copied` prints the runs.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultRoots, sharedRuns } from './copied-text.js';
import { tempDir } from './helpers.js';

describe('copied text', () => {
  it('should find a shared run in a comment, a string and a doc, and tell a list from prose', () => {
    const dir = tempDir();
    try {
      const repo = join(dir.path, 'repo');
      const data = join(dir.path, 'data');
      for (const d of ['src', 'docs', 'data']) mkdirSync(join(repo, d), { recursive: true });
      mkdirSync(data, { recursive: true });
      writeFileSync(join(repo, 'README.md'), 'Nothing here is shared.\n');
      writeFileSync(
        join(repo, 'src', 'a.ts'),
        "const x = 1;\n// the heron waded past the harbour wall while the ferry sounded twice\nconst s = 'nine lanterns hung above the quay of the old salt market';\nconst m = 'january february march april may june july august september';\n",
      );
      writeFileSync(join(repo, 'docs', 'b.md'), 'Intro.\n\nThe ferry sounded twice and the heron waded past the harbour wall at dusk.\n');
      writeFileSync(
        join(data, 'page.jsonl'),
        JSON.stringify({ text: 'At noon the heron waded past the harbour wall while the ferry sounded twice.' }) +
          '\n' +
          JSON.stringify({ text: 'Nine lanterns hung above the quay of the old salt market.' }) +
          '\n' +
          JSON.stringify({ text: 'Months: January February March April May June July August September.' }) +
          '\n',
      );
      const runs = sharedRuns(repo, [data], 9);
      const at = runs.map((r) => `${r.file}:${r.line}:${r.words}:${r.generic ? 'list' : 'prose'}`).sort();
      assert.deepEqual(at, ['src/a.ts:2:12:prose', 'src/a.ts:3:11:prose', 'src/a.ts:4:9:list']);
      // The doc shares seven words in a row at most: below the line.
      assert.ok(!runs.some((r) => r.file === 'docs/b.md'));
    } finally {
      dir.cleanup();
    }
  });

  const { root, data } = defaultRoots();
  it('should find no prose from ../shared in the repository', { skip: existsSync(data[0]!) ? false : 'no ../shared/data beside the project' }, () => {
    const prose = sharedRuns(root, data, 9).filter((r) => !r.generic);
    assert.deepEqual(
      prose.map((r) => `${r.file}:${r.line} shares ${r.words} words with ${r.dataFile.slice(r.dataFile.indexOf('shared/'))}`),
      [],
      'rewrite these lines in our own words (npm run audit:copied prints the runs)',
    );
  });
});
