import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { headFirstFacilities } from './head-first-facility.js';
import { givenEntities as given } from '../../../test/entities.js';

function found(body: string, spans: readonly [string, Entity['type']][]): string[] {
  return headFirstFacilities(body, given(body, spans)).map((e) => `${e.type}:${e.text}`);
}

describe('hospitals named head first after a person', () => {
  it('should make the head word and the person one facility, and end the body listed before it', () => {
    const body = 'The injured were taken to Hospital de São João and Hospital Pedro Hispano in Matosinhos.';
    assert.deepEqual(found(body, [['Hospital de São João and Hospital', 'organization'], ['Pedro Hispano', 'person'], ['Matosinhos', 'location']]), [
      'organization:Hospital de São João',
      'organization:Hospital Pedro Hispano',
      'location:Matosinhos',
    ]);
  });

  it('should leave a person after a body ending in the head word, or after the word in lower case', () => {
    const body = 'At the Royal Hospital John Smith spoke. The hospital Maria Silva runs was full.';
    assert.deepEqual(found(body, [['Royal Hospital', 'organization'], ['John Smith', 'person'], ['Maria Silva', 'person']]), ['organization:Royal Hospital', 'person:John Smith', 'person:Maria Silva']);
  });
});
