import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryOfDemonym, lookupCity, lookupCountry, lookupPlace, mayOpenPlaceOfWords, placeHints } from './places.js';

describe('lookupPlace', () => {
  it('should place a town written with "Georgia" in the country where the US state has no such town', () => {
    const tbilisi = lookupPlace('Tbilisi', 'TBILISI, Georgia (Reuters) - Police used water cannon on protesters.');
    assert.deepEqual([tbilisi?.country, tbilisi?.lat === null ? null : Math.round(tbilisi?.lat ?? 0)], ['GE', 42]);
    assert.equal(lookupPlace('Columbus', 'COLUMBUS, Georgia (AP) — A man was shot on Friday.')?.admin1, 'GA');
  });

  it('should read a capital as its government, with the city’s coordinates', () => {
    const seoul = lookupPlace('Seoul', 'Seoul said on Monday it would answer the launch.');
    assert.equal(seoul?.kind, 'city');
    assert.equal(seoul?.country, 'KR');
    assert.equal(seoul?.capital, true);
    assert.equal(lookupPlace('Washington')?.name, 'Washington, D.C.');
    assert.equal(lookupPlace('D.C.')?.name, 'Washington, D.C.');
    assert.equal(lookupPlace('Washington', 'Washington warned Pennsylvania voters.')?.capital, true);
    assert.equal(lookupPlace('Pyongyang')?.country, 'KP');
  });

  it('should answer a name asked again about the same text alike, with an answer of its own each time', () => {
    const text = 'Flooding closed roads in Springfield, Ill., on Friday.';
    const first = lookupPlace('Springfield', text)!;
    const expected = { ...first };
    first.name = 'changed by a caller';
    const second = lookupPlace('Springfield', text);
    assert.notEqual(second, first);
    assert.deepEqual(second, expected);
  });

  it('should give a country its centre and a city its point', () => {
    const japan = lookupPlace('Japan');
    assert.deepEqual([japan?.kind, japan?.country, japan?.lat, japan?.lon], ['country', 'JP', 36, 138]);
    const kyiv = lookupPlace('Kiev');
    assert.equal(kyiv?.name, 'Kyiv');
    assert.ok(Math.abs(kyiv!.lat! - 50.45) < 0.05 && Math.abs(kyiv!.lon! - 30.52) < 0.05);
    assert.equal(lookupPlace('Middle East')?.lat, null);
  });

  it('should choose among places of one name by the state or country the text names', () => {
    assert.equal(lookupPlace('Springfield', 'Flooding closed roads in Springfield, Ill., on Friday.')?.admin1, 'IL');
    assert.equal(lookupPlace('Springfield', 'Police in Massachusetts said Springfield was calm.')?.admin1, 'MA');
    assert.equal(lookupPlace('Hamilton', 'New Zealand police said a man was arrested in Hamilton.')?.country, 'NZ');
    assert.equal(lookupPlace('Hamilton')?.country, 'CA');
  });

  it('should read a section of a city as that city\'s when the text names the city, unless it names another state', () => {
    assert.equal(lookupPlace('Englewood', 'Gunfire hurt four men in Englewood on Friday, Chicago police said.')?.within, 'Chicago');
    assert.equal(lookupPlace('Englewood', 'Gunfire hurt four men in Englewood on Friday.')?.admin1, 'CO');
    assert.equal(lookupPlace('Englewood', 'Chicago-born officers in Englewood, Colorado, said the road was shut.')?.admin1, 'CO');
  });

  it('should place the sections of a county that is one city in that city, and New York\'s in their borough', () => {
    assert.equal(lookupPlace('Coney Island', 'in New York')?.within, 'Brooklyn');
    assert.equal(lookupPlace('Jackson Heights', 'in New York')?.within, 'Queens');
    assert.equal(lookupPlace('Tacony', 'in Philadelphia')?.within, 'Philadelphia');
    // A town just outside the line is not inside, and a borough is within nothing.
    assert.equal(lookupPlace('Wyndmoor', 'in Pennsylvania')?.within ?? null, null);
    // A name other places have too keeps its own: Kensington, Philadelphia, is not Brooklyn's.
    assert.equal(lookupPlace('Kensington', 'Three were killed inside a Kensington home, police said.')?.within ?? null, null);
    assert.equal(lookupPlace('Brooklyn', 'in New York')?.within ?? null, null);
  });

  it('should take a place named like a word only when the text says where', () => {
    for (const name of ['Reading', 'Mobile', 'Nice', 'Bath']) assert.equal(lookupPlace(name), null, name);
    assert.equal(lookupPlace('Reading', 'A fire broke out in Reading, England.')?.country, 'GB');
    assert.equal(lookupPlace('Reading', 'A fire broke out in Reading, Pa., overnight.')?.admin1, 'PA');
    assert.equal(lookupPlace('Nice', 'The French city of Nice held a vigil.')?.country, 'FR');
    assert.equal(lookupPlace('Mobile', 'Storms hit Mobile, Alabama.')?.admin1, 'AL');
  });

  it('should keep the existing lookups working', () => {
    assert.equal(lookupCountry('S. Korea')?.country, 'KR');
    assert.equal(lookupCity('Seoul')?.country, 'KR');
    assert.deepEqual([...placeHints('Officials in the U.S. and Japan, and in Springfield, Ill.').countries].sort(), ['JP', 'US']);
  });

  it("should give a demonym to the state, not the territory that shares it, and read no state abbreviation as a country", () => {
    assert.equal(countryOfDemonym('Indian'), 'IN');
    assert.equal(countryOfDemonym('Norwegian'), 'NO');
    assert.equal(countryOfDemonym('Dominican'), 'DO');
    assert.equal(lookupCountry('Md'), null);
    assert.equal(lookupCountry('Va'), null);
    assert.equal(lookupCountry('US')?.country, 'US');
    assert.equal(lookupCountry('UK')?.country, 'GB');
  });

  it('should read the adjective news writes before a body where the package gives the noun for a national', () => {
    const adjectives: Record<string, string> = {
      Philippine: 'PH', Icelandic: 'IS', Luxembourgish: 'LU', Kyrgyz: 'KG', Tajik: 'TJ', Uzbek: 'UZ', Kazakh: 'KZ', Slovenian: 'SI',
      Ecuadorian: 'EC', 'Cape Verdean': 'CV', Maldivian: 'MV', Argentinian: 'AR', Surinamese: 'SR', Nepali: 'NP', Azeri: 'AZ',
    };
    for (const [adjective, country] of Object.entries(adjectives)) assert.equal(countryOfDemonym(adjective), country, adjective);
  });

  it('should read each part of a two-part demonym ("Bosnian, Herzegovinian") as the country', () => {
    assert.equal(countryOfDemonym('Bosnian'), 'BA');
    assert.equal(countryOfDemonym('Herzegovinian'), 'BA');
    assert.equal(countryOfDemonym('Antiguan'), 'AG');
    assert.equal(countryOfDemonym('Nevisian'), 'KN');
  });

  it('should know a demonym for every member of the UN', () => {
    const require = createRequire(import.meta.url);
    const countries = require('world-countries') as { cca2: string; unMember?: boolean; demonyms?: { eng?: { m: string } } }[];
    const without = countries.filter((c) => c.unMember && !(c.demonyms?.eng?.m ?? '').split(/,\s*|\s+or\s+/).some((d) => countryOfDemonym(d) === c.cca2));
    // Shared forms go to one state: "Congolese" to the DR Congo, "Dominican" to the Dominican Republic
    // (Dominica's is the same word), as news most often means them.
    assert.deepEqual(without.map((c) => c.cca2), ['CG', 'DM']);
  });
});


