import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { placeHints } from './places.js';
import { resolveSubdivision, subdivisionsNamed } from './regions.js';

describe('resolveSubdivision', () => {
  it('should find a province abroad by its English name, with its country and ISO 3166-2 code', () => {
    assert.deepEqual(resolveSubdivision('Balochistan'), { name: 'Balochistan', country: 'PK', code: 'PK-BA' });
    assert.equal(resolveSubdivision('Bavaria')?.country, 'DE');
    // Accents aside, and "Madrid Province" is also "Madrid" (the city, where there is one, comes first elsewhere).
    assert.equal(subdivisionsNamed('Madrid').some((s) => s.country === 'ES'), true);
  });

  it('should choose among provinces of one name only by the country the text names', () => {
    assert.equal(resolveSubdivision('Punjab'), null);
    assert.equal(resolveSubdivision('Punjab', placeHints('Floods in Pakistan'))?.code, 'PK-PB');
    assert.equal(resolveSubdivision('Punjab', placeHints('Farmers in India protested'))?.code, 'IN-PB');
  });

  it('should read no English county in a story about the United States, nor a word or a country', () => {
    assert.equal(resolveSubdivision('Cornwall', placeHints('A man was shot in Cornwall, N.Y., on Friday')), null);
    assert.equal(resolveSubdivision('Cornwall')?.country, 'GB');
    assert.equal(subdivisionsNamed('Georgia').length, 0);
    assert.equal(subdivisionsNamed('Central').length, 0);
    assert.equal(subdivisionsNamed('Texas').length, 0);
  });
});
