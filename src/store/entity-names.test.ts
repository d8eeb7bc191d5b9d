import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterNames, shortNames, surnames, withFirstFamilyName, withoutCountry } from './entity-names.js';

describe('shortNames', () => {
  it('should drop a kind word, a legal form and a leading "the" when a name is left', () => {
    assert.deepEqual(shortNames('Lazarus Group'), ['Lazarus']);
    assert.deepEqual(shortNames('Samsung Electronics Co., Ltd.'), ['Samsung Electronics']);
    assert.deepEqual(shortNames('The Harbour Crew'), ['Harbour']);
    assert.deepEqual(shortNames('Acme Corp'), ['Acme']);
  });

  it('should give none for a name that is all kind words, or has none to drop', () => {
    assert.deepEqual(shortNames('The Group'), []);
    assert.deepEqual(shortNames('Europol'), []);
    assert.deepEqual(shortNames('Ministry of Foreign Affairs'), []);
  });
});

describe('withoutCountry', () => {
  it("should give a state body's name without the country, bloc or nationality written before it", () => {
    assert.deepEqual(withoutCountry('US Treasury'), ['Treasury']);
    assert.deepEqual(withoutCountry('U.S. Treasury'), ['Treasury']);
    assert.deepEqual(withoutCountry('British Treasury'), ['Treasury']);
    assert.deepEqual(withoutCountry('EU Commission Office of Fraud'), ['Commission Office of Fraud']);
  });

  it('should find the Treasury Department as the Treasury, but keep "Department" after a word that means more alone', () => {
    assert.deepEqual(withoutCountry('US Treasury Department'), ['Treasury Department', 'Treasury']);
    assert.deepEqual(withoutCountry('Treasury Department'), ['Treasury']);
    assert.deepEqual(withoutCountry('US Federal Aviation Administration'), ['Federal Aviation Administration']);
  });

  it("should give nothing for a kind of body every country has, a company's name, or a word that only looks like a country", () => {
    assert.deepEqual(withoutCountry('US Army'), []);
    assert.deepEqual(withoutCountry('UK Government'), []);
    assert.deepEqual(withoutCountry('Japan Airlines'), []);
    assert.deepEqual(withoutCountry('Georgia Power'), []);
    assert.deepEqual(withoutCountry('Us Weekly Office'), []);
    assert.deepEqual(withoutCountry('Treasury'), []);
  });

  it("should keep a country word that is part of a medium's or a league's name", () => {
    for (const name of ['Korean Central News Agency', 'Saudi Press Agency', 'Syrian Arab News Agency', 'Iraqi News Agency', 'Japan Airlines', 'Indian Premier League', 'Saudi Aramco', 'Pakistan Broadcasting Corporation']) {
      assert.deepEqual(withoutCountry(name), [], name);
    }
  });

  it("should keep the short name of a ministry or agency whose portfolio is a medium's or a railway's word", () => {
    assert.deepEqual(withoutCountry('UK Department for Arts, Media and Heritage'), ['Department for Arts, Media and Heritage']);
    assert.deepEqual(withoutCountry('US Agency for Global Media'), ['Agency for Global Media']);
    assert.deepEqual(withoutCountry('Indian Ministry of Information and Broadcasting'), ['Ministry of Information and Broadcasting']);
    assert.deepEqual(withoutCountry('Russian Ministry of Railways'), ['Ministry of Railways']);
    // The medium's word heads these: the body is a medium's or speaks for one.
    assert.deepEqual(withoutCountry('Nigerian Broadcasting Commission'), []);
    assert.deepEqual(withoutCountry('Israeli Government Press Office'), []);
  });

  it('should give nothing for a portfolio every government has', () => {
    for (const name of ['Russian Foreign Ministry', 'South Korean Foreign Ministry', 'UK Ministry of Defence', 'US Secret Service', 'British Secret Service', 'the British Foreign Office', 'US Justice Department', 'Israeli Defense Forces', 'Indian Health Service']) {
      assert.deepEqual(withoutCountry(name), [], name);
    }
  });

  it("should read a US state or town that shares a country's name or code as no country", () => {
    for (const name of ['Georgia Bureau of Investigation', 'Panama City Police', 'SC Department of Natural Resources', 'NC State Bureau of Investigation', 'Palestine Police', 'Jordan Valley Authority', 'Turkey Creek Fire Department']) {
      assert.deepEqual(withoutCountry(name), [], name);
    }
  });
});

