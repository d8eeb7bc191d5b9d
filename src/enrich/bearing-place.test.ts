import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bearingFrom } from './bearing-place.js';

describe('bearingFrom', () => {
  it('should read the town and its country from a nautical bearing', () => {
    const text = 'A skiff fired on the ship 15 nautical miles northeast of Qandala, Somalia, at dawn.';
    const found = bearingFrom(text);
    assert.equal(found?.town, 'Qandala');
    assert.equal(found?.country, 'SO');
    assert.equal(text.slice(found!.start, found!.start + 7), 'Qandala');
    assert.equal(bearingFrom('Boarded 40 nm west of the Eritrean port of Assab.')?.country, 'ER');
  });

  it('should leave a distance by road and a bearing with no town', () => {
    assert.equal(bearingFrom('The crash happened 12 miles north of Dayton on Route 4.'), null);
    assert.equal(bearingFrom('The tanker was 90 nautical miles out at sea.'), null);
  });
});
