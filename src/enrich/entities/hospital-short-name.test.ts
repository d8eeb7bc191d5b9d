import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutHospitalShortNames } from './hospital-short-name.js';
import { givenEntities as given } from '../../../test/entities.js';

describe('withoutHospitalShortNames', () => {
  it('should drop a place that is the short name of a hospital the text names in full', () => {
    const body = 'A power cut hit Jackson Medical Center in the Bronx. Ambulances were sent away from the Jackson hospital, officials said.';
    const found = given(body, [['Jackson Medical Center', 'organization'], ['Bronx', 'location'], ['Jackson', 'location']]);
    assert.deepEqual(withoutHospitalShortNames(body, found).map((e) => e.text), ['Jackson Medical Center', 'Bronx']);
  });

  it("should keep 'the <town> hospital' where no hospital of that name is named", () => {
    const body = 'Hackers hit a hospital in Ghent on Monday. The Ghent hospital said surgery was postponed.';
    const found = given(body, [['Ghent', 'location'], ['Ghent', 'location']]);
    assert.equal(withoutHospitalShortNames(body, found).length, 2);
  });
});
