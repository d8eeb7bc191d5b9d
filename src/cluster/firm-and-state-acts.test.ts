import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incidentsApart, leadIncident } from './lead-incident.js';

describe('firm-and-state-acts: the kinds a trade story leads with', () => {
  it("reads a firm's own money news as results", () => {
    assert.equal(leadIncident('Coppervale Mining cut its full-year profit forecast on Wednesday, blaming the new duties on ore.'), 'results');
    assert.equal(leadIncident('Shares in the shipbuilder plunged 14.5% in Oslo after it issued a profit warning.'), 'results');
    assert.equal(leadIncident('Rivermouth Paper Oyj closed down 6.3 per cent in Helsinki on Monday.'), 'results');
    assert.equal(leadIncident('The brewer warned on profits for the second time this year.'), 'results');
  });

  it("reads a state's trade measure, and the measure put off", () => {
    assert.equal(leadIncident('The Canadian government on Monday announced tariffs of 20% on steel from two of its neighbours.'), 'measure');
    assert.equal(leadIncident('India will impose export duties on onions from next month, the trade ministry said.'), 'measure');
    assert.equal(leadIncident('The commission on Friday postponed the planned anti-dumping duties on Chinese bicycles until March.'), 'postponement');
    assert.equal(leadIncident('Ministers delayed the import quotas on dairy by six weeks.'), 'postponement');
  });

  it('reads none in a shooting, a share of a vote or a plain market comment', () => {
    assert.equal(leadIncident('A man was shot twice outside a pharmacy on Elm Street late on Saturday, police said.'), null);
    // A share of a vote is the vote's count (votes.ts), not a firm's results.
    assert.equal(leadIncident('The mayor won 54% of the vote, the election board said.'), 'vote');
    assert.equal(leadIncident('Traders said shares could fall further if the talks failed.'), null);
  });

  it("keeps a firm's results apart from a state's tariffs two days before, not the same day", () => {
    assert.equal(incidentsApart('results', ['measure'], 2), true);
    assert.equal(incidentsApart('measure', ['results'], 2), true);
    assert.equal(incidentsApart('results', ['measure'], 0), false);
    // The postponement three weeks after the tariffs: another act, and so another event.
    assert.equal(incidentsApart('postponement', ['measure'], 21), true);
  });
});

describe('firm-and-state-acts: a pair with no day to compare', () => {
  it("keeps a firm's results apart from a state's measure, and a measure from its postponement, undated", () => {
    assert.equal(incidentsApart('results', ['measure'], null), true);
    assert.equal(incidentsApart('postponement', ['measure', 'measure'], null), true);
    // Not where the event also leads with the article's own kind, nor for the older kinds.
    assert.equal(incidentsApart('results', ['results', 'measure'], null), false);
    assert.equal(incidentsApart('strike', ['closure'], null), false);
  });
});
