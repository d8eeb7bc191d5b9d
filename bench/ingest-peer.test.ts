import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { runPeerIngest, SinglePass } from './ingest-peer.js';
import { termsOf } from '../src/cluster/features.js';

const tf = (text: string): Map<string, number> => {
  const counts = new Map<string, number>();
  termsOf(text, 1, counts);
  return counts;
};
const DAY = 86_400_000;
const FLOOD = 'Floodwaters from the swollen Marrow river forced hundreds of families in Kestrel Valley to leave their homes overnight';
const FLOOD_AGAIN = 'Hundreds of Kestrel Valley families left their homes as the swollen Marrow river broke its banks and floodwaters rose';
const BUDGET = 'The city council approved a budget that raises library funding and cuts parking fees for downtown shoppers';

test("the peer's single pass joins a retelling and starts an event for another story", () => {
  const clusters = new SinglePass();
  const first = clusters.assign(tf(FLOOD), 0);
  assert.equal(clusters.assign(tf(BUDGET), DAY / 2), first + 1);
  assert.equal(clusters.assign(tf(FLOOD_AGAIN), DAY), first);
});

test("the peer's events close after their window: a retelling weeks later starts a new one", () => {
  const clusters = new SinglePass();
  const first = clusters.assign(tf(FLOOD), 0);
  // Expiry runs every 100 articles: fill the stream with unrelated one-word stories.
  for (let i = 0; i < 100; i++) clusters.assign(tf(`story${i}`), 30 * DAY);
  assert.notEqual(clusters.assign(tf(FLOOD_AGAIN), 30 * DAY), first);
});

test('the peer stores every article with its event, entities, dates and full-text row, and skips empty ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'peer-test-'));
  try {
    const file = join(dir, 'stream.jsonl');
    const lines = [
      { id: 'a', title: 'Families flee floods', publishedAt: '2024-03-02T10:00:00Z', text: `${FLOOD} on Friday, Mayor Dana Whitcombe said.` },
      { id: 'b', title: 'River breaks banks', publishedAt: '2024-03-02T15:00:00Z', text: FLOOD_AGAIN },
      { id: 'c', title: 'Budget passes', publishedAt: '2024-03-03T09:00:00Z', text: BUDGET },
      { id: 'd', text: '   ' },
    ];
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n'));
    const progress: number[] = [];
    const run = await runPeerIngest(file, join(dir, 'peer.db'), '2024-04-01T00:00:00Z', 1, (done) => progress.push(done));
    assert.equal(run.failures, 1);
    assert.deepEqual(progress, [1, 2, 3]);
    const db = new Database(join(dir, 'peer.db'), { readonly: true });
    const rows = db.prepare('SELECT id, event_id AS event, dates FROM articles ORDER BY id').all() as { id: string; event: number; dates: string }[];
    assert.equal(rows.length, 3);
    assert.equal(rows[0]!.event, rows[1]!.event);
    assert.notEqual(rows[2]!.event, rows[0]!.event);
    assert.match(rows[0]!.dates, /2024-03-01/);
    assert.equal((db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'floodwaters'").get() as { n: number }).n, 2);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
