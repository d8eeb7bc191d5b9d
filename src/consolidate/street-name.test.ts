import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAddressAt, isStreetName, venueBeforeStreet } from './street-name.js';

describe('isStreetName', () => {
  it('should read a name that ends in a street kind, abbreviated or written out, as a street', () => {
    for (const name of ['Hill St.', 'Maple St', 'Corbin Ave.', 'Ridge Rd.', 'Lakeview Blvd', 'Nora Street', 'Elm Drive', 'Grant Parkway']) assert.equal(isStreetName(name), true, name);
  });

  it("should not read people's names, a saint's, or street kinds that are surnames too, as streets", () => {
    for (const name of ['St. John Rivers', 'Dana Reyes', 'Nathan Lane', 'Rosa Pike', 'Helen Court', 'Mark Streeter', 'Tom Drivers']) assert.equal(isStreetName(name), false, name);
  });

  it('should read a street of a surname\'s kind as one only where an address is written', () => {
    const at = (body: string, name: string): boolean => isAddressAt(body, body.indexOf(name), body.indexOf(name) + name.length);
    assert.equal(at('Shots were fired on Dorsey Pike before dawn.', 'Dorsey Pike'), true);
    assert.equal(at('The car stopped in the 300 block of Marlow Lane.', 'Marlow Lane'), true);
    assert.equal(at('A fire broke out at 1450 Kemper Court on Monday.', 'Kemper Court'), true);
    assert.equal(at('Nathan Lane said he heard nothing.', 'Nathan Lane'), false);
    assert.equal(at('The rally was organised by Rosa Pike on Monday.', 'Rosa Pike'), false);
    assert.equal(at("Police gathered at Tom Lane's house.", 'Tom Lane'), false);
    assert.equal(at('He appeared at Marlow County Superior Court on Monday.', 'Marlow County Superior Court'), false);
  });
});

describe('venueBeforeStreet', () => {
  it('should keep the venue of a name run on into its street', () => {
    assert.equal(venueBeforeStreet('Pine Motel on Lakeview Blvd'), 'Pine Motel');
    assert.equal(venueBeforeStreet("Rosa's Grill at Nora Street"), "Rosa's Grill");
    assert.equal(venueBeforeStreet('Elm Court Apartments off Grant Parkway'), 'Elm Court Apartments');
  });

  it('should leave names not so written', () => {
    for (const name of ['Pine Motel', 'Hill St.', 'Friends of the Park', 'Council on Foreign Relations', 'Maple St. at Elm Drive']) assert.equal(venueBeforeStreet(name), null, name);
  });
});
