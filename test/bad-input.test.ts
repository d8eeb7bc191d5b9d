/**
 * Bad input never stops a batch: an empty file, a binary file, a 50 MB file, invalid UTF-8, a bad JSON
 * line, a missing path each get a message naming them, and everything valid still goes in.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/model/types.js';
import { assertSchema, runCli, tempDir } from './helpers.js';

function article(n: number): string {
  const day = (n % 27) + 1;
  return [
    `Harbour crane collapse number ${n} injures dock workers in port town ${n}`,
    'By Test Reporter',
    `Published: March ${day}, 2025 09:00`,
    `A crane collapsed at berth ${n} of the container port on Monday, injuring ${(n % 5) + 1} dock workers, the port authority said in a statement issued on Tuesday morning.`,
    `Engineers said the crane number ${n} had passed an inspection last month and that the cause of the collapse was not yet known to anyone involved.`,
  ].join('\n');
}

describe('bad input', () => {
  const dir = tempDir();
  const db = join(dir.path, 'bad.db');
  const batch = join(dir.path, 'batch');
  let report: { stored: number; errors: { input: string; problem: string }[]; warnings: { input: string; message: { rule: string } }[] };
  let code = 0;
  let stderr = '';

  before(async () => {
    mkdirSync(batch);
    writeFileSync(join(batch, 'empty.txt'), '');
    writeFileSync(join(batch, 'login.html'), '<html><body><nav>Home | Login | Menu</nav><form><input name="user"><button>Sign in</button></form></body></html>');
    writeFileSync(join(batch, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    // A sparse 50 MB file: refused by size before it is read.
    const big = openSync(join(batch, 'huge.txt'), 'w');
    ftruncateSync(big, 50 * 1024 * 1024);
    closeSync(big);
    // A 50 MB JSON Lines file: streamed; its one oversized record is refused by line, the next goes in.
    writeFileSync(join(batch, 'huge.jsonl'), `${JSON.stringify({ id: 'giant', body: 'word '.repeat(10 * 1024 * 1024) })}\n${JSON.stringify({ id: 'after-giant', title: 'Bridge reopens after repairs', publishedAt: '2025-03-04T10:00:00Z', body: 'The old stone bridge over the river reopened to traffic on Monday after three months of repairs, the council said.' })}\n`);
    // windows-1252 bytes (0x92 is a right quote) are not valid UTF-8.
    writeFileSync(join(batch, 'latin.txt'), Buffer.concat([Buffer.from(article(9001).replace('Test Reporter', 'Test Reporter'), 'latin1'), Buffer.from([0x0a]), Buffer.from('The port\x92s director said repairs would take weeks and that the cranes would be checked again.', 'latin1')]));
    writeFileSync(join(batch, 'records.jsonl'), `${JSON.stringify({ id: 'ok-1', title: 'Ferry runs aground off the coast', publishedAt: '2025-03-04T10:00:00Z', body: 'A passenger ferry ran aground off the northern coast on Monday, the coast guard said. All passengers were taken off safely and no injuries were reported.' })}\n{not json}\n${JSON.stringify({ id: 'no-text' })}\n`);
    const many = join(batch, 'many');
    mkdirSync(many);
    for (let i = 0; i < 1000; i++) writeFileSync(join(many, `article-${String(i).padStart(4, '0')}.txt`), article(i));
    const result = await runCli(['ingest', batch, join(dir.path, 'missing-folder'), '--json', '--db', db]);
    code = result.code;
    stderr = result.stderr;
    report = JSON.parse(result.stdout) as typeof report;
  });
  after(() => dir.cleanup());

  it('should report the batch in the schema and exit with 2 because some inputs were rejected', () => {
    assertSchema('ingest-report', report);
    assert.equal(code, 2, stderr);
  });

  it('should name each bad input with its problem', () => {
    const problem = (suffix: string): string | undefined => report.errors.find((e) => e.input.endsWith(suffix))?.problem;
    assert.match(problem('empty.txt') ?? '', /empty/);
    assert.match(problem('binary.html') ?? '', /binary/);
    assert.match(problem('login.html') ?? '', /no article text/);
    assert.match(problem('huge.txt') ?? '', /too large/);
    assert.match(problem('huge.jsonl:1') ?? '', /record too large/);
    assert.match(problem('records.jsonl:2') ?? '', /not valid JSON/);
    assert.match(problem('records.jsonl:3') ?? '', /no non-empty "text", "html" or "body"/);
    assert.match(problem('missing-folder') ?? '', /no such file/);
  });

  it('should ingest everything valid: the 1,000 files, the good JSON lines and the legacy-encoded file', () => {
    assert.equal(report.stored, 1003);
    const latin = report.warnings.find((w) => w.input.endsWith('latin.txt'));
    assert.equal(latin?.message.rule, 'encoding');
  });

  it('should decode the legacy-encoded file correctly', async () => {
    const listed = await runCli(['search', 'repairs would take weeks', '--articles', '--json', '--db', db]);
    const [hit] = JSON.parse(listed.stdout) as Article[];
    assert.ok(hit, listed.stderr);
    assert.match(hit.body, /port’s director/);
  });

  it('should keep the store readable after the failures', async () => {
    const events = await runCli(['events', '--json', '--db', db]);
    assert.equal(events.code, 0);
    assert.ok((JSON.parse(events.stdout) as unknown[]).length > 0);
  });
});
