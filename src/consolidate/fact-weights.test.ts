import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wordWeights } from './fact-weights.js';

describe('wordWeights', () => {
  it('should leave a word at weight 1 up to one sentence a report', () => {
    const weights = wordWeights([[['ferry', 'sank']], [['ferry', 'capsized']]]);
    assert.equal(weights.size, 0);
  });

  it('should weigh a word written in more sentences than there are reports by reports over sentences', () => {
    const weights = wordWeights([
      [['police', 'arrested', 'driver'], ['police', 'closed', 'road'], ['police', 'appeal']],
      [['police', 'detained', 'driver']],
    ]);
    assert.equal(weights.get('police'), 2 / 4);
    assert.equal(weights.get('driver'), undefined);
  });

  it('should count a word once a sentence and not count reports without sentences', () => {
    const weights = wordWeights([[['fire', 'fire', 'spread'], ['fire', 'out']], []]);
    assert.equal(weights.get('fire'), 1 / 2);
  });
});
