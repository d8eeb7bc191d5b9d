import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseJsonLines } from './jsonl.js';

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
