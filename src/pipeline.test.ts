import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PreparePool } from './ingest/prepare-pool.js';
import { rawDocument } from './ingest/read-input.js';
import { NewsDocument } from './model/document.js';
import type { StageName } from './model/types.js';
import type { PipelineContext } from './pipeline-context.js';
import { runStages, STALE_READ_ATTEMPTS, type Stage } from './pipeline.js';
import { NeedsWholeStore, SectionLost, StaleRead } from './store/stale-read.js';
import type { SectionKeys, Store } from './store/store.js';

/** Stages that only note that they ran (and where: inside the store's section or not); `duplicateAt`: the ingest run that finds the content stored. */
function notingStages(log: string[], where: { inside: boolean }, duplicateAt = 0): Stage[] {
  let ingests = 0;
  const names: StageName[] = ['ingest', 'extract', 'enrich', 'cluster', 'consolidate', 'store'];
  return names.map((name) => ({
    name,
    run: (doc: NewsDocument) => {
      log.push(`${name}${where.inside ? ' (inside)' : ''}`);
      if (name === 'ingest' && ++ingests === duplicateAt) doc.duplicateOf = 'art_stored';
    },
  }));
}

function sectionContext(log: string[], where: { inside: boolean }): PipelineContext {
  const store = {
    exclusive: async <T>(work: () => Promise<T>): Promise<T> => {
      log.push('enter');
      where.inside = true;
      try {
        return await work();
      } finally {
        where.inside = false;
        log.push('leave');
      }
    },
  } as unknown as Store;
  return { store, now: () => '2026-01-01T00:00:00.000Z' };
}

const doc = (): NewsDocument => new NewsDocument(rawDocument('Quake shakes the coast\nA quake shook the coast on Monday.', 'text', { file: 'quake.txt' }, {}));

describe('runStages and the store section', () => {
  it('should run cluster, consolidate and store in one store section, with the duplicate check run again first', async () => {
    const log: string[] = [];
    const where = { inside: false };
    const outcome = await runStages(doc(), notingStages(log, where), sectionContext(log, where));
    assert.deepEqual(outcome, { status: 'stored' });
    assert.deepEqual(log, ['ingest', 'extract', 'enrich', 'enter', 'ingest (inside)', 'cluster (inside)', 'consolidate (inside)', 'store (inside)', 'leave']);
  });

  it('should stop inside the section when another writer stored the same content meanwhile', async () => {
    const log: string[] = [];
    const where = { inside: false };
    const outcome = await runStages(doc(), notingStages(log, where, 2), sectionContext(log, where));
    assert.deepEqual(outcome, { status: 'duplicate' });
    assert.deepEqual(log, ['ingest', 'extract', 'enrich', 'enter', 'ingest (inside)', 'leave']);
  });

  it('should not enter the section for a document found stored before extraction', async () => {
    const log: string[] = [];
    const where = { inside: false };
    const outcome = await runStages(doc(), notingStages(log, where, 1), sectionContext(log, where));
    assert.deepEqual(outcome, { status: 'duplicate' });
    assert.deepEqual(log, ['ingest']);
  });

  it('should cluster an article again from scratch when its commit finds an event it read changed, and give up after a few tries', async () => {
    for (const refusals of [1, 5]) {
      const log: string[] = [];
      const where = { inside: false };
      const stages = notingStages(log, where);
      let refused = 0;
      stages.find((s) => s.name === 'cluster')!.run = (doc: NewsDocument) => {
        log.push('cluster (inside)');
        assert.equal(doc.article.eventId, null, 'each try starts with no event');
        doc.message('cluster', 'noted', 'a message of this try');
        doc.article.eventId = 'evt_a';
      };
      stages.find((s) => s.name === 'store')!.run = () => {
        log.push('store (inside)');
        if (refused++ < refusals) throw new StaleRead('evt_a');
      };
      const document = doc();
      const outcome = await runStages(document, stages, sectionContext(log, where));
      if (refusals === 1) {
        assert.deepEqual(outcome, { status: 'stored' });
        assert.equal(log.filter((l) => l === 'cluster (inside)').length, 2);
        assert.equal(document.messages.filter((m) => m.rule === 'noted').length, 1, "only the last try's messages are kept");
      } else {
        assert.equal(outcome.status, 'failed');
        assert.equal(refused, STALE_READ_ATTEMPTS);
      }
      // The first tries share one keyed section; the last, after they all found the store changed, has the store to itself.
      assert.equal(log.filter((l) => l === 'enter').length, refusals === 1 ? 1 : 2);
    }
  });

  it("should lock the section by the keys the first shared stage with lock keys gives, and the last try by the whole store", async () => {
    const log: string[] = [];
    const where = { inside: false };
    const stages = notingStages(log, where);
    const asked: SectionKeys[] = [{ exclusive: ['n:l:wellington@1'], shared: ['t:quake@1'] }];
    stages.find((s) => s.name === 'cluster')!.lockKeys = async () => asked[0]!;
    let refused = 0;
    stages.find((s) => s.name === 'store')!.run = () => {
      log.push('store (inside)');
      if (refused++ < STALE_READ_ATTEMPTS - 1) throw new StaleRead('evt_a');
    };
    const sections: (SectionKeys | null | 'none')[] = [];
    const context = sectionContext(log, where);
    const plain = context.store.exclusive.bind(context.store);
    context.store.exclusive = async <T>(work: () => Promise<T>, keys?: () => Promise<SectionKeys | null>): Promise<T> => {
      sections.push(keys ? await keys() : 'none');
      return plain(work);
    };
    assert.deepEqual(await runStages(doc(), stages, context), { status: 'stored' });
    assert.deepEqual(sections, [asked[0], 'none']);
  });
  it('should take an article whose commit needs the whole store straight to the whole-store try, clustered again', async () => {
    const log: string[] = [];
    const where = { inside: false };
    const stages = notingStages(log, where);
    stages.find((s) => s.name === 'cluster')!.lockKeys = async () => ({ exclusive: ['n:l:wellington@1'], shared: [] });
    let whole = false;
    stages.find((s) => s.name === 'store')!.run = () => {
      log.push('store (inside)');
      if (!whole) throw new NeedsWholeStore('evt_a');
    };
    const sections: string[] = [];
    const context = sectionContext(log, where);
    const plain = context.store.exclusive.bind(context.store);
    context.store.exclusive = async <T>(work: () => Promise<T>, keys?: () => Promise<SectionKeys | null>): Promise<T> => {
      whole = !keys;
      sections.push(keys ? 'keyed' : 'whole');
      return plain(work);
    };
    assert.deepEqual(await runStages(doc(), stages, context), { status: 'stored' });
    // One keyed try only (not the STALE_READ_ATTEMPTS - 1 a stale read gets), then the whole store.
    assert.deepEqual(sections, ['keyed', 'whole']);
    assert.equal(log.filter((l) => l === 'store (inside)').length, 2);
  });
  it('should try an article whose section lost its locks before the commit again in a new section, not fail it', async () => {
    const log: string[] = [];
    const where = { inside: false };
    const stages = notingStages(log, where);
    stages.find((s) => s.name === 'cluster')!.lockKeys = async () => ({ exclusive: ['n:l:wellington@1'], shared: [] });
    let tries = 0;
    stages.find((s) => s.name === 'store')!.run = () => {
      log.push('store (inside)');
      if (tries++ === 0) throw new SectionLost('the session holding the locks ended before the commit');
    };
    const sections: string[] = [];
    const context = sectionContext(log, where);
    const plain = context.store.exclusive.bind(context.store);
    context.store.exclusive = async <T>(work: () => Promise<T>, keys?: () => Promise<SectionKeys | null>): Promise<T> => {
      sections.push(keys ? 'keyed' : 'whole');
      return plain(work);
    };
    assert.deepEqual(await runStages(doc(), stages, context), { status: 'stored' });
    // The lost section is not tried again on its dead connection: the next try has a section of its own.
    assert.deepEqual(sections, ['keyed', 'whole']);
  });
});

