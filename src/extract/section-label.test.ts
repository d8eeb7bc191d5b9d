import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutSectionLabels } from './section-label.js';

describe('withoutSectionLabels', () => {
  it("should cut a section's name beside a bar, a known section beside a dash, and runs of sections", () => {
    assert.equal(withoutSectionLabels('Pune (Poona) | Sports | Series will go ahead as planned, board says'), 'Series will go ahead as planned, board says');
    assert.equal(withoutSectionLabels("Ferry's rudder 'jammed twice' | UK Latest"), "Ferry's rudder 'jammed twice'");
    assert.equal(withoutSectionLabels('Former captains criticise rugby selectors - National - Sport'), 'Former captains criticise rugby selectors');
    assert.equal(withoutSectionLabels('Hockey rookie fined for speeding through a school zone | Breaking news'), 'Hockey rookie fined for speeding through a school zone');
    assert.equal(withoutSectionLabels('Metro Plus - Late Shows - Two pop stars sign up for a Tamil musical'), 'Two pop stars sign up for a Tamil musical');
    assert.equal(withoutSectionLabels('Analysis | The mayor faces a long winter'), 'The mayor faces a long winter');
    assert.equal(withoutSectionLabels('Video - Fire destroys barn near the river'), 'Fire destroys barn near the river');
  });

  it('should keep whole a title whose dash joins names, quotes a speaker, gives a score, or is no section at all', () => {
    for (const title of [
      'Ukraine - Russia talks resume in Geneva',
      'Biden - Putin summit ends in Geneva',
      'India – Pakistan talks to resume next month',
      "Peace talks possible only on Russia's terms - Kremlin",
      'The club is not for sale - Okafor',
      'Man charged over fatal stabbing - Leeds',
      'Obama - I was wrong on health care rollout',
      'Hurricane Ian - millions without power in Florida',
      "Elon Musk — Tesla's CEO — sells $4bn in shares",
      'Liverpool 3 - 1 Everton - Salah scores twice in derby win',
      'Nigeria - Gunmen kidnap 20 students in Kaduna',
      'NFL Preview - Denver (9-8) At Buffalo (12-5)',
      'Fire destroys barn - Police investigate cause',
      'Mensah: Reaching The Final Would Lift The Whole Squad',
      'Rescue at sea - a long night for the crew of the Maria',
      'Two hurt as storm topples crane in harbour',
      'Obituary - John Smith',
    ]) assert.equal(withoutSectionLabels(title), title);
  });
});
