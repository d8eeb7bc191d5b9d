import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { splitPlaceOfOffice } from './place-of-office.js';

function spans(body: string, found: readonly (readonly [string, Entity['type']])[]): string[] {
  const entities: Entity[] = found.map(([text, type]) => ({ text, type, start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  splitPlaceOfOffice(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe('the place an office is of, read into the name after it', () => {
  it("should be cut from the holder's name", () => {
    assert.deepEqual(spans('The Mayor of Greater Leeds Alan Birch said the roads were shut.', [['Leeds Alan Birch', 'person']]), ['person:Alan Birch']);
  });

  it('should be added as the place where the gazetteer knows it', () => {
    assert.deepEqual(spans('The Governor of Lagos Ade Bankole visited the market.', [['Lagos Ade Bankole', 'person']]), ['location:Lagos', 'person:Ade Bankole']);
  });

  it('should leave a name that is no place, and a name of two words', () => {
    assert.deepEqual(spans('The Mayor of Lagos Ade Bankole said.', [['Ade Bankole', 'person']]), ['person:Ade Bankole']);
    assert.deepEqual(spans('The Minister of Finance Ruth Gale Hale said.', [['Ruth Gale Hale', 'person']]), ['person:Ruth Gale Hale']);
  });
});
