import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BODY_PART_PHRASE, BODY_PART_WORD } from './body-parts.js';
import { findCasualties } from './casualties.js';

describe('body parts', () => {
  it('should hold the parts of the body with their plurals', () => {
    const part = new RegExp(`^${BODY_PART_WORD}$`, 'i');
    for (const word of ['calf', 'calves', 'hip', 'forearm', 'shin', 'elbow', 'feet', 'buttocks', 'upper arm']) assert.match(word, part, word);
    assert.doesNotMatch('calendar', part);
  });

  it('should hold a part with its owner and side', () => {
    const phrase = new RegExp(`^${BODY_PART_PHRASE}$`, 'i');
    for (const words of ['the left calf', 'his lower back', 'both legs', 'her right upper thigh']) assert.match(words, phrase, words);
  });
});

describe('findCasualties with a wound told by any part of the body', () => {
  it('should read each person listed with where they were hit, whatever the part', () => {
    assert.deepEqual(findCasualties('A 19-year-old courier was wounded in the calf, a 52-year-old cashier in the forearm.'), { killed: null, injured: 2 });
  });

  it('should read a headline wound in a part that the old lists lacked', () => {
    assert.deepEqual(findCasualties("Girl's shin grazed by bullet"), { killed: null, injured: 1 });
  });
});
