import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { incidentsApart, leadIncident } from './lead-incident.js';

describe('leadIncident: a vote', () => {
  it('should read polling day and the count as a vote', () => {
    assert.equal(leadIncident('Moldavia voted for a new parliament on Sunday in a contest dominated by the price of gas.'), 'vote');
    assert.equal(leadIncident('Voters in the island republic went to the polls on Saturday to choose a successor to President Ilse Varga.'), 'vote');
    assert.equal(leadIncident('The electoral board said on Wednesday that Tomas Ferreira had won 54.2 percent of the vote in Sunday\'s run-off.'), 'vote');
    assert.equal(leadIncident('Ferreira\'s share of the vote rose to 56 percent as ballots from the north were counted, the board said.'), 'vote');
  });
  it('should not read a vote named without being held, nor a lawmakers\' vote on a bill', () => {
    assert.equal(leadIncident('The governor spoke at an election rally in the port city on Thursday, a week before the vote.'), null);
    assert.equal(leadIncident('Lawmakers voted 61-40 on Tuesday to raise the fuel tax from next year.'), null);
    assert.equal(leadIncident('The medical examiner released preliminary results of the autopsy on Monday.'), null);
  });
  it('should read a protest against the result as a protest, not the vote', () => {
    assert.equal(leadIncident('Thousands gathered in the capital on Saturday to protest against the official result of last week\'s election.'), 'protest');
  });
});

describe('incidentsApart: a vote and a protest', () => {
  it('should keep a protest days after polling day from the vote\'s event', () => {
    assert.equal(incidentsApart('protest', ['vote'], 4), true);
  });
  it('should leave a protest of polling day or the next to the join model', () => {
    assert.equal(incidentsApart('protest', ['vote'], 1), false);
  });
  it('should leave a report leading with no kind, the observers\' statement, to the join model', () => {
    assert.equal(incidentsApart(null, ['vote'], 1), false);
  });

  it('should read no vote in an opinion poll', () => {
    assert.equal(leadIncident('Fans voted in an online poll to name the new stadium after the club founder on Monday.'), null);
    assert.equal(leadIncident('Readers voted in a newspaper poll for the best bakery in Marlow.'), null);
    assert.equal(leadIncident('Residents of Karvel voted on Sunday in a referendum on merging the two towns.'), 'vote');
  });
});
