import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { courtKindOf, perPersonSum } from './court-sums.js';
import { reportMoneyDiscrepancies } from './money-discrepancies.js';

const at = '2034-03-02T18:00:00Z';

describe('courtKindOf and perPersonSum', () => {
  it('should name a forfeiture, a restitution and a bail by the words beside the sum', () => {
    assert.equal(courtKindOf('the judge ordered him to forfeit', 'and serve nine years'), 'forfeiture');
    assert.equal(courtKindOf('pay', 'in restitution to depositors'), 'restitution');
    assert.equal(courtKindOf('was released on bail of', ''), 'bail');
    assert.equal(courtKindOf('the vault held', 'in gold bars'), undefined);
  });
  it('should not take a bond the defence only proposed for the bail', () => {
    assert.equal(courtKindOf('his lawyers proposed a bond of', 'backed by two houses'), null);
  });
  it('should tell a share per person or an average from a total', () => {
    assert.equal(perPersonSum('savers lost an average of', 'in the collapse'), true);
    assert.equal(perPersonSum('clients were promised', 'each by March'), true);
    assert.equal(perPersonSum('the scheme lost', 'of savings'), false);
  });
});

describe('reportMoneyDiscrepancies: sums a court orders', () => {
  it('should list forfeitures that two reports of one sentencing give differently', () => {
    const one = enrichedArticle('A judge in Tallow on Thursday sentenced the founder of the Brisk Coin lending platform to nine years in prison and ordered him to forfeit $88 million.', { title: 'Brisk Coin founder gets nine years', outlet: 'Tallow Ledger', publishedAt: at });
    const two = enrichedArticle('The founder of Brisk Coin must forfeit $86 million and spend nine years behind bars, a court in Tallow ruled on Thursday.', { title: 'Nine years for Brisk Coin founder', outlet: 'Harbour Wire', publishedAt: at });
    const found = reportMoneyDiscrepancies([one, two], []);
    assert.deepEqual(found.map((d) => [d.about, d.variants.map((v) => v.value)]), [['amount forfeiture (across reports)', ['$88 million', '$86 million']]]);
  });
  it('should not set a per-person average against the total lost', () => {
    const one = enrichedArticle('Savers in the Brisk Coin lending platform lost $310 million when it shut last spring, prosecutors told the court in Tallow on Thursday.', { title: 'Brisk Coin trial hears of losses', outlet: 'Tallow Ledger', publishedAt: at });
    const two = enrichedArticle('Members of the savers group lost an average of $2,700 each when Brisk Coin shut, its organiser told the court in Tallow on Thursday.', { title: 'Savers speak at Brisk Coin trial', outlet: 'Harbour Wire', publishedAt: at });
    assert.deepEqual(reportMoneyDiscrepancies([one, two], []), []);
  });
});
