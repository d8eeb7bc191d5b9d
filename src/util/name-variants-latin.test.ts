import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { centralAsianZhKey, familyNamesAlone, givesTwoFamilyNames, russianVowelKey, russianYeKey, trailingNameLeftOut, twoFamilyNames } from './name-variants-latin.js';

describe('russianYeKey', () => {
  it('should write a leading Ye of a Russian name as E', () => {
    assert.equal(russianYeKey('yevgeny'), 'evgeny');
    assert.equal(russianYeKey('yelena'), 'elena');
  });
  it('should write the Ye of a Slavic family name as E, and leave the Ye of a name of another shape', () => {
    assert.equal(russianYeKey('yefremov'), 'efremov');
    assert.equal(russianYeKey('yevtushenko'), 'evtushenko');
    for (const word of ['yellen', 'yeats', 'yemen', 'yates', 'yeltzer', 'yesterday']) assert.equal(russianYeKey(word), word, word);
  });
  it('should leave short words and a Ye before a vowel', () => {
    assert.equal(russianYeKey('yeti'), 'yeti');
    assert.equal(russianYeKey('yeager'), 'yeager');
  });
});

describe('trailingNameLeftOut', () => {
  it('should join a Hong Kong name with and without its Chinese given name', () => {
    assert.equal(trailingNameLeftOut('Peter Ho Ka-lok', 'Peter Ho', false), true);
  });
  it('should join a Spanish name with both family names and with the father\'s only, accents aside, for a two-surname country', () => {
    assert.equal(trailingNameLeftOut('Lucía Ferrer Solís', 'Lucia Ferrer', true), true);
  });
  it('should not join a dropped plain word where the country gives one family name', () => {
    assert.equal(trailingNameLeftOut('Lucia Ferrer Solis', 'Lucia Ferrer', false), false);
  });
  it('should not join names whose shared words differ', () => {
    assert.equal(trailingNameLeftOut('Peter Ho Ka-lok', 'Paul Ho', false), false);
  });
});

describe('familyNamesAlone', () => {
  it('should take the two family names alone for the full name', () => {
    assert.equal(familyNamesAlone(['lucia', 'ferrer', 'solis'], ['ferrer', 'solis']), true);
  });
  it('should not take a given name and a family name for another full name', () => {
    assert.equal(familyNamesAlone(['lucia', 'ferrer', 'solis'], ['lucia', 'ferrer']), false);
  });
});

describe('russianVowelKey', () => {
  it('should write yo or ye after a consonant as e, and ks as x', () => {
    assert.equal(russianVowelKey('artyom'), russianVowelKey('artem'));
    assert.equal(russianVowelKey('fyodor'), russianVowelKey('fedor'));
    assert.equal(russianVowelKey('maksim'), russianVowelKey('maxim'));
  });

  it('should leave a Korean given name and its "yeo" to the Korean keys', () => {
    assert.equal(russianVowelKey('jae-hyeok'), 'jae-hyeok');
    assert.equal(russianVowelKey('hyeonseo'), 'hyeonseo');
  });

  it('should leave short words and names that differ in another vowel', () => {
    assert.equal(russianVowelKey('lyon'), 'lyon');
    assert.notEqual(russianVowelKey('artyom'), russianVowelKey('artam'));
  });
});

describe('centralAsianZhKey', () => {
  it('should write the Zh or Dzh of a Central Asian family name as J', () => {
    assert.equal(centralAsianZhKey('zhumabaev'), 'jumabaev');
    assert.equal(centralAsianZhKey('dzhaparova'), 'japarova');
    assert.equal(centralAsianZhKey('zhanybek'), 'janybek');
  });

  it('should leave Chinese names, short words and given names without a family ending', () => {
    for (const word of ['zhang', 'zhixin', 'zhibin', 'zhamal', 'zhou', 'jumabaev']) assert.equal(centralAsianZhKey(word), word, word);
  });
});

describe('twoFamilyNames', () => {
  it('should give both family names of a given name and two family names, accents kept', () => {
    assert.deepEqual(twoFamilyNames('Tomás Berrocal Quintero'), ['Berrocal', 'Quintero']);
    assert.deepEqual(twoFamilyNames('Inês Cardim Teles'), ['Cardim', 'Teles']);
  });
  it('should give none for a name of another shape: two words, an initial, a particle, four words', () => {
    assert.equal(twoFamilyNames('Tomás Berrocal'), null);
    assert.equal(twoFamilyNames('Tomás B. Quintero'), null);
    assert.equal(twoFamilyNames('Tomás de Quintero'), null);
    assert.equal(twoFamilyNames('Luiz Carlos Berrocal Teles'), null);
  });
});

describe('givesTwoFamilyNames', () => {
  it('should hold Spanish- and Portuguese-speaking countries, and no other', () => {
    assert.ok(givesTwoFamilyNames('MX') && givesTwoFamilyNames('BR') && givesTwoFamilyNames('PT'));
    assert.ok(!givesTwoFamilyNames('GB') && !givesTwoFamilyNames('US') && !givesTwoFamilyNames(null));
  });
});
