import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listedDead } from './casualty-listed-dead.js';
import { findCasualties } from './casualties.js';

describe('one person and a number of others told dead together', () => {
  it('should count the one named first with the count', () => {
    assert.equal(listedDead('Deputies said a woman and her three daughters were found shot to death.'), 4);
    assert.equal(listedDead('Grandfather, 2 boys found dead in farmhouse'), 3);
    assert.equal(listedDead('Officers say he and his two sons were killed in the crash of gunfire.'), 3);
  });

  it('should not count a listing of the living or of no one dead', () => {
    assert.equal(listedDead('A woman and her two children were unhurt.'), 0);
    assert.equal(listedDead('A man and two children were taken to the hospital.'), 0);
  });

  it('should give the event its dead', () => {
    assert.deepEqual(findCasualties('Father, 2 children found dead in apparent shooting.\n\nThe sheriff said all three had gunshot wounds.'), { killed: 3, injured: null });
  });
});
