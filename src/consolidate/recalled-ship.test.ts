import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recalledShip, unnamedImo } from './recalled-ship.js';

describe('recalledShip', () => {
  it('should find a ship named to recall an earlier attack, before or after its name', () => {
    assert.equal(recalledShip('It came three days after a drone struck the tanker ', ' in the same waters.'), true);
    assert.equal(recalledShip("Thursday's attack on the freighter ", ' killed a cook.'), true);
    assert.equal(recalledShip('The position was close to where the tanker ', ' was hit last Thursday.'), true);
  });

  it('should leave a ship named in the story\'s own words', () => {
    assert.equal(recalledShip('Salvage crews towed the tanker ', ' to port on Friday.'), false);
  });
});

describe('unnamedImo', () => {
  it('should read the number of a ship told without its name', () => {
    assert.equal(unnamedImo('The 2011-built tanker, IMO 9123456, flies the flag of Malta.'), '9123456');
  });

  it('should read none from a number that is no IMO number', () => {
    assert.equal(unnamedImo('The ship, built in 2011, carries 1234567 barrels.'), null);
  });
});
