import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceMention } from '../model/types.js';
import { seatOfNamedCounty } from './county-seat-place.js';

const county = (name: string): PlaceMention => ({ name, country: 'US', lat: null, lon: null, text: name, start: 0 });

describe('a county named as the scene', () => {
  it('should be its seat where the text names the seat too', () => {
    const text = 'Deputies in Garrett County, Maryland, say a man was wounded. He was treated and later booked in Oakland.';
    const place = seatOfNamedCounty(county('Garrett County'), text);
    assert.equal(place.name, 'Oakland');
    assert.equal(text.slice(place.start, place.start + 7), 'Oakland');
  });

  it('should stay the county where the text does not name the seat', () => {
    assert.equal(seatOfNamedCounty(county('Garrett County'), 'Deputies in Garrett County, Maryland, say a man was wounded.').name, 'Garrett County');
  });

  it('should leave a place that is no county alone', () => {
    assert.equal(seatOfNamedCounty(county('Oakland'), 'Oakland, Maryland').name, 'Oakland');
  });
});