describe('filterNames', () => {
  it('should find a state body by its name without its country', () => {
    assert.deepEqual(filterNames({ name: 'US Treasury Department', aliases: ['OFAC'] }, false), ['US Treasury Department', 'OFAC', 'Treasury Department', 'Treasury']);
  });

  it('should keep a medium whole whatever its initials, and a state body short whose initials take the country in', () => {
    assert.deepEqual(filterNames({ name: 'Korean Central News Agency', aliases: ['KCNA'] }, false), ['Korean Central News Agency', 'KCNA']);
    assert.deepEqual(filterNames({ name: 'US Federal Aviation Administration', aliases: ['FAA'] }, false), ['US Federal Aviation Administration', 'FAA', 'Federal Aviation Administration']);
    // The country's letter in the initials says nothing of whose the name is.
    assert.deepEqual(filterNames({ name: 'Irish Aviation Authority', aliases: ['IAA'] }, false), ['Irish Aviation Authority', 'IAA', 'Aviation Authority']);
    assert.deepEqual(filterNames({ name: 'Saudi Arabian Monetary Authority', aliases: ['SAMA'] }, false), ['Saudi Arabian Monetary Authority', 'SAMA', 'Monetary Authority']);
  });

  it("should add an actor's gazetteer names and the short ones", () => {
    const names = filterNames({ name: 'Lazarus Group', aliases: [] }, true);
    for (const name of ['Lazarus Group', 'Lazarus', 'HIDDEN COBRA', 'Diamond Sleet']) assert.ok(names.includes(name), name);
  });

  it("should give a body its names as written and short, and no gazetteer's", () => {
    assert.deepEqual(filterNames({ name: 'Sandworm Team', aliases: ['ST'] }, false), ['Sandworm Team', 'ST', 'Sandworm']);
  });
});

describe('surnames', () => {
  it("should give the last word of each name, or a Korean name's first", () => {
    assert.deepEqual(surnames({ name: 'Maria Kovacs', aliases: [] }), ['Kovacs']);
    assert.deepEqual(surnames({ name: 'Martin Luther King Jr.', aliases: [] }), ['King']);
    assert.deepEqual(surnames({ name: 'Lee Jun-il', aliases: [] }), ['Lee']);
    assert.deepEqual(surnames({ name: 'Maria Santos-Reyes', aliases: [] }), ['Santos-Reyes']);
    assert.deepEqual(surnames({ name: 'Kumagai Naoki', aliases: ['Naoki Kumagai'] }), ['Naoki', 'Kumagai']);
    assert.deepEqual(surnames({ name: 'Madonna', aliases: [] }), []);
  });
});

describe('surnames of names written family name first', () => {
  it('should give the first word too for a participant of a country whose names open with the family name', () => {
    assert.deepEqual(surnames({ name: 'Lam Vireak', aliases: [], country: 'KH' }), ['Vireak', 'Lam']);
    assert.deepEqual(surnames({ name: 'Duc Minh Tuan', aliases: [], country: 'VN' }), ['Tuan', 'Duc']);
  });

  it('should give the first word where it is such a country\'s family name, with no country known', () => {
    assert.deepEqual(surnames({ name: 'Chea Rotha', aliases: [] }), ['Rotha', 'Chea']);
    assert.deepEqual(surnames({ name: 'Nguyễn Thị Lan', aliases: [], country: null }), ['Lan', 'Nguyễn']);
  });

  it('should leave a name in given-name-first order as it was, elsewhere and for a given name that is also such a family name', () => {
    assert.deepEqual(surnames({ name: 'Helen Marsh', aliases: [], country: 'GB' }), ['Marsh']);
    assert.deepEqual(surnames({ name: 'Kim Abernathy', aliases: [], country: 'US' }), ['Abernathy']);
  });
});

describe('surnames of Spanish and Portuguese names with two family names', () => {
  it('should give either family name of a given name and two family names of such a country', () => {
    assert.deepEqual(surnames({ name: 'Tomás Berrocal Quintero', aliases: [], country: 'CL' }), ['Berrocal', 'Quintero']);
    assert.deepEqual(surnames({ name: 'Inês Cardim Teles', aliases: [], country: 'BR' }), ['Cardim', 'Teles']);
  });

  it("should take the event's place country where the reports give the person none", () => {
    assert.deepEqual(surnames({ name: 'Tomás Berrocal Quintero', aliases: [], country: null }, 'MX'), ['Berrocal', 'Quintero']);
    assert.deepEqual(surnames({ name: 'Tomás Berrocal Quintero', aliases: [], country: 'US' }, 'MX'), ['Quintero'], "the person's own country comes first");
  });

  it('should not take an English middle name, nor a particle or initial, as a family name', () => {
    assert.deepEqual(surnames({ name: 'Betty Mae Page', aliases: [], country: 'US' }), ['Page']);
    assert.deepEqual(surnames({ name: 'Wendell Harlan Brooks', aliases: [], country: null }, 'GB'), ['Brooks']);
    assert.deepEqual(surnames({ name: 'Tomás de Quintero', aliases: [], country: 'ES' }), ['Quintero']);
    assert.deepEqual(surnames({ name: 'Tomás R. Quintero', aliases: [], country: 'ES' }), ['Quintero']);
  });
});

describe('withFirstFamilyName', () => {
  it('should give the given name with the first family name, for a person of a two-family-name country only', () => {
    assert.deepEqual(withFirstFamilyName({ name: 'Tomás Berrocal Quintero', aliases: [], country: 'AR' }), ['Tomás Berrocal']);
    assert.deepEqual(withFirstFamilyName({ name: 'Wendell Harlan Brooks', aliases: [], country: 'US' }), []);
  });
});
