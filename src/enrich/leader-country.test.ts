import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PersonMention } from '../model/types.js';
import { giveLeadersHomeCountry } from './leader-country.js';

function person(name: string, role: string | null, country: string | null = null, organization: string | null = null): PersonMention {
  return { name, variants: [], role, roleMentions: [], organization, country, mentions: [], byline: false, inEvent: true };
}

describe('a leader named by the bare title', () => {
  it('should serve the country the report is written from, marked inferred', () => {
    const people = [person('Arno Veld', 'President'), person('Mara Lind', 'Prime Minister', 'SE')];
    giveLeadersHomeCountry(people, 'FI');
    assert.equal(people[0]!.country, 'FI');
    assert.equal(people[0]!.countryInferred, true);
    assert.equal(people[1]!.country, 'SE');
    assert.equal(people[1]!.countryInferred, undefined);
  });

  it('should leave a company president, another role, and a report with no home country alone', () => {
    const people = [person('Iris Kade', 'President', null, 'Norland Steel'), person('Tom Reyes', 'spokesman')];
    giveLeadersHomeCountry(people, 'NL');
    assert.deepEqual(people.map((p) => p.country), [null, null]);
    const alone = [person('Arno Veld', 'President')];
    giveLeadersHomeCountry(alone, null);
    assert.equal(alone[0]!.country, null);
  });

  it('should give no president to a kingdom: a "President" in a report from one is a company\'s or a foreign state\'s', () => {
    const people = [person('Clint Moss', 'President'), person('Ava Lee', 'Prime Minister')];
    giveLeadersHomeCountry(people, 'CA');
    assert.deepEqual(people.map((p) => p.country), [null, 'CA']);
  });

  it("should give a cabinet member named by the bare title the home country, unless another country's body holds the portfolio", () => {
    const people = [person('Arno Veld', 'Foreign Minister'), person('Mara Lind', 'Home Secretary'), person('Tom Reyes', 'External Affairs Minister')];
    giveLeadersHomeCountry(people, 'NL', [{ text: 'Ministry of External Affairs', type: 'organization', country: 'NO', start: 10, end: 38 }]);
    assert.deepEqual(people.map((p) => p.country), ['NL', 'NL', 'NO']);
  });

  it('should leave a minister told beside a place of another country alone', () => {
    const minister = { ...person('Wang Yi', 'Foreign Minister'), mentions: [{ start: 100, end: 107 }] };
    const president = { ...person('Arno Veld', 'President'), mentions: [{ start: 130, end: 139 }] };
    giveLeadersHomeCountry([minister, president], 'PH', [{ text: 'Beijing', type: 'location', country: 'CN', start: 116, end: 123 }]);
    assert.equal(minister.country, null);
    assert.equal(president.country, 'PH');
  });
});

describe("a minister of a named country's department or of the state the report tells of", () => {
  it('should give the minister the country of the one department that holds the portfolio, wherever the report is from', () => {
    const people = [person('Ada Rusk', 'Water Minister'), person('Bo Lenn', 'Minister of Water')];
    giveLeadersHomeCountry(people, null, [{ text: 'Ministry of Water', type: 'organization', country: 'KE', start: 0, end: 17 }]);
    assert.deepEqual(people.map((p) => [p.country, p.countryInferred]), [['KE', true], ['KE', true]]);
  });

  it('should leave the minister alone where departments of two countries hold the portfolio', () => {
    const people = [person('Ada Rusk', 'Water Minister')];
    giveLeadersHomeCountry(people, 'KE', [
      { text: 'Ministry of Water', type: 'organization', country: 'KE', start: 0, end: 17 },
      { text: 'Ministry of Water', type: 'organization', country: 'UG', start: 40, end: 57 },
    ]);
    assert.equal(people[0]!.country, null);
  });

  it("should give a minister named after \"Minister of\" the home country as one named before \"Minister\"", () => {
    const people = [person('Bo Lenn', 'Minister of Mines'), person('Cy Ode', 'Minister for Foreign Affairs')];
    giveLeadersHomeCountry(people, 'GH');
    assert.deepEqual(people.map((p) => p.country), ['GH', 'GH']);
  });

  it('should give the home country to a minister of a sentence that opens with the home state acting, beside another country', () => {
    // "Kenya closed its border with Uganda after floods in Uganda, Water Minister Ada Rusk said."
    const sentences = [{ start: 0, end: 90 }];
    const minister = { ...person('Ada Rusk', 'Water Minister'), mentions: [{ start: 70, end: 78 }] };
    giveLeadersHomeCountry([minister], 'KE', [
      { text: 'Kenya', type: 'location', subtype: 'country', country: 'KE', start: 0, end: 5 },
      { text: 'Uganda', type: 'location', subtype: 'country', country: 'UG', start: 50, end: 56 },
    ], sentences);
    assert.equal(minister.country, 'KE');
  });

  it('should still leave a minister beside a foreign place alone where the sentence opens with that other country', () => {
    const sentences = [{ start: 0, end: 90 }];
    const minister = { ...person('Ada Rusk', 'Water Minister'), mentions: [{ start: 70, end: 78 }] };
    giveLeadersHomeCountry([minister], 'KE', [{ text: 'Uganda', type: 'location', subtype: 'country', country: 'UG', start: 0, end: 6 }], sentences);
    assert.equal(minister.country, null);
  });
});

// ux75a fault 10: "Federal Councillor Martin Brunner" in a Geneva report had no country.
describe('a federal councillor named by the bare title', () => {
  it('should serve the country the report is written from, and a councillor of a town should not', () => {
    const people = [person('Urs Keller', 'Federal Councillor'), person('Ada Moor', 'councillor')];
    giveLeadersHomeCountry(people, 'CH');
    assert.deepEqual(people.map((p) => p.country), ['CH', null]);
  });
});
