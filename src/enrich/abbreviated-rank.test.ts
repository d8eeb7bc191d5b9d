import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abbreviatedRankBefore, rankInName } from './abbreviated-rank.js';
import { enrichedArticle } from '../../test/articles.js';

const hints = { title: 'Warehouse fire inquiry', outlet: 'County Desk', publishedAt: '2026-03-10T09:00:00Z' };

describe('abbreviatedRankBefore', () => {
  it('should spell out a run of ranks abbreviated without full stops', () => {
    const body = 'Det Chief Insp Rosa Vane led the search.';
    assert.deepEqual(abbreviatedRankBefore(body, body.indexOf('Rosa'), 'Rosa Vane'), { written: 'Det Chief Insp', role: 'Detective Chief Inspector' });
    const initials = 'Officers led by DCI Rosa Vane searched the yard.';
    assert.equal(abbreviatedRankBefore(initials, initials.indexOf('Rosa'), 'Rosa Vane')?.role, 'Detective Chief Inspector');
  });

  it('should leave dotted ranks and ordinary capitalised words to the other rules', () => {
    const dotted = 'Det. Sgt. Owen Pryor said so.';
    assert.equal(abbreviatedRankBefore(dotted, dotted.indexOf('Owen'), 'Owen Pryor'), null);
    const plain = 'Council Leader Owen Pryor said so.';
    assert.equal(abbreviatedRankBefore(plain, plain.indexOf('Owen'), 'Owen Pryor'), null);
  });

  it('should not read the initials of a capital or a firm before a single name as a rank', () => {
    const capital = 'a rally in Washington DC Owen Pryor attended';
    assert.equal(abbreviatedRankBefore(capital, capital.indexOf('Owen'), 'Owen Pryor'), null);
    const firm = 'shares in DS Pryor fell';
    assert.equal(abbreviatedRankBefore(firm, firm.indexOf('Pryor'), 'Pryor'), null);
  });
});

describe('rankInName', () => {
  it('should measure the rank the tagger took into a name, leaving a full name behind', () => {
    assert.equal(rankInName('Sgt Nadia Okon'), 'Sgt '.length);
    assert.equal(rankInName('Ch Supt Nadia Okon'), 'Ch Supt '.length);
    assert.equal(rankInName('Sgt Pepper'), 0);
    assert.equal(rankInName('Nadia Okon'), 0);
  });
});

describe('abbreviated ranks in articles', () => {
  it('should give a British officer the rank as the role and the name without it', () => {
    const article = enrichedArticle('Det Supt Gareth Noon said the warehouse fire in Swindon was started deliberately. Sgt Lena Burke and PC Omar Haddad were first at the scene.', hints);
    assert.deepEqual(
      article.people.map((p) => [p.name, p.role]),
      [['Gareth Noon', 'Detective Superintendent'], ['Lena Burke', 'Sergeant'], ['Omar Haddad', 'Police Constable']],
    );
  });

  it('should keep the force named after the name as the officer\'s organisation', () => {
    const article = enrichedArticle('Det Chief Insp Rosa Vane of Wiltshire Police said the warehouse fire in Swindon was started deliberately.', hints);
    const vane = article.people.find((p) => p.name === 'Rosa Vane');
    assert.equal(vane?.role, 'Detective Chief Inspector');
    assert.equal(vane?.organization, 'Wiltshire Police');
  });
});

describe('compound ranks and titles after a rank', () => {
  it('should read two abbreviated rank words as one rank, the second no part of the name', () => {
    const body = 'Maj Gen Petra Lund inspected the camp. Rear Adm Colm Tierney joined her.';
    assert.equal(abbreviatedRankBefore(body, body.indexOf('Petra'), 'Petra Lund')?.role, 'Major General');
    assert.equal(rankInName('Sgt Maj Idris Pell'), 'Sgt Maj '.length);
    const article = enrichedArticle('Lt Col Hana Brody told reporters the convoy had left at dawn. Lt Gov Ray Dunmore said the roads were open.', hints);
    assert.deepEqual(article.people.map((p) => [p.name, p.role]), [['Hana Brody', 'Lieutenant Colonel'], ['Ray Dunmore', 'Lieutenant Governor']]);
  });

  it('should not take a rank followed by a title word for a rank before a name', () => {
    assert.equal(rankInName('Lt Governor Ray Dunmore'), 0);
    const article = enrichedArticle('Sales rose at PC Warehouse, PC Warehouse Vice President Lidia Fenn said on Tuesday.', hints);
    assert.ok(!article.people.some((p) => /Vice|President/.test(p.name)));
  });

  it('should keep a charged officer\'s part in the case as the role', () => {
    const article = enrichedArticle('Lt Cmdr Tessa Morrow was charged on Monday with falsifying maintenance logs, the Navy said.', hints);
    assert.deepEqual(article.people.map((p) => [p.name, p.role]), [['Tessa Morrow', 'defendant']]);
  });
});
