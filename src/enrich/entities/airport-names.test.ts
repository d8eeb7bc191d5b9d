import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { airportsByCityName } from './airport-names.js';
import { withoutAirportCodes } from './airport-codes.js';
import { givenEntities as given } from '../../../test/entities.js';

describe('airportsByCityName', () => {
  it('should make an airport named by its city a facility in that country, before its code or after a word of travel, and each mention of it', () => {
    const body = 'Flight 77 was bound for Milan Malpensa (MXP) with 40 passengers. A second jet diverted to Lyon Saint-Exupéry. Milan Malpensa stayed open.';
    const entities = given(body, [['Milan Malpensa', 'organization'], ['MXP', 'organization'], ['Lyon Saint-Exupéry', 'person'], ['Milan Malpensa', 'organization']]);
    const found = withoutAirportCodes(body, airportsByCityName(body, entities));
    assert.deepEqual(found.map((e) => `${e.type}/${e.subtype ?? ''}/${e.country ?? ''}:${e.text}`), ['location/facility/IT:Milan Malpensa', 'location/facility/FR:Lyon Saint-Exupéry', 'location/facility/IT:Milan Malpensa']);
  });

  it("should keep a town's body, an airline, a hospital reached by a patient and a name with no flight in its sentence", () => {
    const body = 'The flight was bound for Porto City Council (PCC) talks. A plane of Lyon Airways (LYA) landed. The patient arrived at Houston Methodist. The ship was bound for Rotterdam Europoort.';
    const entities = given(body, [['Porto City Council', 'organization'], ['PCC', 'organization'], ['Lyon Airways', 'organization'], ['LYA', 'organization'], ['Houston Methodist', 'organization'], ['Rotterdam Europoort', 'organization']]);
    assert.deepEqual(airportsByCityName(body, entities).map((e) => e.type), ['organization', 'organization', 'organization', 'organization', 'organization', 'organization']);
  });
});
