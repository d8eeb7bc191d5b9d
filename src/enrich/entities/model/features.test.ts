import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BIAS, boundaryFeatures, maxPairFeatures, type NeighbourFeatures, neighbourFeatures, pairFeatures, sentenceFeatures, wordFlags, wordInfo } from './features.js';

/** Token i's features put together as the frozen tagger does: its word's, its neighbours', the pairs'. */
function assembled(words: readonly string[], i: number, common: ReadonlySet<number>): number[] {
  const infos = words.map(wordInfo);
  const n = words.length;
  const side = (k: number): NeighbourFeatures => (k < 0 ? boundaryFeatures('start', -k as 1 | 2) : k >= n ? boundaryFeatures('end', (k - n + 1) as 1 | 2) : neighbourFeatures(infos[k]!));
  const pairs = new Uint32Array(maxPairFeatures());
  const count = pairFeatures(infos, wordFlags(words, infos), i, common, pairs);
  return [BIAS, ...infos[i]!.own, ...infos[i]!.affixes, ...side(i - 1).before, ...side(i + 1).after, ...side(i - 2).twoBefore, ...side(i + 2).twoAfter, ...pairs.subarray(0, count)];
}

describe('the tagger features seen word by word', () => {
  it('should give each token the same features as the whole sentence does, at its ends too', () => {
    const common = new Set([wordInfo('Yesterday').word]);
    for (const text of ['Rain', 'Yesterday Oslo', 'Yesterday the mayor of New York , Ana Ruiz , flew to Lagos .']) {
      const words = text.split(' ');
      const s = sentenceFeatures(words, common);
      for (let i = 0; i < words.length; i++) {
        const whole = [...s.hashes.subarray(s.offsets[i]!, s.offsets[i + 1]!)].sort();
        assert.deepEqual(assembled(words, i, common).sort(), whole, `${text}: token ${i}`);
      }
    }
  });
});

describe('the tagger word cache', () => {
  it('should keep a word asked for now and then while a long run of new words passes its bound', () => {
    const kept = wordInfo('Ouagadougou');
    // 110,000 new words: many times the cache's bound (two generations of 8,192 words; one bound of
    // 100,000 used to empty it at once). Asked every 4,000, half a generation, the word stays.
    for (let k = 0; k < 110_000; k++) {
      wordInfo(`w${k}x`);
      if (k % 4_000 === 0) assert.equal(wordInfo('Ouagadougou'), kept, `after ${k} new words`);
    }
    assert.equal(wordInfo('Ouagadougou'), kept);
  });
});
