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

  it('should read a town and a nickname of two words ending in a plural as one body, also where the tagger ran them into one place', () => {
    const body = 'The Tulsa Iron Wolves beat the visitors. Tulsa Night Owls fans stayed home.';
    const found: Entity[] = [place(body, 'Tulsa', 'city'), { text: 'Tulsa Night Owls', type: 'location', start: body.lastIndexOf('Tulsa'), end: body.lastIndexOf('Tulsa') + 16 }];
    teamsNamedForPlaces(body, found);
    assert.deepEqual(found.map((e) => [e.type, e.text]), [['organization', 'Tulsa Iron Wolves'], ['organization', 'Tulsa Night Owls']]);
  });

  it("should leave a place run into a people's, a title's or a common plural, or one a capitalised word follows", () => {
    for (const text of ['Denver City Senators', 'Denver Trail Republicans', 'Denver Night Owls Academy', 'Santa Clara Counties', 'Midtown Memphis']) {
      const body = `The ${text} met; owls aside.`;
      const name = text.split(' ').slice(0, 3).join(' ');
      const found: Entity[] = [{ text: name, type: 'location', start: 4, end: 4 + name.length }];
      teamsNamedForPlaces(body, found);
      assert.equal(found[0]!.type, 'location', text);
    }
  });
});
