import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { joinLeadWordsToBodies } from './body-lead-words.js';

/** The bodies named in `body` as the tagger found them, after the lead words are joined. */
function joined(body: string, names: readonly string[]): string[] {
  const entities: Entity[] = names.map((text) => ({ text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  joinLeadWordsToBodies(body, entities);
  return entities.map((e) => e.text);
}

describe('the first words of a body the tagger left out', () => {
  it('should join capitalised words and "for", "of" or "against" before a body of several words', () => {
    const body = 'It was backed by the Campaign for Nuclear Disarmament, the governing Alliance for European Integration and the Sons of Confederate Veterans.';
    assert.deepEqual(joined(body, ['Nuclear Disarmament', 'European Integration', 'Confederate Veterans']), ['Campaign for Nuclear Disarmament', 'Alliance for European Integration', 'Sons of Confederate Veterans']);
  });

  it('should join a verb of the name and "the" before a body ending in its head word', () => {
    const body = 'The march was called by the Stop the War Coalition, with Save the Children Fund.';
    assert.deepEqual(joined(body, ['War Coalition', 'Children Fund']), ['Stop the War Coalition', 'Save the Children Fund']);
  });

  it('should join words and "and" that open a sentence before a body ending in a head word, where prose follows', () => {
    const body = 'The roads were shut. Fisheries and Coastal Protection Agency director Lia Moen said the boats were safe.';
    assert.deepEqual(joined(body, ['Coastal Protection Agency']), ['Fisheries and Coastal Protection Agency']);
    const headline = 'Fisheries and Coastal Protection Agency Names New Director';
    assert.deepEqual(joined(headline, ['Coastal Protection Agency']), ['Coastal Protection Agency']);
  });

  it('should leave a body that is whole after "for" or "of": one word, or one with a head word', () => {
    const body = 'She stood in Kelso for the Labour Party, under an old Act of Parliament, for the Coalition of the Country Party of Wessex.';
    assert.deepEqual(joined(body, ['Labour Party', 'Parliament', 'Country Party of Wessex']), ['Labour Party', 'Parliament', 'Country Party of Wessex']);
  });

  it('should not join titles, members, places, a headline\'s capitals or words after "a"', () => {
    const body = 'She is a Member of the Nature Conservancy, the Director of the Wildlife Trusts, and sent money from Britain for the Green Belt Movement. Protesters Storm the Capitol Police. It was a Day for the Red Cross Volunteers.';
    const names = ['Nature Conservancy', 'Wildlife Trusts', 'Green Belt Movement', 'Capitol Police', 'Red Cross Volunteers'];
    assert.deepEqual(joined(body, names), names);
  });

  it('should join capitalised words nobody took and "and" before a body ending in its head word', () => {
    const body = 'It was scored by the Ethics and Civic Policy Center, and 3 Social Democratic and Labour Party councillors lost.';
    assert.deepEqual(joined(body, ['Civic Policy Center', 'Labour Party']), ['Ethics and Civic Policy Center', 'Social Democratic and Labour Party']);
  });

  it('should leave a body after "and" that has no head word, or that follows a name already found', () => {
    const body = 'She thanked the Arts and Humanities Research Council, and joined Fatah and Islamic Jihad, and Sinn Fein and Democratic Unionist Party.';
    assert.deepEqual(joined(body, ['Humanities Research Council', 'Islamic Jihad', 'Sinn Fein', 'Democratic Unionist Party']), ['Arts and Humanities Research Council', 'Islamic Jihad', 'Sinn Fein', 'Democratic Unionist Party']);
  });

  it('should join only after a link word, however the window ends', () => {
    const body = 'Funds went to the Campaign against the Arms Trade. Members said Campaign Arms Trade, then Friends Arms Trade.';
    assert.deepEqual(joined(body, ['Arms Trade']), ['Campaign against the Arms Trade']);
    const other = 'Members said Campaign Arms Trade won.';
    assert.deepEqual(joined(other, ['Arms Trade']), ['Arms Trade']);
  });
});
