import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hyphenatedSurnameOf, middleWordsLeftOut } from './name-forms.js';
import { nameTokens } from './people.js';

const t = nameTokens;

describe('middleWordsLeftOut', () => {
  it('should read a name without its middle name or initial as the full name', () => {
    assert.equal(middleWordsLeftOut(t('Dorian Maxwell Pruitt'), t('Dorian Pruitt')), true);
    assert.equal(middleWordsLeftOut(t('Carla J. Fenwick'), t('Carla Fenwick')), true);
    assert.equal(middleWordsLeftOut(t('Ana Maria Lucia Ferraz'), t('Ana Ferraz')), true);
  });

  it('should not join other first names, initials alone, particles or suffixes', () => {
    assert.equal(middleWordsLeftOut(t('Dorian Maxwell Pruitt'), t('Helen Pruitt')), false);
    assert.equal(middleWordsLeftOut(t('J. Maxwell Pruitt'), t('J. Pruitt')), false);
    assert.equal(middleWordsLeftOut(t('Omar bin Khalid al Nouri'), t('Omar al')), false);
    assert.equal(middleWordsLeftOut(t('Dorian Pruitt'), t('Dorian Pruitt')), false);
  });
});

describe('hyphenatedSurnameOf', () => {
  it('should read a hyphenated surname written alone as the end of the full name', () => {
    assert.equal(hyphenatedSurnameOf('Okoro-Vance', t('Okoro-Vance'), t('Lydia Okoro-Vance')), true);
  });

  it('should not read two written words, or another surname, as a surname alone', () => {
    assert.equal(hyphenatedSurnameOf('Okoro Vance', t('Okoro Vance'), t('Lydia Okoro Vance')), false);
    assert.equal(hyphenatedSurnameOf('Okoro-Blake', t('Okoro-Blake'), t('Lydia Okoro-Vance')), false);
  });
});
