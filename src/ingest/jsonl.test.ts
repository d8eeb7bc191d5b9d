import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonLines, streamJsonLines } from './jsonl.js';
import { tempDir } from '../../test/helpers.js';

describe('parseJsonLines', () => {
  it('should turn records into documents of the kind their content field says', () => {
    const text = [
      JSON.stringify({ id: 7, url: 'https://example.org/a', title: 'T', outlet: 'O', publishedAt: '2025-01-01T10:00:00Z', body: 'Clean body.' }),
      JSON.stringify({ html: '<p>page</p>' }),
      JSON.stringify({ text: 'scraped text' }),
    ].join('\n');
    const { documents, errors } = parseJsonLines(text, 'in.jsonl');
    assert.deepEqual(errors, []);
    assert.deepEqual(documents.map((d) => d.kind), ['body', 'html', 'text']);
    assert.deepEqual(documents[0]!.source, { file: 'in.jsonl', id: '7', url: 'https://example.org/a' });
    assert.deepEqual(documents[0]!.hints, { title: 'T', outlet: 'O', publishedAt: '2025-01-01T10:00:00Z', url: 'https://example.org/a' });
  });

  it('should report bad lines by number and keep the good ones', () => {
    const text = `{"body": "one"}\n{broken\n[1,2]\n{"title": "no content"}\n{"body": "x", "publishedAt": "soon"}\n{"body": "two"}\n`;
    const { documents, errors } = parseJsonLines(text, 'in.jsonl');
    assert.equal(documents.length, 2);
    assert.deepEqual(errors.map((e) => e.input), ['in.jsonl:2', 'in.jsonl:3', 'in.jsonl:4', 'in.jsonl:5']);
    assert.match(errors[3]!.problem, /publishedAt.*not a date/);
  });
});

describe('streamJsonLines', () => {
  it('should stream records, refuse a record over the limit and invalid UTF-8 by line, and go on', async () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'big.jsonl');
      const huge = JSON.stringify({ body: 'x'.repeat(3 * 1024 * 1024) });
      const lines = [JSON.stringify({ body: 'first' }), huge, JSON.stringify({ body: 'third' })];
      writeFileSync(file, Buffer.concat([Buffer.from(`${lines.join('\n')}\n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from(JSON.stringify({ body: 'last, no newline' }))]));
      const items = [];
      for await (const item of streamJsonLines(file, 1024 * 1024)) items.push(item);
      const described = items.map((i) => ('document' in i ? i.document.content : `${i.error.input}: ${i.error.problem}`));
      assert.equal(described.length, 5);
      assert.equal(described[0], 'first');
      assert.match(described[1]!, /big\.jsonl:2: record too large/);
      assert.equal(described[2], 'third');
      assert.match(described[3]!, /big\.jsonl:4: not valid UTF-8/);
      assert.equal(described[4], 'last, no newline');
    } finally {
      dir.cleanup();
    }
  });
});
