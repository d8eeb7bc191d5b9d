import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { buildingsInAddresses } from './address-building.js';

function tag(body: string, names: [string, Entity['type']][]): Entity[] {
  return names.map(([text, type]) => ({ text, type, start: body.indexOf(text), end: body.indexOf(text) + text.length }));
}

describe('a building in an address read as a body', () => {
  it('should make the building between a body and a town a facility', () => {
    const body = 'Released by the Press Desk, Ministry of Works, Kestrel House, Dunmore.';
    const entities = tag(body, [['Press Desk', 'organization'], ['Ministry of Works', 'organization'], ['Kestrel House', 'organization'], ['Dunmore', 'location']]);
    buildingsInAddresses(body, entities);
    assert.equal(entities[2]!.type, 'location');
    assert.equal(entities[2]!.subtype, 'facility');
    assert.equal(entities[1]!.type, 'organization');
  });

  it('should leave a House that acts in a sentence a body', () => {
    const body = 'The Ministry of Works said Kestrel House would advise Dunmore on the plan.';
    const entities = tag(body, [['Ministry of Works', 'organization'], ['Kestrel House', 'organization'], ['Dunmore', 'location']]);
    buildingsInAddresses(body, entities);
    assert.equal(entities[1]!.type, 'organization');
  });
});
