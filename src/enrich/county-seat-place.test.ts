import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceMention } from '../model/types.js';
import { seatOfCountyNamedAlone, seatOfNamedCounty } from './county-seat-place.js';

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

describe('a county named only by its bodies', () => {
  it('should give the seat of the county named most often, marked as a guess', () => {
    const text = 'Boy hurt while cleaning rifle\nThe Tom Green County Sheriff\'s Office said a boy was hurt on a ranch. Tom Green County deputies arrived first; a Runnels County unit helped.';
    const place = seatOfCountyNamedAlone(text, text.indexOf('\n') + 1);
    assert.equal(place?.name, 'San Angelo');
    assert.equal(place?.inferred, true);
    assert.equal(place?.text, 'Tom Green County');
  });

  it('should take the county in the state the text names where several states have one of the name', () => {
    const text = 'The Greene County coroner identified the man, who was found shot at his home, North Carolina officials said.';
    assert.equal(seatOfCountyNamedAlone(text, 0)?.name, 'Snow Hill');
  });

  it('should read the state in the site name', () => {
    assert.equal(seatOfCountyNamedAlone('Richmond County deputies arrested a man on Sunday.', 0, 'Georgia News Now')?.name, 'Augusta');
  });

  it('should give nothing for a county of a name several states have where no state is named', () => {
    assert.equal(seatOfCountyNamedAlone('The Greene County coroner identified the man.', 0), null);
  });
});
