import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { resolvePeople } from './people.js';
import { splitSentences } from './sentences.js';

function person(body: string, name: string) {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).find((p) => p.name === name);
}

// ux74a fault 3: "A 34-year-old Russian national, Artem Volodin," gave no country and the description as the role.
describe('resolvePeople, a nationality with an age before the name', () => {
  it('should take the country of "A 34-year-old Russian national, NAME," and no role from it', () => {
    const p = person('A 34-year-old Russian national, Oleg Brusov, was arrested in Lisbon on Monday.', 'Oleg Brusov');
    assert.equal(p?.country, 'RU');
    assert.ok(!/national/.test(p?.role ?? ''), String(p?.role));
  });

  it('should take the country of "a 28-year-old Moldovan man, NAME,"', () => {
    assert.equal(person('Police said a 28-year-old Moldovan man, Dan Cojocar, was detained in Iasi.', 'Dan Cojocar')?.country, 'MD');
  });

  it('should take no country from a town before "man"', () => {
    assert.equal(person('Police said a 28-year-old Dallas man, Dale Reed, was detained on Friday.', 'Dale Reed')?.country ?? null, null);
  });
});
