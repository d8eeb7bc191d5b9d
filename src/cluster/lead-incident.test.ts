import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incidentsApart, leadIncident } from './lead-incident.js';

describe('leadIncident', () => {
  it('should read strikes, seizures and releases told in either voice', () => {
    assert.equal(leadIncident('Rockets struck a fuel depot outside the port city before dawn on Thursday, the army said.'), 'strike');
    assert.equal(leadIncident('Artillery shelled two villages on the northern bank overnight.'), 'strike');
    assert.equal(leadIncident('The coast guard seized a foreign trawler and its nine crew near the reef on Friday.'), 'seizure');
    assert.equal(leadIncident('A fishing boat and its crew were detained by the navy after crossing the maritime line.'), 'seizure');
    assert.equal(leadIncident('The government on Sunday freed the fourteen fishermen it had held since August.'), 'release');
    assert.equal(leadIncident('Released hostages land at the capital airport'), 'release');
  });

  it('should not read an earlier incident named as the time of the news, nor a crime report', () => {
    assert.equal(leadIncident('The market reopened on Friday, three days after a missile strike hit the square.'), null);
    assert.equal(leadIncident('Nine sailors held since the seizure of their ship returned home on Tuesday.'), null);
    assert.equal(leadIncident('Police seized a handgun and detained a 24-year-old man after the shooting.'), null);
    assert.equal(leadIncident('The victim was released from hospital on Sunday, police said.'), null);
  });
});

describe('incidentsApart', () => {
  it('should set apart an incident of another kind on another day', () => {
    assert.equal(incidentsApart('strike', ['seizure'], 14), true);
    assert.equal(incidentsApart('release', ['seizure'], 28), true);
  });

  it('should keep incidents of one kind, a day apart, or where a side leads with no incident', () => {
    assert.equal(incidentsApart('seizure', ['release', 'seizure'], 20), false);
    assert.equal(incidentsApart('strike', ['seizure'], 1), false);
    assert.equal(incidentsApart(null, ['seizure'], 9), false);
    assert.equal(incidentsApart('strike', [], 9), false);
    assert.equal(incidentsApart('strike', ['seizure'], null), false);
  });
});
