import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { PreparedDocument, Stage } from '../pipeline.js';
import { createStages } from '../pipeline.js';
import type { PipelineContext } from '../pipeline-context.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { ingestPaths } from './batch.js';
import { PrepareBatches, preparerHere } from './prepare-batches.js';
import { rawDocument } from './read-input.js';

const raw = (text: string) => rawDocument(text, 'body', { file: `${text.slice(0, 8)}.txt` }, { publishedAt: '2020-02-03' });
const context: PipelineContext = { store: {} as Store, now: () => '2020-02-04T00:00:00.000Z' };

describe('PrepareBatches', () => {
  it('should send a batch when it is full, and a part of one only when a document of it is needed', async () => {
    const sent: string[][] = [];
    const batches = new PrepareBatches(3, async (raws) => {
      sent.push(raws.map((r) => r.source.file!));
      return raws.map((r) => ({ article: { id: r.source.file } as unknown as PreparedDocument['article'] }));
    });
    const a = ['a', 'b', 'c', 'd', 'e'].map((name) => batches.add(raw(name)));
    assert.deepEqual(sent, [['a.txt', 'b.txt', 'c.txt']]);
    // Already sent: needing it sends nothing more.
    batches.need(a[0]!);
    assert.deepEqual(sent.length, 1);
    batches.need(a[4]!);
    assert.deepEqual(sent, [['a.txt', 'b.txt', 'c.txt'], ['d.txt', 'e.txt']]);
    const answers = await Promise.all(a);
    assert.deepEqual(answers.map((p) => p.article.id), ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
  });
});

describe('preparerHere', () => {
  it('should fail only the document whose stage threw, and prepare the rest of its batch', async () => {
    const stages: Stage[] = createStages({ extract: { minWords: 0 } }).filter((s) => s.name === 'extract' || s.name === 'enrich');
    const enrich = stages.find((s) => s.name === 'enrich')!;
    // An enrich whose batch run throws for one document only.
    const failing: Stage = {
      ...enrich,
      runBatch: (docs, ctx) => enrich.runBatch!(docs, ctx).map((answer, i) => (docs[i]!.article.body.includes('Bad') ? { thrown: new Error('bad document') } : answer)),
    };
    const preparer = preparerHere([stages[0]!, failing], context, 4);
    const texts = ['Police in Dayton said on Monday that two people were shot.', 'Bad input that the stage refuses.', 'The mayor of Leeds spoke on Sunday.'];
    const prepared = texts.map((t) => preparer.prepare(raw(t)));
    preparer.need(prepared[0]!);
    const [first, bad, third] = await Promise.all(prepared);
    assert.ok(!('error' in first!) && first!.article.entities.some((e) => e.text === 'Dayton'));
    assert.ok('error' in bad! && bad.error.stage === 'enrich' && bad.error.message === 'bad document');
    assert.ok(bad!.article.warnings.some((m) => m.rule === 'stage-failed' && m.message === 'bad document'));
    assert.ok(!('error' in third!) && third!.article.entities.some((e) => e.text === 'Leeds'));
  });
});

describe('ingestPaths over batches on this thread', () => {
  it('should give every article and message as a batch of one file at a time does', async () => {
    const root = fileURLToPath(new URL('../../../examples', import.meta.url));
    const files = readdirSync(root).sort().flatMap((folder) => readdirSync(join(root, folder)).sort().map((name) => join(root, folder, name)));
    const stages = createStages().filter((s) => s.name === 'extract' || s.name === 'enrich');
    const articles = async (paths: string[]): Promise<string[]> => {
      const store = new SqliteStore(':memory:');
      const out: string[] = [];
      try {
        await ingestPaths(paths, stages, { store, now: context.now }, { onDocument: (doc) => out.push(JSON.stringify([doc.article, doc.messages])) });
      } finally {
        await store.close();
      }
      return out;
    };
    const together = await articles(files);
    const apart: string[] = [];
    for (const file of files) apart.push(...(await articles([file])));
    // Enough for one batch of several documents (PREPARE_BATCH at most).
    assert.ok(together.length >= 8, `${together.length} articles`);
    assert.deepEqual(together, apart);
  });
});
