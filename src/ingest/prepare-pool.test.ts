import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { createStages } from '../pipeline.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { ingestPaths, type BatchReport } from './batch.js';
import { PreparePool, preparePoolFor } from './prepare-pool.js';
import { rawDocument } from './read-input.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));
const NOW = () => '2026-11-29T12:00:00.000Z';

/** The bundled examples as one JSON Lines file, with a copy of the first, a page with no article and a broken line. */
function batchFile(dir: string): string {
  const lines: string[] = [];
  for (const folder of readdirSync(EXAMPLES).sort()) {
    for (const name of readdirSync(join(EXAMPLES, folder)).sort()) {
      const text = readFileSync(join(EXAMPLES, folder, name), 'utf8');
      lines.push(JSON.stringify(name.endsWith('.html') ? { id: name, html: text } : { id: name, text }));
    }
  }
  lines.splice(3, 0, lines[0]!, JSON.stringify({ id: 'empty', html: '<html><body><nav>Home</nav></body></html>' }), '{"id": "broken"');
  const file = join(dir, 'batch.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function ingest(file: string, pool: PreparePool | null): Promise<{ report: BatchReport; events: string[] }> {
  const store = new SqliteStore(':memory:');
  try {
    const report = await ingestPaths([file], createStages(), { store, now: NOW }, { pool });
    const events = (await store.queryEvents({ sort: 'date-desc', limit: 100 })).map((e) => `${e.id} ${e.title} ${[...e.articles].sort().join(',')}`).sort();
    return { report, events };
  } finally {
    await store.close();
  }
}

describe('PreparePool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'triangulate-pool-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('should give the batch the same report and events as running every stage on the main thread', async () => {
    const file = batchFile(dir);
    const alone = await ingest(file, null);
    const pool = new PreparePool(2);
    const prepare = pool.prepare.bind(pool);
    let sent = 0;
    pool.prepare = (raw) => {
      sent++;
      return prepare(raw);
    };
    try {
      const pooled = await ingest(file, pool);
      assert.deepEqual(pooled.report, alone.report);
      assert.deepEqual(pooled.events, alone.events);
      // Every document but the copy read while its original was still being prepared went to a thread.
      assert.equal(sent, alone.report.documents - 1);
    } finally {
      await pool.close();
    }
    assert.equal(alone.report.duplicates, 1);
    assert.ok(alone.report.errors.some((e) => /extract failed/.test(e.problem)), 'the page with no article fails in extract');
    assert.ok(alone.report.errors.some((e) => /batch\.jsonl:\d+/.test(e.input)), 'the broken line is reported by line');
    assert.ok(alone.events.length >= 4);
  });

  it('should send a batch whose thread died again a document at a time: every document is stored or reported by name', async () => {
    // The thread dies with any batch that holds this document (prepare-pool.dying-worker.ts).
    const killer = JSON.stringify({ id: 'kills-its-thread', text: 'HAWTHORNE, Calif. (AP) - A man was hurt in a fall on Monday, police said.' });
    // The bundled examples alone: every one is stored.
    const lines = readFileSync(batchFile(dir), 'utf8').split('\n').filter((line) => /^\{"id":"[^"]+\.(?:html|txt|jsonl)"/.test(line) && line.endsWith('}'));
    mkdirSync(join(dir, 'plain'));
    mkdirSync(join(dir, 'killer'));
    const killerFile = join(dir, 'killer', 'batch.jsonl');
    writeFileSync(join(dir, 'plain', 'batch.jsonl'), `${lines.join('\n')}\n`);
    // Last, so the other documents keep their lines; the batch is larger than the file, so it holds them all.
    writeFileSync(killerFile, `${[...lines, killer].join('\n')}\n`);
    const alone = await ingest(join(dir, 'plain', 'batch.jsonl'), null);
    assert.deepEqual(alone.report.errors, []);
    const pool = new PreparePool(1, {}, 64, new URL('./prepare-pool.dying-worker.js', import.meta.url));
    const sent: number[] = [];
    const prepareAll = (pool as unknown as { prepareAll: (raws: unknown[]) => Promise<unknown> }).prepareAll.bind(pool);
    (pool as unknown as { prepareAll: (raws: unknown[]) => Promise<unknown> }).prepareAll = (raws) => {
      sent.push(raws.length);
      return prepareAll(raws);
    };
    try {
      const pooled = await ingest(join(dir, 'killer', 'batch.jsonl'), pool);
      assert.equal(pooled.report.documents, alone.report.documents + 1);
      assert.equal(pooled.report.stored, alone.report.stored);
      assert.deepEqual(pooled.events, alone.events);
      assert.equal(pooled.report.errors.length, 1);
      const lost = pooled.report.errors[0];
      assert.equal(lost?.input, `${killerFile}:${lines.length + 1} (id kills-its-thread)`);
      assert.match(lost?.problem ?? '', /thread answering it stopped/);
      // The killer's batch held other documents, and each was sent again alone.
      const died = sent.findIndex((n) => n > 1);
      assert.ok(died >= 0, `a batch of more than one document was sent: ${sent.join(', ')}`);
      assert.ok(sent.slice(died + 1).every((n) => n === 1));
      assert.ok(sent.length - died - 1 >= sent[died]!, 'every document of the batch was sent again');
    } finally {
      await pool.close();
    }
  });

  it('should hand back a failing stage as data, with the message the document keeps', async () => {
    const pool = new PreparePool(1);
    try {
      const preparing = pool.prepare(rawDocument('<html><body><nav>Home</nav></body></html>', 'html', { file: 'nav.html' }, {}));
      // A batch of one: sent now, not when full.
      pool.need(preparing);
      const prepared = await preparing;
      assert.ok('error' in prepared);
      assert.equal(prepared.error.stage, 'extract');
      assert.ok(prepared.article.warnings.some((m) => m.rule === 'stage-failed' && m.severity === 'error'));
    } finally {
      await pool.close();
    }
  });

  it('should start threads for a megabyte of input or more, and none for less or when none are asked for', async () => {
    const small = join(dir, 'small.txt');
    const large = join(dir, 'large.txt');
    writeFileSync(small, 'A short article.');
    writeFileSync(large, 'A long article. '.repeat(70_000));
    assert.equal(preparePoolFor([small, join(dir, 'missing.txt')], 2), null);
    assert.equal(preparePoolFor([large], 0), null);
    const pool = preparePoolFor([small, large], 2);
    try {
      assert.equal(pool?.size, 2);
    } finally {
      await pool?.close();
    }
  });
});
