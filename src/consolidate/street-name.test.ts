import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isStreetName } from './street-name.js';

describe('isStreetName', () => {
  it('should read a name that ends in a street kind, abbreviated or written out, as a street', () => {
    for (const name of ['Hill St.', 'Maple St', 'Corbin Ave.', 'Ridge Rd.', 'Lakeview Blvd', 'Nora Street', 'Elm Drive', 'Grant Parkway']) assert.equal(isStreetName(name), true, name);
  });

  it("should not read people's names, a saint's, or street kinds that are surnames too, as streets", () => {
    for (const name of ['St. John Rivers', 'Dana Reyes', 'Nathan Lane', 'Rosa Pike', 'Helen Court', 'Mark Streeter', 'Tom Drivers']) assert.equal(isStreetName(name), false, name);
  });
});
