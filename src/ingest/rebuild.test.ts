import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createStages } from '../pipeline.js';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Article } from '../model/types.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES } from '../../test/helpers.js';
import { ingestPaths } from './batch.js';
import { rebuildStore } from './rebuild.js';
import { noEventReason, noEventWarning } from '../cluster/no-event.js';

const now = (): string => '2026-11-29T12:00:00.000Z';

describe('rebuildStore', () => {
  it('should give the same articles and events, with the same ids, when this version rebuilds what it stored', async () => {
    const old = new SqliteStore(':memory:');
    await ingestPaths([EXAMPLES], createStages(), { store: old, now });
    const fresh = new SqliteStore(':memory:');
    const report = await rebuildStore(old, { store: fresh, now });
    const counts = await old.counts();
    assert.equal(report.articles, counts.articles);
    assert.equal(report.stored, counts.articles);
    assert.deepEqual(report.errors, []);
    assert.deepEqual(report.events, { before: counts.events, after: counts.events });
    assert.deepEqual(report.ids, { kept: counts.events, redirected: 0, lost: 0, carried: 0 });
    // What extract found is taken as stored, and the later stages find again what they found: the
    // same records, field by field.
    assert.deepEqual(await fresh.listArticles(), await old.listArticles());
    assert.deepEqual(await fresh.listEvents(), await old.listEvents());
    await old.close();
    await fresh.close();
  });

  it("should place an article by its outlet's town again, from the site name the store kept", async () => {
    // The body names no place; only the page title's site name says where the outlet is.
    const dir = mkdtempSync(join(tmpdir(), 'rebuild-site-'));
    const file = join(dir, 'local.jsonl');
    const record = {
      id: 'local-1',
      url: 'https://wbko.example/news/crane',
      title: 'Two hurt as crane topples downtown - WBKO 13 - Bowling Green, Kentucky',
      publishedAt: '2025-03-11T09:00:00Z',
      text: 'Two construction workers were hurt Tuesday morning when a crane toppled at a building site downtown, police said.\n\nA police spokesman said both went to a hospital, neither seriously hurt. The cause of the collapse is under investigation.',
    };
    writeFileSync(file, `${JSON.stringify(record)}\n`);
    try {
      const old = new SqliteStore(':memory:');
      await ingestPaths([file], createStages(), { store: old, now });
      const [stored] = await old.listArticles();
      assert.equal(stored!.siteName, 'WBKO 13 - Bowling Green, Kentucky');
      assert.equal(stored!.place?.name, 'Bowling Green', 'the outlet town is the guess first time round');
      const fresh = new SqliteStore(':memory:');
      await rebuildStore(old, { store: fresh, now });
      assert.deepEqual(await fresh.listArticles(), await old.listArticles());
      await old.close();
      await fresh.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("should lead an old event's id, and the ids merged into it, to the new event holding its articles", async () => {
    // An older version put two reports of one crane collapse in an event whose id no rebuild makes.
    const old = new SqliteStore(':memory:');
    const body = 'A crane collapsed at the Dublin harbour on Monday, injuring two dock workers, the port authority said.';
    const a: Article = { ...sampleArticle(1, { body, publishedAt: '2025-03-11T09:00:00Z' }), eventId: 'evt_00000000000000aa' };
    const b: Article = { ...sampleArticle(2, { body: `${body} The berth was closed.`, publishedAt: '2025-03-11T10:00:00Z' }), eventId: 'evt_00000000000000aa' };
    const commit = (article: Article, event: ReturnType<typeof sampleEvent>, merged: string[] = []) =>
      old.commit({ article, event, profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: article.outlet!, copyGroup: article.id, articleTerms: [], mergedEventIds: merged });
    await commit({ ...a, eventId: 'evt_00000000000000bb' }, sampleEvent('evt_00000000000000bb', [a]));
    await commit(b, sampleEvent('evt_00000000000000aa', [a, b]), ['evt_00000000000000bb']);
    const fresh = new SqliteStore(':memory:');
    const report = await rebuildStore(old, { store: fresh, now });
    assert.equal(report.stored, 2);
    const [event, ...others] = await fresh.listEvents();
    assert.equal(others.length, 0, 'the two reports are one event again');
    assert.deepEqual(report.ids, { kept: 0, redirected: 1, lost: 0, carried: 1 });
    assert.equal(await fresh.survivorOf('evt_00000000000000aa'), event!.id);
    assert.equal(await fresh.survivorOf('evt_00000000000000bb'), event!.id);
    await old.close();
    await fresh.close();
  });

  it('should give an article stored without an event one where this version reads a report, and keep a column without one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rebuild-no-event-'));
    const file = join(dir, 'column.jsonl');
    const column = {
      id: 'column-1',
      url: 'https://ledger.example/opinion/2025/03/the-crane-we-ignored',
      title: 'The crane we all ignored',
      publishedAt: '2025-03-12T09:00:00Z',
      text: 'Everyone on the quay could see the crane at berth four was tired. Nobody said so.\n\nThe port authority owes the dock workers more than an inquiry. It owes them a plan.',
    };
    writeFileSync(file, `${JSON.stringify(column)}\n`);
    try {
      const old = new SqliteStore(':memory:');
      const ingested = await ingestPaths([file], createStages(), { store: old, now });
      assert.deepEqual(ingested.warnings.map((w) => w.message.message), ['no event: opinion column']);
      // A report an older version's classifier had stored without an event.
      const body = 'A crane collapsed at the Dublin harbour on Monday, injuring two dock workers, the port authority said.';
      const report = { ...sampleArticle(1, { body, publishedAt: '2025-03-11T09:00:00Z' }), warnings: [noEventWarning('opinion column')] };
      await old.commitWithoutEvent({ article: report, outletKey: report.outlet!, articleTerms: [] });
      assert.deepEqual(await old.counts(), { articles: 2, events: 0 });
      const fresh = new SqliteStore(':memory:');
      const rebuilt = await rebuildStore(old, { store: fresh, now });
      assert.equal(rebuilt.stored, 2);
      assert.deepEqual(rebuilt.events, { before: 0, after: 1 });
      const [storedColumn, storedReport] = await fresh.listArticles();
      assert.equal(storedColumn!.eventId, null);
      assert.equal(noEventReason(storedColumn!.warnings), 'opinion column');
      assert.ok(storedReport!.eventId, 'the report is given an event');
      assert.equal(noEventReason(storedReport!.warnings), null);
      await old.close();
      await fresh.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
