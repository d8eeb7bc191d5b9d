import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlaceMention } from '../model/types.js';
import { countyOfTownship } from './township-county.js';

const township: PlaceMention = { name: 'Milton Township', country: 'US', lat: null, lon: null, text: 'Milton Township', start: 40 };

describe('countyOfTownship', () => {
  it("should file a township's event under the one county the text names", () => {
    const place = countyOfTownship(township, 'A hunter was wounded Sunday morning in Milton Township, the Cass County Sheriff’s Office said. The Cass County man should recover, deputies said.');
    assert.equal(place?.name, 'Cass County');
    assert.equal(place?.start, 40);
    assert.equal(place?.lat, null);
    assert.equal(countyOfTownship({ ...township, name: 'Mad River Twp.' }, 'CLARK COUNTY — A teen was wounded at a house in Mad River Twp. on Monday.')?.name, 'Clark County');
  });

  it('should keep the township where the text names no county or two, and leave towns alone', () => {
    assert.equal(countyOfTownship(township, 'A hunter was wounded Sunday morning in Milton Township, police said.')?.name, 'Milton Township');
    assert.equal(countyOfTownship(township, 'A man from Berrien County was wounded in Milton Township, the Cass County sheriff said.')?.name, 'Milton Township');
    const town: PlaceMention = { name: 'Niles', country: 'US', lat: 41.83, lon: -86.25, text: 'Niles', start: 3 };
    assert.equal(countyOfTownship(town, 'In Niles, the Berrien County sheriff said a man was shot.'), town);
  });
});
