import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

/** The type the recogniser gives the first entity whose text is `name`, or null where none has it. */
function typeOf(body: string, name: string): string | null {
  return recognizeEntities(body, splitSentences(body)).entities.find((e) => e.text === name)?.type ?? null;
}

describe('villagesReadAsPeople', () => {
  it('should read a village set off by a place noun as a place at every mention', () => {
    const body = 'In Kani Sard, a village east of Halabja, rescuers dug by hand. Kani Sard lost its school.';
    const types = recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.text === 'Kani Sard').map((e) => e.type);
    assert.deepEqual(types, ['location', 'location']);
  });

  it('should read a village after someone who lives there as a place', () => {
    assert.equal(typeOf('Nawzad Omar, a farmer in Kani Sard, said his house collapsed in seconds.', 'Kani Sard'), 'location');
    assert.equal(typeOf('A shepherd from Kani Sard said he lost 40 sheep.', 'Kani Sard'), 'location');
  });

  it('should keep a person set off by a post that opens with a place noun', () => {
    assert.equal(typeOf('Nawzad Omar, a village elder, said the school collapsed.', 'Nawzad Omar'), 'person');
  });
});
