import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { titlesReadAsBodies } from './title-as-body.js';

function read(body: string, found: readonly [string, Entity['type']][]): string[] {
  const entities: Entity[] = found.map(([text, type]) => {
    const start = body.indexOf(text);
    return { text, type, start, end: start + text.length };
  });
  titlesReadAsBodies(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe('titlesReadAsBodies', () => {
  it("should drop a judge's or an adviser's title read as a body before the person's name", () => {
    assert.deepEqual(read('Norland District Judge Ada Voss imposed the sentence.', [['Norland District Judge', 'organization'], ['Ada Voss', 'person']]), ['person:Ada Voss']);
    assert.deepEqual(read('Norlandic National Security Adviser Tom Hale said.', [['Norlandic National Security Adviser', 'organization'], ['Tom Hale', 'person']]), ['person:Tom Hale']);
  });

  it('should keep a body with its head word, and a title with no name after it', () => {
    assert.deepEqual(read("The County Attorney's Office Chief Justice left.", [['County Attorney', 'organization']]), ['organization:County Attorney']);
    assert.deepEqual(read('Norland Police Department Attorney Ada Voss said.', [['Norland Police Department Attorney', 'organization'], ['Ada Voss', 'person']]), ['organization:Norland Police Department Attorney', 'person:Ada Voss']);
  });

  it('should read a place written with "District" before "Attorney" as the place alone', () => {
    const body = 'Brooklyn District Attorney Eric Gonzalez said.';
    const entities: Entity[] = [{ text: 'Brooklyn District', type: 'location', subtype: 'facility', start: 0, end: 17 }];
    titlesReadAsBodies(body, entities);
    assert.deepEqual(entities.map((e) => [e.text, e.subtype, e.country]), [['Brooklyn', 'city', 'US']]);
  });
});
