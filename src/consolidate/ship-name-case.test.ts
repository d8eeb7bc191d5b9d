import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writesShipName } from './ship-name-case.js';
import { vesselsOf } from './vessels.js';

describe('writesShipName', () => {
  it('should find a name first written in capitals where another report writes it in title case (review72 fault 3)', () => {
    assert.equal(writesShipName('The crew of the Kestrelmoor left the ship on Monday.', 'KESTRELMOOR'), true);
  });

  it('should find a name with a common word in title case or capitals, but not in lower case', () => {
    assert.equal(writesShipName('The Sea Lark was towed to Djibouti.', 'SEA LARK'), true);
    assert.equal(writesShipName('Relatives said they hope the crew is safe.', 'Hope'), false);
  });
});

describe('vesselsOf with a ship first written in capitals', () => {
  it('should count every report that names it, whatever the case', () => {
    const reports = [
      { id: 'k1', headline: 'Drone hits cargo ship', body: 'A drone struck the bulk carrier MV KESTRELMOOR in the Gulf of Aden on Monday, the navy said.' },
      { id: 'k2', headline: 'Crew leave ship', body: 'The crew of the Kestrelmoor left the vessel after it was hit on Monday.' },
      { id: 'k3', headline: 'Ship takes on water', body: 'The Panama-flagged Kestrelmoor was taking on water on Tuesday, its manager said.' },
    ];
    const [ship] = vesselsOf(reports, (id) => id);
    assert.deepEqual(ship?.sources, ['k1', 'k2', 'k3']);
  });
});
