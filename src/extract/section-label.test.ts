import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutSectionLabels } from './section-label.js';

describe('withoutSectionLabels', () => {
  it("should cut a section's name before or after a headline in sentence case", () => {
    assert.equal(withoutSectionLabels('Giants - Eli Manning continues to thrive'), 'Eli Manning continues to thrive');
    assert.equal(withoutSectionLabels('Calcutta (Kolkata) | Sports | Tour to continue for now, says BCCI'), 'Tour to continue for now, says BCCI');
    assert.equal(withoutSectionLabels("Plane's engines 'failed to respond' | UK Latest"), "Plane's engines 'failed to respond'");
    assert.equal(withoutSectionLabels('Sport legends slam Aussie cricket team - National - Sport'), 'Sport legends slam Aussie cricket team');
    assert.equal(withoutSectionLabels('Chicago Bulls draft pick arrested for urinating in public | Breaking news'), 'Chicago Bulls draft pick arrested for urinating in public');
  });

  it('should keep whole a title whose parts are not one headline and section names', () => {
    for (const title of [
      'Biden - Putin summit ends',
      'NFL Preview - Seattle (11-6) At Green Bay (13-3)',
      'Fire destroys barn - Police investigate cause',
      'Cole: Winning Carling Cup Would Give Chelsea Momentum',
      'Man shot on Main Street - police say he was armed',
      'Two hurt as storm topples crane in harbour',
      'Obituary - John Smith',
      'Rescue at sea - a long night for the crew of the Maria',
    ]) assert.equal(withoutSectionLabels(title), title);
  });
});
