import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { placeInContext } from './place-in-context.js';
import { splitSentences } from '../sentences.js';

/** The country and kind the recogniser gives the first mention of `name` in the body. */
function read(body: string, name: string): [string | undefined, string | undefined] | null {
  const e = recognizeEntities(body, splitSentences(body)).entities.find((x) => x.type === 'location' && x.text.replace(/['’]s$/, '') === name);
  return e ? [e.subtype, e.country] : null;
}

function personCountry(body: string, name: string): string | null {
  const recognition = recognizeEntities(body, splitSentences(body));
  const person = recognition.entities.find((e) => e.type === 'person' && e.text === name);
  return person ? (recognition.titles.get(person.start)?.country ?? null) : null;
}

describe('placeInContext', () => {
  it('should read Georgia as the US state where a governor follows it', () => {
    const body = 'ATLANTA (AP) — Georgia Gov. Brian Kemp signed the bill on Tuesday, his office said.';
    assert.deepEqual(read(body, 'Georgia'), ['region', 'US']);
    assert.equal(personCountry(body, 'Brian Kemp'), 'US');
  });

  it('should read Georgia as the US state where the text names a city of the state and none of the country', () => {
    assert.deepEqual(read('Georgia voters went to the polls on Tuesday, and turnout in Atlanta and Savannah was high.', 'Georgia'), ['region', 'US']);
  });

  it('should keep Georgia the country where the text names its capital, its parliament or its people', () => {
    assert.deepEqual(read("Georgia's parliament passed the law despite protests in Tbilisi.", 'Georgia'), ['country', 'GE']);
    assert.deepEqual(read('Russia tightened controls on its border with Georgia on Monday, Russian officials said.', 'Georgia'), ['country', 'GE']);
  });

  it('should read a state written with "state" after it as the state, not its namesake city', () => {
    assert.deepEqual(read('A wildfire in central Washington state forced hundreds of people to evacuate.', 'Washington'), ['region', 'US']);
    assert.deepEqual(read('Flash floods swept through towns in New York state on Monday.', 'New York'), ['region', 'US']);
    assert.deepEqual(read('Washington Gov. Bob Ferguson declared an emergency on Sunday.', 'Washington'), ['region', 'US']);
  });

  it('should keep a capital its government where a governor is of another body ("Washington" of the capital)', () => {
    assert.deepEqual(read('Washington said on Thursday it would impose sanctions on Iranian oil traders.', 'Washington'), ['city', 'US']);
  });

  it('should read a capital’s name as the place of a country or state the text names', () => {
    const victoria = 'Bushfires forced thousands of people to flee in the Australian state of Victoria. Victoria Premier Jacinta Allan said conditions would worsen.';
    assert.deepEqual(read(victoria, 'Victoria'), ['region', 'AU']);
    assert.equal(personCountry(victoria, 'Jacinta Allan'), 'AU');
    assert.deepEqual(read('A ferry ran aground near Victoria, British Columbia, on Sunday.', 'Victoria'), ['city', 'CA']);
    assert.deepEqual(read('A tornado tore through Paris, Texas, late Monday, damaging dozens of homes in Paris.', 'Paris')?.[1], 'US');
  });

  it('should keep a great capital beside a small namesake the text does not set it in', () => {
    assert.deepEqual(read('Moscow said its forces had shot down 40 drones, the Russian defence ministry said.', 'Moscow'), ['city', 'RU']);
    // A surname with an age after it is no qualifier of the place.
    assert.equal(placeInContext('Santiago', 'Luis Santiago, 34, was charged in Newark, N.J., on Friday.', 5, 13, { name: 'Santiago', kind: 'city', country: 'CL' }), null);
  });

  it('should read a state’s or a province’s abbreviation after a town as that state, not a town abroad', () => {
    assert.deepEqual(read('BIRMINGHAM, Ala. (AP) — A storm knocked out power on Monday.', 'Ala'), ['region', 'US']);
    assert.deepEqual(read('SALEM, Ore. — A fire destroyed a warehouse on Friday.', 'Ore'), ['region', 'US']);
    assert.deepEqual(read('Three people died in a crash near London, Ont., on Saturday.', 'Ont'), ['region', 'CA']);
  });

  it('should give a state’s body named like a country the US where the text means the state', () => {
    const body = 'Gunfire in Macon left a man dead on Saturday. Georgia Bureau of Investigation agents are helping local police.';
    const gbi = recognizeEntities(body, splitSentences(body)).entities.find((e) => e.text === 'Georgia Bureau of Investigation');
    assert.equal(gbi?.country, 'US');
  });

  it('should read a city named with "City" as the city, not a building', () => {
    assert.deepEqual(read('An air strike killed 12 people in Gaza City on Tuesday.', 'Gaza City'), ['city', 'PS']);
    assert.deepEqual(read('Officials in Salt Lake City said the roads were closed.', 'Salt Lake City'), ['city', 'US']);
  });

  it('should leave out a country’s name that opens a sentence as the text’s ordinary word', () => {
    assert.equal(read('Turkey prices fell ahead of Thanksgiving, farmers said. A 16-pound turkey costs about $25.', 'Turkey'), null);
    assert.equal(read('DES MOINES, Iowa (AP) — Turkey prices fell ahead of Thanksgiving, farmers said. A 16-pound turkey costs about $25.', 'Turkey'), null);
    // The country where the text names it again or by its people.
    assert.deepEqual(read('Turkey detained seven Turkish journalists, and the turkey farms were searched.', 'Turkey'), ['country', 'TR']);
  });
});
