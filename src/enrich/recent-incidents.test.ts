import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aboutRecentIncidents } from './recent-incidents.js';

describe('aboutRecentIncidents', () => {
  it('should count recent weeks that hold other incidents or their victims', () => {
    assert.equal(aboutRecentIncidents('The judge remarked that many kids were shot by stray rounds in recent weeks.'), true);
    assert.equal(aboutRecentIncidents('Residents said there have been several shootings on the block in recent months.'), true);
    assert.equal(aboutRecentIncidents('In recent days, a string of carjackings has unsettled the neighbourhood.'), true);
    assert.equal(aboutRecentIncidents('In recent weeks, two other teenagers were wounded near the park.'), true);
  });

  it("should not count recent weeks that tell the run-up to the report's own incident", () => {
    assert.equal(aboutRecentIncidents('Prosecutors said he had threatened the victim repeatedly in recent weeks before he shot him on Sunday night.'), false);
    assert.equal(aboutRecentIncidents('Prosecutors said she had threatened the victim repeatedly in recent days before she shot him on Sunday night.'), false);
    assert.equal(aboutRecentIncidents('Neighbours said the two men had argued loudly in recent days before one of them opened fire on Saturday.'), false);
    assert.equal(aboutRecentIncidents('His sister said he had seemed withdrawn in recent months.'), false);
  });

  it('should not look past the sentence stop for the incidents', () => {
    assert.equal(aboutRecentIncidents('He had been followed in recent weeks. Two shootings were reported.'), false);
  });
});
