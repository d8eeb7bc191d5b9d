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
});
