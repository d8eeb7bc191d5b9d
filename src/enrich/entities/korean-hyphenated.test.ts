import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { isKoreanHyphenatedName } from './korean-hyphenated.js';
import { resolvePeople } from '../people.js';
import { splitSentences } from '../sentences.js';

function people(body: string) {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []);
}

describe('Korean names with a hyphenated given name', () => {
  it('should read a family name beside two joined syllables as a name in either order', () => {
    assert.equal(isKoreanHyphenatedName('Choe', 'Tae-yong'), true);
    assert.equal(isKoreanHyphenatedName('Hyon-chol', 'Ri'), true);
    assert.equal(isKoreanHyphenatedName('Kim', 'Jong'), false);
    assert.equal(isKoreanHyphenatedName('Port', 'Au-prince'), false);
  });

  it('should find people whose rarer family name comes last, and a listed name the tagger took for a place', () => {
    const found = people('The two men, Hyon-chol Ri and Dae-sung Kim, moved funds for a front firm. Prosecutors named Tae-yong Choe as a third suspect. The Treasury listed Kim Dae-sung, a DPRK national, on Tuesday.');
    const names = found.map((p) => p.name);
    assert.ok(names.includes('Hyon-chol Ri'), names.join(', '));
    assert.ok(names.includes('Tae-yong Choe'), names.join(', '));
    assert.ok(found.some((p) => p.name === 'Kim Dae-sung' || p.variants.includes('Kim Dae-sung')), names.join(', '));
  });

  it('should give the country of a plural nationality to each name of the list that follows it', () => {
    const found = people('The North Korean nationals charged are Ri Tae-ho, Choe Sun-hui and Pak Dae-sung. The three North Koreans, Tae-ho Ri, Sun-hui Choe and Dae-sung Pak, are thought to live abroad.');
    assert.equal(found.length, 3, found.map((p) => p.name).join(', '));
    for (const p of found) assert.equal(p.country, 'KP', p.name);
  });
});
