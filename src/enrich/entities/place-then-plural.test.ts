import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { teamsNamedForPlaces } from './place-then-plural.js';

function place(body: string, name: string, subtype: 'city' | 'region'): Entity {
  const start = body.indexOf(name);
  return { text: name, type: 'location', subtype, canonical: name, country: 'US', start, end: start + name.length };
}

describe('teamsNamedForPlaces', () => {
  it('should read a town and a capitalised plural that names nothing known as one body', () => {
    const body = 'The Portland Comets beat the visitors 3-1 on Saturday.';
    const found = [place(body, 'Portland', 'city')];
    teamsNamedForPlaces(body, found);
    assert.deepEqual(found.map((e) => [e.type, e.text]), [['organization', 'Portland Comets']]);
  });

  it('should leave a place before a party\'s members, a place\'s word, a title or a common noun', () => {
    for (const [body, name] of [
      ['Ohio Republicans met on Monday.', 'Ohio'],
      ['Hikers crossed the Denver Hills on foot.', 'Denver'],
      ['Two Ohio Senators spoke.', 'Ohio'],
      ['Angry Denver Renters rallied; renters say costs doubled.', 'Denver'],
      ['The Denver Comets Academy opened.', 'Denver'],
    ] as const) {
      const found = [place(body, name, 'city')];
      teamsNamedForPlaces(body, found);
      assert.equal(found[0]!.type, 'location', body);
    }
  });
});
