import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PAIR_FEATURES } from '../src/cluster/pair-features.js';
import { keptModel } from './kept-model.js';

/** A model file lacking `lacking`, every other weight 1 more than its index, recording `trainedOn`. */
function modelFile(dir: string, lacking: string, trainedOn: object): string {
  const features = PAIR_FEATURES.filter((f) => f !== lacking);
  const path = join(dir, `cluster-${lacking || 'all'}-${JSON.stringify(trainedOn).length}.json`);
  writeFileSync(path, JSON.stringify({ features, weights: features.map((_, i) => i + 1), threshold: 0.2, trainedOn }));
  return path;
}

const names = (free: number[]): string[] => free.map((i) => PAIR_FEATURES[i]!);

describe('keptModel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kept-model-'));
  const path = modelFile(dir, 'ageConflict', { fitted: ['harmConflict'], kept: { by: 'a full fit' } });

  it('should learn the features fitted alone and those the file lacks, and keep the rest', () => {
    const kept = keptModel(path, '', '');
    assert.deepEqual(names(kept.free), ['harmConflict', 'ageConflict']);
    assert.equal(kept.start[PAIR_FEATURES.indexOf('ageConflict')], 0);
    assert.equal(kept.start[PAIR_FEATURES.indexOf('terms')], 2);
    assert.deepEqual(kept.held, []);
    assert.deepEqual(kept.provenance, { by: 'a full fit' });
  });

  it('should keep a held feature at its weight, and pass the hold on to the next run', () => {
    const kept = keptModel(path, '', 'harmConflict');
    assert.deepEqual(names(kept.free), ['ageConflict']);
    assert.equal(kept.start[PAIR_FEATURES.indexOf('harmConflict')], PAIR_FEATURES.indexOf('harmConflict') + 1);
    assert.deepEqual(kept.held, ['harmConflict']);
    const next = keptModel(modelFile(dir, '', { fitted: ['ageConflict'], held: ['harmConflict'] }), '', '');
    assert.deepEqual(names(next.free), ['ageConflict']);
    assert.deepEqual(next.held, ['harmConflict']);
  });

  it('should learn a held feature again when --fit names it, and refuse to hold a weight the file lacks', () => {
    const next = keptModel(modelFile(dir, '', { fitted: ['ageConflict'], held: ['harmConflict'] }), 'harmConflict', '');
    assert.deepEqual(names(next.free), ['harmConflict', 'ageConflict']);
    assert.deepEqual(next.held, []);
    assert.throws(() => keptModel(path, '', 'ageConflict'), /--hold ageConflict/);
    rmSync(dir, { recursive: true, force: true });
  });
});
