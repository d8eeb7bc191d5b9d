import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { townsListedAsPeople } from './town-lists.js';

function typed(body: string, found: readonly (readonly [string, Entity['type']])[]): string[] {
  const entities: Entity[] = found.map(([text, type]) => ({ text, type, start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  townsListedAsPeople(body, entities);
  return entities.map((e) => `${e.type}:${e.text}${e.country ? `:${e.country}` : ''}`);
}

describe('towns listed as people', () => {
  it('should make the towns of a list of places that the tagger read as people places', () => {
    const body = 'The district took in Barnsley, Batley, Leeds, Huddersfield and Wakefield.';
    assert.deepEqual(typed(body, [['Barnsley', 'person'], ['Batley', 'person'], ['Leeds', 'location'], ['Huddersfield', 'location'], ['Wakefield', 'person']]), [
      'location:Barnsley:GB',
      'location:Batley:GB',
      'location:Leeds',
      'location:Huddersfield',
      'location:Wakefield:GB',
    ]);
  });

  it('should leave a list of surnames that are also towns, where the tagger read no place', () => {
    const body = 'Presidents Lincoln, Jackson and Cleveland were named.';
    assert.deepEqual(typed(body, [['Lincoln', 'person'], ['Jackson', 'person'], ['Cleveland', 'person']]), ['person:Lincoln', 'person:Jackson', 'person:Cleveland']);
  });

  it('should leave the people of a list that names someone in full', () => {
    const body = 'He met Garfield, Abraham Lincoln, Jackson and Paris.';
    assert.deepEqual(typed(body, [['Garfield', 'person'], ['Abraham Lincoln', 'person'], ['Jackson', 'person'], ['Paris', 'location']]), ['person:Garfield', 'person:Abraham Lincoln', 'person:Jackson', 'location:Paris']);
  });
});
