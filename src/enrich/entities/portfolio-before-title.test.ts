import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

describe('withoutPortfoliosBeforeTitles', () => {
  it("should list no body 'EU Energy' for an EU commissioner's title", () => {
    const body = 'EU Energy Commissioner Marta Lind said the bloc would act within days.';
    const bodies = recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.type === 'organization').map((e) => e.text);
    assert.ok(!bodies.includes('EU Energy'), bodies.join(', '));
  });
});
