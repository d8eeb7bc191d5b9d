import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';

function bodies(body: string): [string, string | null][] {
  const sentences = splitSentences(body);
  return recognizeEntities(body, sentences).entities.filter((e) => e.type === 'organization').map((e) => [e.text, e.country ?? null]);
}

describe('bodyCountries', () => {
  it("should give a bare ministry the country its owner's possessive gives it elsewhere in the article", () => {
    const body = "Talks on fishing quotas ended on Tuesday, Oslo's foreign ministry said. The Foreign Ministry added that a second round would follow in June.";
    assert.deepEqual(bodies(body), [['Foreign Ministry', 'NO']]);
  });

  it('should give a bare "Ministry of Foreign Affairs" the country of the same ministry named with it', () => {
    const body = "Anna Berg of Sweden's Ministry of Foreign Affairs led the team. According to the Ministry of Foreign Affairs, the visit lasted two days.";
    assert.deepEqual(bodies(body), [['Ministry of Foreign Affairs', 'SE'], ['Ministry of Foreign Affairs', 'SE']]);
  });

  it('should give a department named with one remit more ("and Trade") the country of the department it extends', () => {
    const body = "Fishing quotas were agreed, Canada's foreign affairs department said. Ana Roy of the Department of Foreign Affairs and Trade led the talks.";
    assert.deepEqual(bodies(body), [['Department of Foreign Affairs and Trade', 'CA']]);
  });

  it("should give a bare ministry the dateline's country where the article names no owner", () => {
    const body = 'OTTAWA, May 2 (Wire) - The Foreign Ministry said on Monday that the envoy would return next week.';
    assert.ok(bodies(body).some(([name, country]) => /Foreign Ministry$/.test(name) && country === 'CA'));
  });

  it("should give a body the tagger read with a capital's possessive, opening a sentence, the capital's country", () => {
    assert.deepEqual(bodies("Seoul's Foreign Ministry on Monday protested the move."), [["Seoul's Foreign Ministry", 'KR']]);
  });

  it('should give a bare ministry no country where two countries name one and none comes before it', () => {
    const body = "The Foreign Ministry said on Monday it had received the note. Tokyo's foreign ministry and Beijing's foreign ministry both replied.";
    assert.deepEqual(bodies(body), [['Foreign Ministry', null]]);
  });
});
