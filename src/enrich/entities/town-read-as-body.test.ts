import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './recognize.js';
import { splitSentences } from '../sentences.js';
import { townsReadAsBodies } from './town-read-as-body.js';
import { givenEntities as given } from '../../../test/entities.js';

describe('townsReadAsBodies', () => {
  it('should read a town goods are shipped to as a place, not a body', () => {
    const body = 'The plant in Russia, which refines oil, supplies fuel to Novorossiysk for export.';
    const town = recognizeEntities(body, splitSentences(body)).entities.find((e) => e.text === 'Novorossiysk');
    assert.equal(town?.type, 'location');
    assert.equal(town?.country, 'RU');
  });

  it("should read a town before 'MP' or between 'the' and an attack as a place", () => {
    const body = 'Shrewsbury MP Tom Vane said the Shrewsbury hospital attack had shaken staff.';
    const found = given(body, [['Shrewsbury', 'organization'], ['Tom Vane', 'person']]);
    found.push({ ...found[0]!, start: body.lastIndexOf('Shrewsbury'), end: body.lastIndexOf('Shrewsbury') + 10 });
    townsReadAsBodies(body, found);
    assert.deepEqual(found.filter((e) => e.text === 'Shrewsbury').map((e) => [e.type, e.country]), [['location', 'GB'], ['location', 'GB']]);
  });

  it("should leave a body between 'the' and another word alone", () => {
    const body = 'Workers at the Toyota plant near Nagoya, Japan, walked out after the Toyota board met.';
    const found = given(body, [['Toyota', 'organization'], ['Nagoya', 'location'], ['Japan', 'location']]);
    found[1]!.country = 'JP';
    townsReadAsBodies(body, found);
    assert.equal(found[0]!.type, 'organization');
  });

  it("should leave 'the <name> hospital' a body where the text puts nothing in that town", () => {
    const body = 'A power cut hit Jackson Medical Center in the Bronx. Ambulances were sent away from the Jackson hospital, New York officials said.';
    const found = given(body, [['Jackson Medical Center', 'organization'], ['Bronx', 'location'], ['Jackson', 'organization'], ['New York', 'location']]);
    found[1]!.country = 'US';
    found[3]!.country = 'US';
    townsReadAsBodies(body, found);
    assert.equal(found[2]!.type, 'organization');
  });

  it("should still read 'the <town> hospital' as the town where the text also reports from it", () => {
    const body = 'Hackers hit a hospital in Ghent on Monday, officials in Belgium said. The Ghent hospital said surgery was postponed.';
    const found = given(body, [['Ghent', 'location'], ['Belgium', 'location'], ['Ghent', 'organization']]);
    found[0]!.country = 'BE';
    found[1]!.country = 'BE';
    townsReadAsBodies(body, found);
    assert.deepEqual([found[2]!.type, found[2]!.country], ['location', 'BE']);
  });
});