describe('runStages when the section cannot be entered', () => {
  it("should make a failure to take the section's locks the article's failed outcome, with the stop a lost server means", async () => {
    const log: string[] = [];
    const where = { inside: false };
    const context = sectionContext(log, where);
    context.store.exclusive = async <T>(): Promise<T> => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    };
    const document = doc();
    const outcome = await runStages(document, notingStages(log, where), context);
    assert.equal(outcome.status, 'failed');
    assert.equal(outcome.error?.stage, 'cluster');
    assert.match(outcome.error?.stop ?? '', /cannot be reached/);
    assert.ok(document.messages.some((m) => m.severity === 'error' && m.stage === 'cluster'), 'the failure is on the document');
    assert.deepEqual(log, ['ingest', 'extract', 'enrich'], 'no section stage ran');
  });
});

describe('runStages with a document prepared elsewhere', () => {
  it("should keep a record's field notes once, beside the prepared stages' own messages", async () => {
    const raw = { ...rawDocument('Quake shakes the coast\nA quake shook the coast on Monday.', 'text', { file: 'quake.jsonl' }, {}), notes: ['"publishedAt" is not an ISO 8601 date; it was left out'] };
    // What the prepare pool hands back: the same raw document, through its own NewsDocument and stages.
    const elsewhere = new NewsDocument(raw);
    elsewhere.message('enrich', 'no-date', 'no publication date: relative dates are left unresolved');
    const document = new NewsDocument(raw);
    const log: string[] = [];
    const where = { inside: false };
    await runStages(document, notingStages(log, where), sectionContext(log, where), { article: elsewhere.article });
    assert.deepEqual(document.messages.map((m) => m.rule), ['record-field', 'no-date']);
    assert.equal(document.article.warnings, document.messages);
  });

  it('should keep the notes once when the document comes back from a real prepare thread', async () => {
    // The pool's thread builds its own NewsDocument from the raw document it is sent: its warnings must
    // begin with exactly the record's notes, which the main side's document already holds.
    const note = '"publishedAt" is not an ISO 8601 date; it was left out';
    const raw = { ...rawDocument('Quake shakes the coast\nA quake shook the coast on Monday.', 'text', { file: 'quake.jsonl' }, {}), notes: [note] };
    const pool = new PreparePool(1);
    try {
      const pending = pool.prepare(raw);
      pool.need(pending);
      const prepared = await pending;
      assert.equal(prepared.article.warnings[0]?.message, note);
      const document = new NewsDocument(raw);
      const log: string[] = [];
      const where = { inside: false };
      await runStages(document, notingStages(log, where), sectionContext(log, where), prepared);
      assert.equal(document.messages.filter((m) => m.message === note).length, 1);
      assert.equal(document.messages.length, prepared.article.warnings.length);
    } finally {
      await pool.close();
    }
  });
});
