import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameSpellings, nameVariant } from './name-spellings.js';

describe('nameSpellings', () => {
  it("should list a Russian name's romanisations, the name as written first", () => {
    const spellings = nameSpellings('Dmitri Volkov');
    assert.equal(spellings[0], 'dmitri volkov');
    assert.ok(spellings.includes('dmitry volkov') && spellings.includes('dmitriy volkov'), JSON.stringify(spellings));
    assert.ok(nameSpellings('Anton Sergeyev').includes('anton sergeev'));
  });

  it('should not make one name of two people whose names differ in more than the romanisation', () => {
    assert.deepEqual(nameSpellings('Ivan Petrov'), ['ivan petrov']);
    // A Russian name's other romanisations change the ending only, never a woman's name into a man's.
    const yuri = nameSpellings('Yuri Petrova');
    assert.ok(yuri.includes('yury petrova'), JSON.stringify(yuri));
    assert.ok(!yuri.some((s) => s.endsWith('petrov')), JSON.stringify(yuri));
  });

  it('should tag an English name as written only', () => {
    assert.deepEqual(nameSpellings('Terry Wu'), ['terry wu']);
    assert.deepEqual(nameSpellings('Bobby Murphy'), ['bobby murphy']);
    assert.deepEqual(nameSpellings('Giovanni Rossi'), ['giovanni rossi']);
  });

  it('should give no E- form of an English name that opens with Ye ("Marla Yellen"), as it does a Russian one', () => {
    assert.deepEqual(nameSpellings('Marla Yellen'), ['marla yellen']);
    assert.equal(nameVariant('Marla Yellen'), null);
    assert.equal(nameVariant('Yelena Gorbunova'), 'elena gorbunova');
  });

  it("should add a name's spelling-table form after its spellings as written", () => {
    const omer = nameSpellings('Nizar Omer');
    assert.equal(omer[0], 'nizar omer');
    assert.ok(omer.includes('nizar omar'), JSON.stringify(omer));
    // The Russian Ye- written E-, with the other romanisations of the rest.
    assert.ok(nameSpellings('Yevgeny Markin').includes('evgenii markin'));
    assert.equal(nameVariant('Mohammed Abd al-Karim'), 'muhammad abd karim');
    assert.equal(nameVariant('Abdul Karim'), 'abd karim');
    assert.equal(nameVariant('Terry Wu'), null);
  });
});

describe('nameSpellings, Arabic and Central Asian romanisations', () => {
  it('should share a key between Tofiq and Tawfiq, Rasheed and Rashid, Zhumabaev and Jumabayev', () => {
    const shared = (a: string, b: string): boolean => nameSpellings(a).some((s) => nameSpellings(b).includes(s));
    assert.ok(shared('Azad Tofiq Karim', 'Azad Tawfiq Karim'));
    assert.ok(shared('Hemin Rasheed', 'Hemin Rashid'));
    assert.ok(shared('Nurbek Zhumabaev', 'Nurbek Jumabayev'));
    assert.equal(nameVariant('Zhumabaev'), 'jumabaev');
  });

  it('should share no key between Rashid and Rashad, Zhamal and Jamal, Zhang and Jang', () => {
    const shared = (a: string, b: string): boolean => nameSpellings(a).some((s) => nameSpellings(b).includes(s));
    assert.ok(!shared('Hemin Rashid', 'Hemin Rashad'));
    assert.ok(!shared('Zhamal Saidova', 'Jamal Saidova'));
    assert.ok(!shared('Zhang Wei', 'Jang Wei'));
  });
});
