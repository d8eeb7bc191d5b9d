import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { isKoreanThreeWordName } from './korean-name.js';
import { splitSentences } from '../sentences.js';

function people(body: string): string[] {
  return recognizeEntities(body, splitSentences(body)).entities.filter((e) => e.type === 'person').map((e) => e.text);
}

describe('Korean names of three words', () => {
  it('should read a surname and two romanised syllables as a name, and not a body whose words are no syllables', () => {
    assert.equal(isKoreanThreeWordName('Ri Chol Ung'), true);
    assert.equal(isKoreanThreeWordName('Choe Myong Hyok'), true);
    assert.equal(isKoreanThreeWordName('Kim Tan Bank'), false);
    assert.equal(isKoreanThreeWordName('Park Avenue Hotel'), false);
    assert.equal(isKoreanThreeWordName('Ri Chol'), false);
  });

  it('should keep people named in a list after "including" or an arrest as people', () => {
    const listed = people('Prosecutors in Osaka on Friday charged three North Korean programmers, including Choe Myong Hyok and Pak Un Song, with fraud.');
    assert.ok(listed.includes('Choe Myong Hyok') && listed.includes('Pak Un Song'), listed.join(', '));
    assert.deepEqual(people('Police detained Ri Chol Ung at the border on Monday.'), ['Ri Chol Ung']);
  });
});
