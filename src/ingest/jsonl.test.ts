import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { tempDir } from '../../test/helpers.js';
import { type JsonLine, recordToDocument, streamJsonLines } from './jsonl.js';

const dir = tempDir();
after(() => dir.cleanup());
let n = 0;

async function read(content: string | Buffer, maxRecordBytes = 1024 * 1024): Promise<string[]> {
  const file = join(dir.path, `in-${++n}.jsonl`);
  writeFileSync(file, content);
  const out: JsonLine[] = [];
  for await (const item of streamJsonLines(file, maxRecordBytes)) out.push(item);
  return out.map((i) => ('document' in i ? `${i.document.kind}:${i.document.content}` : `${i.error.input.replace(file, 'F')}: ${i.error.problem}`));
}

describe('streamJsonLines', () => {
  it('should turn records into documents of the kind their content field says, with source and hints', async () => {
    const file = join(dir.path, 'fields.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 7, url: 'https://example.org/a', title: 'T', outlet: 'O', publishedAt: '2025-01-01T10:00:00Z', body: 'Clean body.' })}\n${JSON.stringify({ html: '<p>page</p>' })}\n${JSON.stringify({ text: 'scraped text' })}\n`);
    const docs = [];
    for await (const item of streamJsonLines(file, 1 << 20)) if ('document' in item) docs.push(item.document);
    assert.deepEqual(docs.map((d) => d.kind), ['body', 'html', 'text']);
    assert.deepEqual(docs[0]!.source, { file, line: 1, id: '7', url: 'https://example.org/a' });
    assert.deepEqual(docs[0]!.hints, { title: 'T', outlet: 'O', publishedAt: '2025-01-01T10:00:00Z', url: 'https://example.org/a' });
  });

  it('should read a UTF-16 file with its byte-order mark, as Windows PowerShell writes one', async () => {
    const lines = '{"body": "Ferry delayed at Oban."}\r\n{"body": "Café reopens in Montréal."}\r\n';
    const bigEndian = Buffer.from(`\ufeff${lines}`, 'utf16le').swap16();
    assert.deepEqual(await read(Buffer.from(`\ufeff${lines}`, 'utf16le')), ['body:Ferry delayed at Oban.', 'body:Café reopens in Montréal.']);
    assert.deepEqual(await read(bigEndian), ['body:Ferry delayed at Oban.', 'body:Café reopens in Montréal.']);
  });

  it('should read a UTF-16 file without a byte-order mark, either byte order', async () => {
    const lines = '{"body": "Ferry delayed at Oban."}\r\n{"body": "Café reopens in Montréal."}\r\n';
    assert.deepEqual(await read(Buffer.from(lines, 'utf16le')), ['body:Ferry delayed at Oban.', 'body:Café reopens in Montréal.']);
    assert.deepEqual(await read(Buffer.from(lines, 'utf16le').swap16()), ['body:Ferry delayed at Oban.', 'body:Café reopens in Montréal.']);
  });

  it('should report bad lines by number and keep the good ones', async () => {
    const out = await read(`{"body": "one"}\n{broken\n[1,2]\n{"title": "no content"}\n{"body": "x", "publishedAt": "2024-02-30"}\n\n{"text": 5}\n{"body": "two"}\n`);
    assert.match(out[1]!, /^F:2: not valid JSON \(/);
    assert.deepEqual([out[0], ...out.slice(2)], [
      'body:one',
      'F:3: each line must be a JSON object',
      'F:4: the record has no non-empty "text", "html" or "body" field',
      'body:x',
      'F:7: "text" must be a string, got number',
      'body:two',
    ]);
  });

  it('should keep a record whose date or field names are off, and say what it read or left out', async () => {
    const file = join(dir.path, 'lenient.jsonl');
    const lines = [
      { body: 'a', publishedAt: '2024-02-30' },
      { body: 'b', publishedAt: 'June 2, 2025' },
      { body: 'c', publishedAt: 'Mon, 02 Jun 2025 10:00:00 GMT' },
      { body: 'd', publishedAt: '06/02/2025' },
      { body: 'e', published_at: '2025-06-02', Outlet: 'Kenya Now', author: 'X' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const docs = [];
    for await (const item of streamJsonLines(file, 1 << 20)) if ('document' in item) docs.push(item.document);
    assert.deepEqual(docs.map((d) => d.hints.publishedAt), [undefined, '2025-06-02', '2025-06-02T10:00:00Z', undefined, '2025-06-02']);
    assert.equal(docs[4]!.hints.outlet, 'Kenya Now');
    assert.equal(docs[0]!.notes![0]!, '"publishedAt" "2024-02-30" is a day that does not exist; left out');
    assert.match(docs[1]!.notes![0]!, /read as 2025-06-02$/);
    assert.match(docs[3]!.notes![0]!, /"06\/02\/2025"; left out/);
    assert.deepEqual(docs[4]!.notes!.slice(0, 2), ['read the field "published_at" as "publishedAt"', 'read the field "Outlet" as "outlet"']);
    assert.match(docs[4]!.notes![2]!, /^the field "author" is not one Triangulate reads \(id, url, title, outlet, publishedAt, fetchedAt, text, html, body\); it was left out$/);
  });

  it('should keep the time a page was fetched, and leave out one without a time of day', () => {
    assert.equal(recordToDocument({ html: '<p>x</p>', fetchedAt: '2025-06-02T14:30:00Z' }, 'f.jsonl', 1).hints.fetchedAt, '2025-06-02T14:30:00Z');
    // "3 minutes ago" cannot be counted back from a day.
    const day = recordToDocument({ html: '<p>x</p>', fetched_at: '2025-06-02' }, 'f.jsonl', 1);
    assert.equal(day.hints.fetchedAt, undefined);
    assert.match(day.notes!.at(-1)!, /"fetchedAt" is not an ISO 8601 date and time: "2025-06-02"; left out/);
  });

  it('should leave out a fetch time before the publication', () => {
    const early = recordToDocument({ html: '<p>x</p>', publishedAt: '2025-06-02T14:00:00Z', fetchedAt: '2025-06-01T14:30:00Z' }, 'f.jsonl', 1);
    assert.equal(early.hints.fetchedAt, undefined);
    assert.match(early.notes!.at(-1)!, /"fetchedAt" "2025-06-01T14:30:00Z" is before "publishedAt" "2025-06-02T14:00:00Z"; left out/);
    // Read on the day of publication, that day given without a time, or an hour later in another zone: kept.
    assert.equal(recordToDocument({ html: '<p>x</p>', publishedAt: '2025-06-02', fetchedAt: '2025-06-02T01:00:00-05:00' }, 'f.jsonl', 1).hints.fetchedAt, '2025-06-02T01:00:00-05:00');
    assert.equal(recordToDocument({ html: '<p>x</p>', publishedAt: '2025-06-02T14:00:00Z', fetchedAt: '2025-06-02T13:00:00-02:00' }, 'f.jsonl', 1).hints.fetchedAt, '2025-06-02T13:00:00-02:00');
  });

  it('should leave out, with a warning, a fetch time later than the ingest\'s clock allows', () => {
    const now = Date.parse('2025-06-02T12:00:00Z');
    const ahead = recordToDocument({ html: '<p>x</p>', publishedAt: '2025-06-02T09:00:00Z', fetchedAt: '2026-06-02T11:00:00Z' }, 'f.jsonl', 1, now);
    assert.equal(ahead.hints.fetchedAt, undefined);
    assert.match(ahead.notes!.at(-1)!, /"fetchedAt" "2026-06-02T11:00:00Z" is later than the time of ingest \(2025-06-02T12:00:00.000Z\); left out/);
    // A few minutes ahead is a fetching machine's clock running fast, kept; so is a time in an offset behind UTC.
    assert.equal(recordToDocument({ html: '<p>x</p>', fetchedAt: '2025-06-02T12:05:00Z' }, 'f.jsonl', 1, now).hints.fetchedAt, '2025-06-02T12:05:00Z');
    assert.equal(recordToDocument({ html: '<p>x</p>', fetchedAt: '2025-06-02T07:30:00-04:00' }, 'f.jsonl', 1, now).hints.fetchedAt, '2025-06-02T07:30:00-04:00');
  });

  it('should refuse a record over the limit, even one that fits in one read, and go on', async () => {
    const out = await read(`${JSON.stringify({ body: 'a'.repeat(2000) })}\n${JSON.stringify({ body: 'small' })}\n`, 1000);
    assert.deepEqual(out, ['F:1: record too large (over 0.0 MB, see --max-mb)', 'body:small']);
  });

  it('should refuse a record over the limit that spans reads, and a line of invalid UTF-8', async () => {
    const huge = JSON.stringify({ body: 'x'.repeat(3 * 1024 * 1024) });
    const out = await read(Buffer.concat([Buffer.from(`{"body": "first"}\n${huge}\n`), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), Buffer.from('{"body": "last, no newline"}')]));
    assert.equal(out.length, 4);
    assert.equal(out[0], 'body:first');
    assert.match(out[1]!, /^F:2: record too large/);
    assert.equal(out[2], 'F:3: not valid UTF-8 (JSON Lines must be UTF-8)');
    assert.equal(out[3], 'body:last, no newline');
  });

  it('should report a JSON array once, and a file of blank lines', async () => {
    assert.deepEqual(await read('[\n  {"body": "a"},\n  {"body": "b"}\n]\n'), ['F: a JSON array, not JSON Lines (write one JSON object per line)']);
    assert.deepEqual(await read('\n\n  \n'), ['F: no records (only blank lines)']);
  });

  it('should keep the same text from two outlets as two records (copies), and the same record once', async () => {
    const file = join(dir.path, 'copies.jsonl');
    writeFileSync(file, `${JSON.stringify({ outlet: 'A', body: 'Same wire text.' })}\n${JSON.stringify({ outlet: 'B', body: 'Same wire text.' })}\n${JSON.stringify({ outlet: 'A', body: 'Same wire text.' })}\n`);
    const hashes = [];
    for await (const item of streamJsonLines(file, 1 << 20)) if ('document' in item) hashes.push(item.document.contentHash);
    assert.notEqual(hashes[0], hashes[1]);
    assert.equal(hashes[0], hashes[2]);
  });
});

describe('record fields that cannot be what they claim', () => {
  const now = Date.parse('2025-06-02T12:00:00Z');
  const notes = (record: Record<string, unknown>): string[] => recordToDocument({ body: 'Clean body.', ...record }, 'f.jsonl', 1, now).notes ?? [];

  it('should leave out, with a warning, a publication date in the future or before any newspaper', () => {
    assert.equal(recordToDocument({ body: 'x y', publishedAt: '2999-01-01' }, 'f.jsonl', 1, now).hints.publishedAt, undefined);
    assert.deepEqual(notes({ publishedAt: '2999-01-01' }), ['"publishedAt" "2999-01-01" is later than the time of ingest (2025-06-02T12:00:00.000Z); left out']);
    assert.deepEqual(notes({ publishedAt: '0000-01-01' }), ['"publishedAt" "0000-01-01" is before 1600, earlier than any newspaper; left out']);
    assert.deepEqual(notes({ publishedAt: 'January 1, 0001' }).at(-1), '"publishedAt" "0001-01-01" is before 1600, earlier than any newspaper; left out');
  });

  it('should keep a publication date of today or tomorrow (a time zone ahead), and an old one', () => {
    for (const date of ['2025-06-02', '2025-06-03', '2025-06-03T09:00:00+09:00', '1851-09-18']) {
      assert.equal(recordToDocument({ body: 'x y', publishedAt: date }, 'f.jsonl', 1, now).hints.publishedAt, date, date);
    }
  });

  it('should leave out, with a warning, an address that is no web address, and read a bare host as https', () => {
    for (const url of ['not a url at all', 'javascript:alert(1)', 'file:///etc/passwd', 'n/a', 'https://']) {
      const doc = recordToDocument({ body: 'x y', url }, 'f.jsonl', 1, now);
      assert.equal(doc.source.url, undefined, url);
      assert.deepEqual(doc.notes, [`"url" is not a web address (http:// or https://): ${JSON.stringify(url)}; left out`]);
    }
    const bare = recordToDocument({ body: 'x y', url: 'www.example.org/news/1' }, 'f.jsonl', 1, now);
    assert.equal(bare.source.url, 'https://www.example.org/news/1');
    assert.deepEqual(bare.notes, ['"url" "www.example.org/news/1" has no scheme; read as https://www.example.org/news/1']);
    assert.deepEqual(notes({ url: 'http://example.org:8080/a?b=c' }), []);
  });

  it('should say what type a field of the wrong type has', () => {
    assert.throws(() => recordToDocument({ body: 'x y', title: 123 }, 'f.jsonl', 4, now), { problem: '"title" must be a string, got number' });
    assert.throws(() => recordToDocument({ body: 'x y', publishedAt: ['2025-06-02'] }, 'f.jsonl', 4, now), { problem: '"publishedAt" must be a string, got an array' });
  });

  it('should keep both records of an id given twice in a file, and say so on the second', async () => {
    const file = join(dir.path, 'ids.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a6', body: 'First text.' })}\n${JSON.stringify({ id: 'b', body: 'Other text.' })}\n${JSON.stringify({ id: 'a6', body: 'Changed text.' })}\n`);
    const docs = [];
    for await (const item of streamJsonLines(file, 1 << 20)) if ('document' in item) docs.push(item.document);
    assert.deepEqual(docs.map((d) => d.notes ?? []), [[], [], ['the id "a6" was given to line 1 too; both records are kept']]);
  });
});
