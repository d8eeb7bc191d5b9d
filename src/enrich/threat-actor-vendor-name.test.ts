import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findThreatActors } from './threat-actors.js';

describe("a vendor's own name for a group", () => {
  it('should read Slow Pisces as TraderTraitor near a cyber word, and not in a horoscope', () => {
    const found = findThreatActors('Researchers said the crypto theft was the work of Slow Pisces, a crew tied to Pyongyang.');
    assert.deepEqual(found.map((a) => a.canonical), ['TraderTraitor']);
    assert.deepEqual(findThreatActors('A slow week ahead for Slow Pisces: rest and read, says the stargazer.'), []);
  });
});
