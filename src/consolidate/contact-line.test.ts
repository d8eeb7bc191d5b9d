import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { isContactLine } from './contact-line.js';
import { groupFacts } from './facts.js';
import { sourceGroups } from './sources.js';

describe('isContactLine (ux67b #14)', () => {
  it("should find a release's issuer and contact lines", () => {
    assert.equal(isContactLine('Issued by: Press Office, Department of Water Affairs, Riverside Tower, Port Ellin.'), true);
    assert.equal(isContactLine('For further media enquiries please contact the press desk on weekdays.'), true);
    assert.equal(isContactLine('Email: desk@waterworks.example for questions about the closures.'), true);
    assert.equal(isContactLine('Media contacts: Lena Orsk and Paul Wey, communications team.'), true);
  });

  it('should leave claims that mention contact or issuing alone', () => {
    assert.equal(isContactLine('The department issued a boil-water notice for four districts on Friday.'), false);
    assert.equal(isContactLine('Officials lost contact with the ferry shortly after it left Port Ellin.'), false);
    assert.equal(isContactLine('For more than a week, residents have queued at water tankers.'), false);
  });
});

describe('groupFacts: a contact line is no fact (ux67b #14)', () => {
  it("should not make a release's issuer line a fact", () => {
    const release = enrichedArticle('The Department of Water Affairs has ordered residents of four districts of Port Ellin to boil tap water until further notice.\n\nTesting found bacteria at the Riverside pumping station on Thursday.\n\nIssued by: Press Office, Department of Water Affairs, Riverside Tower, Port Ellin.', { title: 'Boil-water notice for Port Ellin', outlet: 'Department of Water Affairs', publishedAt: '2026-07-03T12:00:00Z' });
    const facts = groupFacts([release], sourceGroups([release]));
    assert.ok(facts.some((f) => f.fact.text.includes('boil tap water')), JSON.stringify(facts.map((f) => f.fact.text)));
    assert.ok(!facts.some((f) => f.fact.text.includes('Issued by')), JSON.stringify(facts.map((f) => f.fact.text)));
  });
});

describe('isContactLine: a label followed by prose (review68)', () => {
  it('should take a label only with an address, a number or a site after it', () => {
    assert.equal(isContactLine('Email: the attackers asked for payment in coins.'), false);
    assert.equal(isContactLine('Email: desk@water.gov.example'), true);
    assert.equal(isContactLine('Phone: +44 20 7946 0000'), true);
  });
});
