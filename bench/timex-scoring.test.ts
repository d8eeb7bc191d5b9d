import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDocument, emptyCounts, modeScore } from './timex-scoring.js';
import type { GoldTimex } from './timeml.js';

const t = (start: number, end: number, value: string, type: GoldTimex['type'] = 'DATE'): GoldTimex => ({ start, end, type, value });

// Checked against TempEval-3's scorer (twenty-first round, docs/time.md): its value F1 is the value
// accuracy over span-matched pairs times relaxed-span F1, which is 2 x value hits / (gold + predicted)
// when each prediction pairs with one gold expression at most, as here.
describe('addDocument', () => {
  it('should count a value hit where a prediction overlaps the gold and has its value', () => {
    // "late on Friday": gold over "late on Friday", the prediction over "Friday".
    const counts = emptyCounts();
    addDocument(counts, [t(0, 14, '1998-03-06')], [t(8, 14, '1998-03-06')]);
    assert.deepEqual(counts.hits, { value: 1, strict: 0, relaxed: 1 });
    assert.equal(modeScore(counts, 'value').f1, 1);
  });

  it('should use a prediction over two gold expressions for one of them only', () => {
    // "Friday and Saturday" read as one span.
    const counts = emptyCounts();
    addDocument(counts, [t(0, 6, '1998-03-06'), t(11, 19, '1998-03-07')], [t(0, 19, '1998-03-06')]);
    assert.equal(counts.hits.value, 1);
    assert.equal(counts.hits.relaxed, 1);
  });

  it('should count a gold expression split in two as found when either part has its value, the other part against precision', () => {
    // "two to three weeks" read as "two" and "three weeks". TempEval-3 judges the value of the part its
    // span alignment pairs with the gold; here the part with the value is taken (two such cases in TimeBank).
    const counts = emptyCounts();
    addDocument(counts, [t(0, 18, 'P2W', 'DURATION')], [t(0, 3, 'P2W', 'DURATION'), t(7, 18, 'P3W', 'DURATION')]);
    assert.equal(counts.hits.value, 1);
    assert.equal(counts.predicted, 2);
    assert.equal(modeScore(counts, 'value').precision, 0.5);
  });

  it('should score nested gold expressions each on its own', () => {
    // MEANTIME: "from 2009 to 2011" is P2Y, and each year is marked inside it too.
    const counts = emptyCounts();
    addDocument(counts, [t(0, 17, 'P2Y', 'DURATION'), t(5, 9, '2009'), t(13, 17, '2011')], [t(5, 9, '2009'), t(13, 17, '2011')]);
    assert.equal(counts.hits.value, 2);
    assert.equal(modeScore(counts, 'value').recall, 2 / 3);
    assert.equal(modeScore(counts, 'value').precision, 1);
  });

  it('should count predictions in a document with no gold against precision', () => {
    const counts = emptyCounts();
    addDocument(counts, [t(0, 6, '1998-03-06')], [t(0, 6, '1998-03-06')]);
    addDocument(counts, [], [t(0, 3, 'PRESENT_REF')]);
    assert.equal(modeScore(counts, 'value').precision, 0.5);
    assert.equal(modeScore(counts, 'value').recall, 1);
  });
});
