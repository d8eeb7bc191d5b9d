import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtract } from '../extract/index.js';
import { rawDocument } from '../ingest/read-input.js';
import { NewsDocument } from '../model/document.js';
import { enrichBatch } from './batch.js';
import { createEnrich } from './index.js';

/** Short reports written for this test: names, places, days, tolls, an earlier event. */
const TEXTS: { body: string; title: string; publishedAt?: string }[] = [
  { body: 'Gunfire killed two men on Friday night in front of a tavern in Dayton, Ohio, police said. Officer Lena Morrow said a third man was wounded.', title: '2 killed, 1 hurt in Dayton tavern shooting', publishedAt: '2016-04-11' },
  { body: 'GENEVA (Reuters) - The World Health Organization said on Tuesday that the outbreak had slowed. In March 2014, a similar outbreak killed 40 people.', title: 'WHO says outbreak slowing', publishedAt: '2015-06-03T09:00:00Z' },
  { body: 'No day and no date here, only Senator Ruth Alvarez of Texas speaking about the budget.', title: 'Budget talk' },
  { body: 'A fire at a warehouse in Leeds injured four workers yesterday. The company, Northern Freight Ltd, said it would cooperate.', title: 'Warehouse fire in Leeds', publishedAt: '2019-11-20' },
];

function documents(): NewsDocument[] {
  return TEXTS.map((t, i) => {
    const doc = new NewsDocument(rawDocument(t.body, 'body', { file: `t${i}.txt` }, { title: t.title, ...(t.publishedAt ? { publishedAt: t.publishedAt } : {}) }));
    createExtract({ minWords: 0 })(doc);
    return doc;
  });
}

describe('enrichBatch', () => {
  it('should give each document the article and messages the stage gives it alone', () => {
    const alone = documents();
    const enrich = createEnrich();
    for (const doc of alone) enrich(doc);
    const batch = documents();
    assert.deepEqual(enrichBatch(batch), [null, null, null, null]);
    assert.deepEqual(JSON.stringify(batch.map((d) => [d.article, d.messages])), JSON.stringify(alone.map((d) => [d.article, d.messages])));
    // The stage did its work: not two empty results alike.
    assert.ok(alone[0]!.article.entities.some((e) => e.text === 'Dayton'));
    assert.deepEqual(alone[0]!.article.casualties, { killed: 2, injured: 1 });
    // Warned of once, by whichever stage found the date missing.
    assert.equal(alone[2]!.messages.filter((m) => m.rule === 'no-reference-time' || m.rule === 'no-date').length, 1);
  });

  it('should answer what a document threw and enrich the others as alone', () => {
    const alone = documents();
    const enrich = createEnrich();
    for (const doc of alone) enrich(doc);
    const batch = documents();
    // A body that is not text fails the first sub-step (sentences), in the middle of the batch.
    batch[1]!.article.body = null as unknown as string;
    const answers = enrichBatch(batch);
    assert.equal(answers[0], null);
    assert.ok(answers[1]?.thrown instanceof Error);
    assert.equal(answers[2], null);
    assert.equal(answers[3], null);
    for (const i of [0, 2, 3]) assert.equal(JSON.stringify(batch[i]!.article), JSON.stringify(alone[i]!.article));
  });

  it('should answer nothing for no documents', () => {
    assert.deepEqual(enrichBatch([]), []);
  });
});
