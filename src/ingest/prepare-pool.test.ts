import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
