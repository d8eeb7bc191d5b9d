import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { groupFacts } from './facts.js';
import { sourceGroups } from './sources.js';
import { comparedKinds, undatablePast } from './undated-figures.js';

const LEAD = 'Cobalt ore may no longer leave Norland unrefined after March 1, Mines Minister Petra Holm announced on Tuesday, saying refineries must be built at home first.';
const SECOND = 'According to Holm, $2.7 billion of raw ore was exported during last year, chiefly to Polish and Spanish plants.';

/** Which facts count both copies: one wire printed by its agency and by a paper. */
function bothCopies(page: string, agency: string, paper: string, agencyDate?: string): string[] {
  const a = enrichedArticle(agency, { title: 'Norland to halt cobalt ore sales', outlet: 'Nordic Wire', url: `https://nordicwire.example/${page}`, ...(agencyDate ? { publishedAt: agencyDate } : {}) });
  const b = enrichedArticle(paper, { title: 'Norland to halt cobalt ore sales', outlet: 'Fjord Ledger', publishedAt: '2027-02-09T10:00:00Z', url: `https://fjordledger.example/${page}` });
  const groups = sourceGroups([a, b]);
  return groupFacts([a, b], groups)
    .filter((f) => f.fact.sources.includes(a.id) && f.fact.sources.includes(b.id))
    .map((f) => f.fact.text);
}

describe('copies of one wire grouped as one fact', () => {
  it('should group the lead whether or not a copy keeps the wire\'s dateline and credit', () => {
    const told = bothCopies('credit', `HALDEN (NWA) - ${LEAD}\n\n${SECOND}`, `${LEAD}\n\n${SECOND}`, '2027-02-09T08:00:00Z');
    assert.ok(told.some((t) => t.includes('may no longer leave Norland unrefined')), JSON.stringify(told));
    assert.ok(told.some((t) => t.includes('$2.7 billion of raw ore')), JSON.stringify(told));
  });

  it('should group a figure of "last year" in a copy that gives no date with the dated copy\'s', () => {
    const lead = 'From April 1 Vestmark will bar shipments of unprocessed nickel ore, Industry Minister Jonas Berg told parliament on Wednesday.';
    const second = 'Berg put last year\'s nickel ore sales abroad at $1.9 billion, most of it going to Finnish and Italian smelters.';
    const told = bothCopies('undated', `${lead}\n\n${second}`, `${lead}\n\n${second}`.replace('From April 1 Vestmark will bar', 'Vestmark is to bar from April 1'));
    assert.ok(told.some((t) => t.includes('at $1.9 billion')), JSON.stringify(told));
  });
});

describe('undatablePast and comparedKinds', () => {
  it('should mark a time counted back only in a report with no date', () => {
    assert.equal(undatablePast('Sales fell sharply last year.', null), true);
    assert.equal(undatablePast('Sales fell sharply two years ago.', undefined), true);
    assert.equal(undatablePast('Sales fell sharply last year.', '2027-02-09T08:00:00Z'), false);
    assert.equal(undatablePast('Sales fell sharply on Monday.', null), false);
  });

  it('should compare a figure of an untold time with one of any time, and leave dated figures as they are', () => {
    assert.deepEqual(comparedKinds('? money:USD', '2026 money:USD'), ['money:USD', 'money:USD']);
    assert.deepEqual(comparedKinds('? people killed', 'people killed'), ['people killed', 'people killed']);
    assert.deepEqual(comparedKinds('2026 money:USD', 'money:USD'), ['2026 money:USD', 'money:USD']);
  });
});
