import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { teamsWithNicknames } from './place-then-team.js';

function place(body: string, name: string): Entity {
  const start = body.indexOf(name);
  return { text: name, type: 'location', subtype: 'city', canonical: name, country: 'US', start, end: start + name.length };
}

describe('teamsWithNicknames', () => {
  it("should read a town and a club's singular nickname after it as one body", () => {
    const body = 'The Denver Thunder lost to the Tulsa Heat on Sunday.';
    const found = [place(body, 'Denver'), place(body, 'Tulsa')];
    teamsWithNicknames(body, found);
    assert.deepEqual(found.map((e) => [e.type, e.text]), [['organization', 'Denver Thunder'], ['organization', 'Tulsa Heat']]);
  });

  it('should read a place the tagger ran the nickname into as the team', () => {
    const body = 'Phoenix Magic fans waited outside.';
    const found: Entity[] = [{ text: 'Phoenix Magic', type: 'location', start: 0, end: 13 }];
    teamsWithNicknames(body, found);
    assert.equal(found[0]!.type, 'organization');
  });

  it('should leave a town before a word no club uses, or before a nickname a capitalised word follows', () => {
    const body = 'Tulsa Heat Wave Warning issued. Denver Weather improved.';
    const found = [place(body, 'Tulsa'), place(body, 'Denver')];
    teamsWithNicknames(body, found);
    assert.deepEqual(found.map((e) => e.type), ['location', 'location']);
  });
});
