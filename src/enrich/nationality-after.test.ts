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

  it('should give no country to a US town named like one, with its state, borough or county after it', () => {
    assert.equal(after('Troopers stopped Lee Marsh, 52, of Brazil, Indiana, on the interstate.', 'Lee Marsh'), null);
    assert.equal(after('Deputies charged Ray Ortiz, 29, of Jamaica, Queens, with robbery.', 'Ray Ortiz'), null);
    assert.equal(after('The driver, Amy Cole, 47, of Denmark, S.C., was treated.', 'Amy Cole'), null);
    assert.equal(after('The driver, Amy Cole, 47, of Sweden, Oxford County, was treated.', 'Amy Cole'), null);
  });

  it('should still read a country after the age where a word that names no US area follows it', () => {
    assert.equal(after('Dan Cojocar, 28, of Moldova, Ion Rusu, 30, of Romania, and a driver were held.', 'Dan Cojocar'), 'MD');
    assert.equal(after('Police held Jan Berg, 44, of Norway, on Friday.', 'Jan Berg'), 'NO');
  });
});
