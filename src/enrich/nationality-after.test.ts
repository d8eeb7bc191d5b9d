import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nationalityAfter } from './nationality-after.js';

/** The country the apposition after `name` in `text` gives. */
const after = (text: string, name: string): string | null => nationalityAfter(text, text.indexOf(name) + name.length);

describe('nationalityAfter', () => {
  it('should read a people set off after the name, with an age or a noun of nationality', () => {
    assert.equal(after('Police held Oleg Brusov, a 35-year-old Russian, at a flat.', 'Oleg Brusov'), 'RU');
    assert.equal(after('Police held Dan Cojocar, a Moldovan citizen, in Iasi.', 'Dan Cojocar'), 'MD');
    assert.equal(after('Police held Dan Cojocar, of Moldovan nationality, in Iasi.', 'Dan Cojocar'), 'MD');
    assert.equal(after('Cojocar, the Moldovan, 28, was held.', 'Cojocar'), 'MD');
  });

  it('should read a country after the age', () => {
    assert.equal(after('Dan Cojocar, 28, of Moldova, was held.', 'Dan Cojocar'), 'MD');
  });

  it('should leave a people\'s word that qualifies another noun, and a country named like an American town', () => {
    assert.equal(after('Ana Ruiz, a Russian literature scholar, spoke.', 'Ana Ruiz'), null);
    assert.equal(after('Dale Reed, 41, of Lebanon, was shot.', 'Dale Reed'), null);
    assert.equal(after('Dale Reed, a Democrat, won.', 'Dale Reed'), null);
  });
});
