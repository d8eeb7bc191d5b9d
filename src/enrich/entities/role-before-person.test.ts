import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { peopleAfterRoles } from './role-before-person.js';

function typed(body: string, found: readonly [string, Entity['type']][]): string[] {
  let from = 0;
  const entities: Entity[] = found.map(([text, type]) => {
    const start = body.indexOf(text, from);
    from = start + text.length;
    return { text, type, start, end: start + text.length };
  });
  peopleAfterRoles(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe('people named right after their role', () => {
  it('should make a name after a post held for a country a person', () => {
    const body = 'U.S. Ambassador to Japan Dorrit Lange said Washington stood with Tokyo. The envoy to Mars Corp Alpha spoke.';
    assert.deepEqual(typed(body, [['Dorrit Lange', 'organization'], ['Corp Alpha', 'organization']]), ['person:Dorrit Lange', 'organization:Corp Alpha']);
  });

  it('should make a name after a role in lower case a person, and a second name joined to it by "and"', () => {
    const body = 'The independent candidates Tova Rensky and Lo Brandt, with the journalist Pim Oduya, spoke.';
    assert.deepEqual(typed(body, [['Tova Rensky', 'organization'], ['Lo Brandt', 'location'], ['Pim Oduya', 'organization']]), ['person:Tova Rensky', 'person:Lo Brandt', 'person:Pim Oduya']);
  });

  it('should make a name after an investigator\'s role a person, and leave a body after the plural', () => {
    const body = 'Lead investigator Sofia Meireles said the recorders were intact. GPIAAF investigator-in-charge Tomas Reis agreed. The investigators Harbour Board said nothing.';
    assert.deepEqual(typed(body, [['Sofia Meireles', 'organization'], ['Tomas Reis', 'organization'], ['Harbour Board', 'organization']]), ['person:Sofia Meireles', 'person:Tomas Reis', 'organization:Harbour Board']);
  });

  it('should make a name with a role alone in brackets after it a person', () => {
    const body = 'Supporters included Greta Valmont (columnist) and Harbin Vale (the 1990 winner).';
    assert.deepEqual(typed(body, [['Greta Valmont', 'location'], ['Harbin Vale', 'location']]), ['person:Greta Valmont', 'location:Harbin Vale']);
  });

  it('should leave a body\'s or a party\'s name, and places the gazetteer knows', () => {
    const body = 'The candidates Workers Front and Civic Union, and the leader Lisbon, ran.';
    const entities: Entity[] = [
      { text: 'Workers Front', type: 'organization', start: body.indexOf('Workers Front'), end: body.indexOf('Workers Front') + 13 },
      { text: 'Civic Union', type: 'organization', start: body.indexOf('Civic Union'), end: body.indexOf('Civic Union') + 11 },
      { text: 'Lisbon', type: 'location', start: body.indexOf('Lisbon'), end: body.indexOf('Lisbon') + 6, country: 'PT', subtype: 'city' },
    ];
    peopleAfterRoles(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['organization', 'organization', 'location']);
  });
});
