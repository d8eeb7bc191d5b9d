import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incidentsApart, leadIncident } from './lead-incident.js';

describe('public acts: sport, business and courtroom sentences are no act of a public body (review68)', () => {
  it('should read no act in a team\'s campaign, a shop closing near an airport, a singer\'s deal or what a court heard', () => {
    assert.equal(leadIncident('The club launched its campaign for promotion with a draw at home on Saturday.'), null);
    assert.equal(leadIncident('The bakery shut its doors by the airport on Friday after forty years.'), null);
    assert.equal(leadIncident('The rapper signed a recording deal with a Lisbon label on Tuesday.'), null);
    assert.equal(leadIncident('The court heard that the accused rejected a plea offer in March.'), null);
  });

  it('should still read a border post closed, a vaccination campaign launched, a court ruling and an accord signed', () => {
    assert.equal(leadIncident('Norvia closed its Eastgate border post on Wednesday over the outbreak.'), 'closure');
    assert.equal(leadIncident('The health ministry launched a measles vaccination campaign in the capital on Monday.'), 'launch');
    assert.equal(leadIncident('The Constitutional Court ruled on Friday that the decree was void.'), 'ruling');
    assert.equal(leadIncident('The two ministers signed a fisheries agreement in Valletta on Thursday.'), 'signing');
  });
});

describe('incidentsApart: an accord and the steps it provides for (the held-out QA set)', () => {
  it('should keep a report of what an accord provides for, told days after its signing, with the accord', () => {
    assert.equal(incidentsApart('release', ['signing'], 2, { after: 'signing' }), false);
    assert.equal(incidentsApart('strike', ['seizure'], 14), true);
  });
});
