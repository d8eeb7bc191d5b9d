import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countryToldOfTown } from './town-country-told.js';

describe('countryToldOfTown', () => {
  it('should give the country a bearing or a dateline writes beside the town', () => {
    const lead = 'The freighter was 30 nautical miles south of the Eritrean port of Assab when it was hit.';
    assert.equal(countryToldOfTown('Assab', lead, lead), 'ER');
    const body = 'ASSAB, Eritrea, May 2 - A freighter was hit 30 nautical miles off Assab on Friday.';
    assert.equal(countryToldOfTown('Assab', body, body), 'ER');
  });

  it('should give none where the text writes no country beside the town', () => {
    const body = 'A freighter was hit 30 nautical miles off Assab on Friday, the navy said.';
    assert.equal(countryToldOfTown('Assab', body, body), null);
  });

  it('should give no country where the name after the comma opens the next clause', () => {
    const command = 'A bulk carrier was struck by a drone 50 miles west of Hodeidah, US Central Command said on Friday.';
    assert.equal(countryToldOfTown('Hodeidah', command, command), null);
    const led = 'A tanker was hit 20 miles off Aden, Saudi-led coalition officials said.';
    assert.equal(countryToldOfTown('Aden', led, led), null);
    const owned = "A tanker was hit 20 miles off Aden, Britain's maritime agency said.";
    assert.equal(countryToldOfTown('Aden', owned, owned), null);
    const told = 'A tanker was hit 20 miles off Aden, Yemen, on Tuesday, the agency said.';
    assert.equal(countryToldOfTown('Aden', told, told), 'YE');
    const dateline = 'ADEN, Yemen Nov 3 (GMW) - A tanker was hit 20 miles off Aden on Tuesday.';
    assert.equal(countryToldOfTown('Aden', dateline, dateline), 'YE');
  });
});
