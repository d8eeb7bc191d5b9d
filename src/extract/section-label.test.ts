import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutSectionLabels } from './section-label.js';

describe('withoutSectionLabels', () => {
  it("should cut a section's name beside a bar, a known section beside a dash, and runs of sections", () => {
    assert.equal(withoutSectionLabels('Calcutta (Kolkata) | Sports | Tour to continue for now, says BCCI'), 'Tour to continue for now, says BCCI');
    assert.equal(withoutSectionLabels("Plane's engines 'failed to respond' | UK Latest"), "Plane's engines 'failed to respond'");
    assert.equal(withoutSectionLabels('Sport legends slam Aussie cricket team - National - Sport'), 'Sport legends slam Aussie cricket team');
    assert.equal(withoutSectionLabels('Chicago Bulls draft pick arrested for urinating in public | Breaking news'), 'Chicago Bulls draft pick arrested for urinating in public');
    assert.equal(withoutSectionLabels('DNA - After Hrs - Beyonce and Schwarzenegger to star in Bollywood film'), 'Beyonce and Schwarzenegger to star in Bollywood film');
    assert.equal(withoutSectionLabels('Analysis | The mayor faces a long winter'), 'The mayor faces a long winter');
    assert.equal(withoutSectionLabels('Video - Fire destroys barn near the river'), 'Fire destroys barn near the river');
  });

  it('should keep whole a title whose dash joins names, quotes a speaker, gives a score, or is no section at all', () => {
    for (const title of [
      'Ukraine - Russia talks resume in Geneva',
      'Biden - Putin summit ends in Geneva',
      'India – Pakistan talks to resume next month',
      "Peace talks possible only on Russia's terms - Kremlin",
      'McCarthy is not for sale - Hughes',
      'Man charged over fatal stabbing - Leeds',
      'Obama - I was wrong on health care rollout',
      'Hurricane Ian - millions without power in Florida',
      "Elon Musk — Tesla's CEO — sells $4bn in shares",
      'Liverpool 3 - 1 Everton - Salah scores twice in derby win',
      'Nigeria - Gunmen kidnap 20 students in Kaduna',
      'NFL Preview - Seattle (11-6) At Green Bay (13-3)',
      'Fire destroys barn - Police investigate cause',
      'Cole: Winning Carling Cup Would Give Chelsea Momentum',
      'Rescue at sea - a long night for the crew of the Maria',
      'Two hurt as storm topples crane in harbour',
      'Obituary - John Smith',
    ]) assert.equal(withoutSectionLabels(title), title);
  });
});
