import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { officesReadAsPeople } from './title-ended-person.js';
import { entityLabels as entities, givenEntities as given } from '../../../test/entities.js';

describe('offices read as people', () => {
  it("should make a person ending in an office's word, before its possessive and 'Office', the office", () => {
    const body = 'The men were shot, according to the Dunmore Sheriff’s Office.';
    assert.deepEqual(officesReadAsPeople(body, given(body, [['Dunmore Sheriff', 'person']])).map((e) => `${e.type}:${e.text}`), ['organization:Dunmore Sheriff’s Office']);
    const alone = 'Dunmore Coroner’s Office staff arrived.';
    assert.deepEqual(officesReadAsPeople(alone, given(alone, [['Dunmore', 'person']])).map((e) => `${e.type}:${e.text}`), ['organization:Dunmore Coroner’s Office']);
  });

  it("should leave out a person that is a title's words, and make one ending in 'Police' the force", () => {
    const body = 'Hollis Chief of Police Ray Dunn said, and Tarn Police Lt. Ana Cole agreed.';
    const found = officesReadAsPeople(body, given(body, [['Hollis Chief', 'person'], ['Ray Dunn', 'person'], ['Tarn Police', 'person'], ['Ana Cole', 'person']]));
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}`), ['person:Ray Dunn', 'organization:Tarn Police', 'person:Ana Cole']);
  });

  it("should make a person ending in 'Constabulary' the force, and keep a person beside it", () => {
    const body = 'Wessex Constabulary said its unit was investigating. Ann Hale, a nurse, was there.';
    const found = officesReadAsPeople(body, given(body, [['Wessex Constabulary', 'person'], ['Ann Hale', 'person']]));
    assert.deepEqual(found.map((e) => `${e.type}:${e.text}`), ['organization:Wessex Constabulary', 'person:Ann Hale']);
  });

  it('should keep people whose names end in no title', () => {
    const body = 'Sheriff Tom Hale and Deputy Ann Chiefton spoke.';
    assert.deepEqual(officesReadAsPeople(body, given(body, [['Tom Hale', 'person'], ['Ann Chiefton', 'person']])).map((e) => e.text), ['Tom Hale', 'Ann Chiefton']);
  });

  it('should give a spokesman of such an office the office, whole, and the bare role', () => {
    assert.deepEqual(entities('Dunmore Sheriff’s Office spokesman Mike Jallen said the men fled.'), ['organization:Dunmore Sheriff’s Office', 'person:Mike Jallen']);
  });
});
