import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datedLoosely } from './cyber-attribution.js';
import { incidentsApart, leadIncident } from './lead-incident.js';

describe('cyber-attribution: an intrusion and a state agency naming who was behind it', () => {
  it('reads an intrusion told by its hackers or by the firm that answered it', () => {
    assert.equal(leadIncident('Hackers broke into the billing servers of a Lisbon water utility over the weekend and copied customer records.'), 'intrusion');
    assert.equal(leadIncident('On March 3, our incident team responded to an intrusion at a logistics client in Rotterdam.'), 'intrusion');
    assert.equal(leadIncident('Attackers drained the hot wallet of a small Seoul exchange on Sunday.'), 'intrusion');
  });

  it('reads a victim\'s loss "after" the emptying, a wallet among several and a perfect tense as the intrusion (review ux77b)', () => {
    assert.equal(leadIncident('The Tallinn exchange Brivo lost about $31 million on Sunday after attackers drained one of its cold wallets.'), 'intrusion');
    assert.equal(leadIncident('A Lagos payments start-up lost more than €4 million overnight after hackers broke into its treasury servers.'), 'intrusion');
    assert.equal(leadIncident('Attackers emptied two of the hot wallets of a Manila trading desk on Friday.'), 'intrusion');
    assert.equal(leadIncident('Investigators said hackers had stolen the keys to the bridge between two blockchains.'), 'intrusion');
    assert.equal(leadIncident('The company confirmed that hackers have broken into its payroll system.'), 'intrusion');
  });

  it('reads no intrusion in what followed one, nor in a loss that is no sum of money', () => {
    assert.equal(leadIncident('Brivo resumed withdrawals on Monday after attackers drained one of its cold wallets.'), null);
    assert.equal(leadIncident('Shares of the exchange lost 12% on Monday after attackers drained one of its wallets.'), null);
    assert.equal(leadIncident('Prosecutors returned the funds, weeks after hackers had stolen them.'), null);
  });

  it("reads an agency's blame as an attribution, even where it retells what the hackers did", () => {
    assert.equal(leadIncident("Britain's NCSC said on Friday that a hacking group run by a foreign military unit stole the utility's customer records."), 'attribution');
    assert.equal(leadIncident("OSLO (Wire) - Norway's intelligence service on Monday named a foreign officer as the head of the hackers behind last month's intrusion."), 'attribution');
  });

  it('reads no attribution in a statement recalled late in a lead, nor in a shooting told by the police', () => {
    assert.equal(leadIncident('The ferry operator said on Tuesday that it had restored its booking site, weeks after the outage that the government blamed on hackers.'), null);
    assert.equal(leadIncident('Police said Monday that a 19-year-old man fired the shots that wounded two people outside a bar.'), null);
    assert.equal(leadIncident('Thieves stole a van and two bicycles from a garage on Oak Road.'), null);
  });

  it('keeps an attribution days later apart from the intrusion, and two reports of one intrusion dated days apart together', () => {
    assert.equal(incidentsApart('attribution', ['intrusion'], 3), true);
    assert.equal(incidentsApart('intrusion', ['attribution'], 3), true);
    assert.equal(datedLoosely('intrusion'), true);
    assert.equal(incidentsApart('intrusion', ['intrusion'], 5, { sameKindGap: 5 }), false);
    assert.equal(incidentsApart('attribution', ['attribution'], 30, { sameKindGap: 30 }), true);
  });
});

describe('cyber-attribution: a teller of news is no attribution', () => {
  it('should read "authorities said hackers broke in" as the intrusion, and a ministry blaming a unit as an attribution', () => {
    assert.equal(leadIncident('Authorities said on Monday that hackers broke into the tax office servers over the weekend.'), 'intrusion');
    assert.equal(leadIncident('The ministry on Thursday blamed a state hacking unit for the breach of the port authority.'), 'attribution');
    assert.equal(leadIncident('Officials said a foreign hacking unit was behind the breach of the port authority.'), 'attribution');
  });
});
