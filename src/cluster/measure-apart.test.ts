import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadIncident } from './lead-incident.js';
import { isMeasure, measureApart } from './measure-apart.js';

describe('measureApart', () => {
  it('should keep a report leading with a curfew apart from the shooting it answers, on the same night', () => {
    const curfew = leadIncident('The regional governor imposed a dusk-to-dawn curfew on Velmora late on Sunday after gendarmes shot dead three marchers.');
    assert.equal(curfew, 'imposition');
    assert.equal(measureApart({ incident: curfew, act: 'crime:XX' }, { incidents: ['protest'], acts: ['crime:XX'] }), true);
  });
  it('should keep a state of emergency apart from an event of a crime whose reports lead with no incident', () => {
    assert.equal(measureApart({ incident: 'declaration' }, { incidents: [], acts: ['crime:'] }), true);
  });
  it('should join a second report of the curfew to the curfew event', () => {
    assert.equal(measureApart({ incident: 'imposition' }, { incidents: ['imposition', 'protest'], acts: ['crime:'] }), false);
  });
  it('should leave a measure beside an event with no violence to the other rules', () => {
    assert.equal(measureApart({ incident: 'declaration' }, { incidents: ['closure'], acts: ['statement:XX'] }), false);
  });
  it('should keep a shooting report apart from an event made only of the curfew reports, when those arrived first', () => {
    assert.equal(measureApart({ incident: 'protest' }, { incidents: ['imposition'], acts: ['crime:XX'] }), true);
    assert.equal(measureApart({ incident: null, act: 'crime:' }, { incidents: ['imposition', 'declaration'] }), true);
  });
  it('should let a shooting report that tells the curfew only lower down join the shooting', () => {
    const lead = leadIncident('Riot police fired live rounds at protesters in Velmora on Sunday, killing three, witnesses said.');
    assert.equal(lead, 'protest');
    assert.equal(measureApart({ incident: lead, act: 'crime:' }, { incidents: ['protest'], acts: ['crime:'] }), false);
  });
  it('should not read a road closure after a shooting as a measure over a town', () => {
    assert.equal(isMeasure('closure'), false);
    assert.equal(isMeasure('imposition'), true);
    assert.equal(isMeasure(null), false);
  });
});
