import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function typed(body: string, text: string): string | undefined {
  return recognizeEntities(body, splitSentences(body)).entities.find((e) => e.text === text || e.text.startsWith(`${text} `))?.type;
}

describe('a firm whose name ends in its trade word', () => {
  it('should read a headline firm named after its founder and its trade as a body, not a person', () => {
    assert.equal(typed('Lindqvist Metals cuts outlook, stock drops 9%\n\nThe smelter blamed weak demand.', 'Lindqvist Metals'), 'organization');
    assert.equal(typed('Dunmore Mining said on Tuesday it would shut two pits.', 'Dunmore Mining'), 'organization');
  });
});