describe('look-up keys', () => {
  it('should read a name the same with "the", a possessive or loose white space as written plainly', () => {
    for (const written of ['the Netherlands', 'The  Netherlands', 'Netherlands’s', ' netherlands ', 'THE\tNETHERLANDS']) assert.equal(lookupCountry(written)?.country, 'NL', written);
    for (const written of ['Kuala Lumpur', 'kuala lumpur', 'Kuala\u00a0Lumpur', 'Kuala Lumpur\'s', 'Kuala\nLumpur']) assert.equal(lookupCity(written)?.country, 'MY', written);
    assert.equal(lookupCity('Kuala Lumpurs'), null);
    assert.equal(lookupCountry('Netherland'), null);
  });
});

describe('mayOpenPlaceOfWords', () => {
  it('should say yes for the first word of a city, country, region or demonym of several words, and for "the"', () => {
    for (const word of ['Buenos', 'kuala', 'United', 'Middle', 'South', 'Hong', 'The', 'the']) assert.equal(mayOpenPlaceOfWords(word), true, word);
  });

  it('should say no for words no such name opens with (Salt Lake City is no capital: lookupCity holds capitals)', () => {
    for (const word of ['Police', 'Smith', 'said', 'Officers', 'Salt']) assert.equal(mayOpenPlaceOfWords(word), false, word);
  });
});
