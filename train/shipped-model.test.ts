import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { featureFingerprint } from '../src/enrich/entities/model/features.js';
import { shippedModel } from '../src/enrich/entities/model/spans.js';
import { SHARED } from '../test/helpers.js';
import { trainingSets } from './ner-data.js';

const hasTrainingData = existsSync(join(SHARED, 'data', 'entities', 'training'));

describe('the shipped entity model (models/ner.bin.gz)', () => {
  it('should be what npm run train:ner writes today: trained on features computed as they are now', { skip: !hasTrainingData && 'no ../shared/data/entities/training' }, () => {
    const model = shippedModel();
    const now = featureFingerprint(trainingSets().flatMap((s) => s.sentences.map((x) => x.words)), model.common);
    assert.equal(
      model.fingerprint,
      now,
      'the tagger\'s features (features.ts, the word lists or the gazetteer) have changed since models/ner.bin.gz was trained: run `npm run train:ner`, check `npm run bench:enrich`, and ship the new file',
    );
  });
});
