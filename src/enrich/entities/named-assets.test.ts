import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function names(body: string): string[] {
  return recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.type !== 'location' || !e.country).map((e) => e.text);
}

describe('withoutNamedAssets', () => {
  it('should list no named cable or pipeline as a body or a place, at any mention', () => {
    const found = names('The Vesta Link, a 500-megawatt undersea power cable between Latvia and Sweden, tripped on Monday. The Vesta Link and the Coral Bridge gas pipeline were both shut, the operator Baltgrid said.');
    assert.ok(!found.includes('Vesta Link'), found.join(', '));
    assert.ok(!found.includes('Coral Bridge'), found.join(', '));
  });

  it('should keep a company that speaks, though its name is written before a pipeline', () => {
    assert.ok(names('Norvigas said the Norvigas pipeline would reopen on Friday.').includes('Norvigas'));
  });
});
