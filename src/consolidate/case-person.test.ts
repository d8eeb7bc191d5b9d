import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameWordsOf, namesPerson, personSlot } from './case-person.js';

describe('personSlot', () => {
  it('should take a pronoun, a person noun with a name after it, or a name the article gives, not a place, a thing or an unknown name', () => {
    const names = nameWordsOf([{ name: 'Lena Okoro', variants: [] }]);
    for (const slot of ['', 'her', 'the Nigerian cartoonist Lena Okoro', 'US reporter', 'Lena Okoro']) assert.ok(personSlot(slot, names), slot);
    for (const slot of ['Kyiv', 'the claims', 'talks', 'the West', 'Tomas Berg']) assert.ok(!personSlot(slot, names), slot);
  });
});

describe('namesPerson', () => {
  it('should find a person in a clause by pronoun, noun or known name, not in a clause of things', () => {
    const names = new Set(['okoro']);
    assert.ok(namesPerson('Okoro has been', names));
    assert.ok(namesPerson('two students were', names));
    assert.ok(!namesPerson('The festival was', names));
  });
});
