import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinProbability, parseJoinModel, shippedJoinModel } from './join-model.js';
import { PAIR_FEATURES } from './pair-features.js';

describe('join model', () => {
  it('should load the shipped model with this version’s features', () => {
    const model = shippedJoinModel();
    assert.deepEqual(model.features, [...PAIR_FEATURES]);
    assert.ok(model.threshold > 0 && model.threshold < 1);
  });

  it('should give a higher probability to a pair with more in common', () => {
    const model = shippedJoinModel();
    const x = (terms: number, people: number): number[] => PAIR_FEATURES.map((f) => (f === 'bias' || f === 'sameDay' ? 1 : f === 'terms' ? terms : f === 'termsRoot' ? Math.sqrt(terms) : f === 'people' || f === 'names' ? people : 0));
    assert.ok(joinProbability(model, x(0.6, 1)) > joinProbability(model, x(0.1, 0)));
  });

  it('should name the file and the problem when a model does not fit this version', () => {
    assert.throws(() => parseJoinModel('{"features":["bias"],"weights":[0],"threshold":0.5}', 'old.json'), /old\.json: the model's features .* run npm run train:cluster/);
    const weights = PAIR_FEATURES.map(() => 0);
    assert.throws(() => parseJoinModel(JSON.stringify({ features: PAIR_FEATURES, weights, threshold: 2 }), 'bad.json'), /bad\.json: threshold/);
  });
});
