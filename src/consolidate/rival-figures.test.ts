import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { pageTeller } from './rival-figures.js';

const report = (body: string, outlet: string, publishedAt: string, title = 'Gendarmes fire on crowd in Kestrelford') => enrichedArticle(body, { title, outlet, publishedAt });

describe('rival figures: the headline toll is the running count', () => {
  const early = report('Gendarmes fired on a crowd of marchers in Kestrelford on Sunday, killing three people, a doctor at the district clinic said.', 'Lowmoor Gazette', '2031-08-03T19:00:00Z');
  const later = report('The death toll from Sunday\'s firing on marchers in Kestrelford has risen to five, the district clinic said on Monday.', 'Kestrelford Courier', '2031-08-04T11:00:00Z');
  const body = report('Fair Witness Collective says its own monitors counted eleven people shot dead by gendarmes during the Kestrelford march on Sunday.', 'Fair Witness Collective', '2031-08-05T08:00:00Z', 'Kestrelford killings demand answers');

  it('should give the latest figure of the running count as the event\'s dead, not the higher figure of a body counting on its own page', async () => {
    const event = await buildEvent('evt_0000000000007001', [early, later, body], null, '2031-08-06T00:00:00Z');
    assert.equal(event.casualties?.killed, 5, JSON.stringify(event.casualties));
    const dispute = event.discrepancies.find((d) => d.about === 'killed' && !d.revised);
    assert.deepEqual(dispute?.variants.map((v) => v.value), ['5', '11'], JSON.stringify(event.discrepancies));
  });

  it('should still give the highest of the news\'s own figures where no body counts on its own page', async () => {
    const other = report('Gendarmes fired on marchers in Kestrelford on Sunday, and eleven people died, residents told the paper on Tuesday.', 'Delta Evening Post', '2031-08-05T08:00:00Z');
    const event = await buildEvent('evt_0000000000007002', [early, later, other], null, '2031-08-06T00:00:00Z');
    assert.equal(event.casualties?.killed, 11, JSON.stringify(event.casualties));
  });
});

describe('rival figures: the hurt', () => {
  const first = report('Gendarmes fired on marchers in Kestrelford on Sunday, and four people were wounded, a doctor at the district clinic said.', 'Lowmoor Gazette', '2031-08-03T19:00:00Z');
  const second = report('Six people were wounded when gendarmes fired on marchers in Kestrelford on Sunday, the district clinic said on Monday.', 'Kestrelford Courier', '2031-08-04T11:00:00Z');
  const body = report('Fair Witness Collective says its own monitors counted 25 people wounded by gendarmes during the Kestrelford march on Sunday.', 'Fair Witness Collective', '2031-08-05T08:00:00Z', 'Kestrelford shootings demand answers');

  it('should set a body\'s own count of the wounded against the running count and keep the running count\'s latest as the event\'s', async () => {
    const event = await buildEvent('evt_0000000000007003', [first, second, body], null, '2031-08-06T00:00:00Z');
    const hurt = event.discrepancies.filter((d) => d.about === 'injured');
    const dispute = hurt.find((d) => d.variants.some((v) => v.claimedBy));
    assert.deepEqual(dispute?.variants.map((v) => [v.value, v.claimedBy ?? null]), [['6', null], ['25', ['Fair Witness Collective']]], JSON.stringify(hurt));
    assert.equal(event.casualties?.injured, 6, JSON.stringify(event.casualties));
  });
});

describe('pageTeller', () => {
  it('should name the outlet of a page that gives its dead in its own name, and its wounded too', () => {
    const page = report('Fair Witness Collective says its monitors counted eleven people shot dead in Kestrelford. Another 30 were wounded.', 'Fair Witness Collective', '2031-08-05T08:00:00Z');
    assert.equal(pageTeller(page), 'Fair Witness Collective');
  });
  it('should name no one on a news page quoting a doctor', () => {
    assert.equal(pageTeller(report('Gendarmes fired on marchers in Kestrelford, killing three people, a doctor said.', 'Lowmoor Gazette', '2031-08-03T19:00:00Z')), null);
  });
});
