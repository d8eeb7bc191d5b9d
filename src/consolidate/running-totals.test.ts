import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';

const about = (prefix: string) => (d: { about: string }): boolean => d.about.startsWith(prefix);

describe('running totals and daily figures in discrepancies (ux67b #5, #6)', () => {
  it('should show totals given "since" the start that rose from day to day as one count revised, in order', async () => {
    const one = enrichedArticle('Health officials in Orvella province said on Monday that 140 suspected measles infections had been logged since the outbreak began, mostly among schoolchildren.\n\nClinics have opened extra hours.', { title: 'Measles spreads in Orvella', outlet: 'Orvella Star', publishedAt: '2026-03-02T09:00:00Z' });
    const two = enrichedArticle('Health officials in Orvella province said on Monday that 610 suspected measles infections had been logged since the outbreak began, mostly among schoolchildren.\n\nVaccination teams were sent out.', { title: 'Orvella measles count climbs', outlet: 'Plains Courier', publishedAt: '2026-03-09T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-03-10T00:00:00Z');
    const count = event.discrepancies.find(about('number of suspected infections'));
    assert.ok(count, JSON.stringify(event.discrepancies));
    assert.equal(count.revised, true);
    assert.deepEqual(count.variants.map((v) => v.value), ['140', '610']);
    assert.ok(!event.discrepancies.some((d) => d.about.includes('suspecteds')));
  });

  it('should keep two outlets\' different totals on one day a dispute', async () => {
    const one = enrichedArticle('Health officials in Orvella province said on Monday that 140 suspected measles infections had been logged since the outbreak began, mostly among schoolchildren.\n\nClinics have opened extra hours.', { title: 'Measles spreads in Orvella', outlet: 'Orvella Star', publishedAt: '2026-03-02T09:00:00Z' });
    const two = enrichedArticle('Health officials in Orvella province said on Monday that 190 suspected measles infections had been logged since the outbreak began, mostly among schoolchildren.\n\nVaccination teams were sent out.', { title: 'Orvella measles count', outlet: 'Plains Courier', publishedAt: '2026-03-02T13:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-03-03T00:00:00Z');
    const count = event.discrepancies.find(about('number of suspected infections'));
    assert.ok(count, JSON.stringify(event.discrepancies));
    assert.equal(count.revised, undefined);
  });

  it('should not set one day\'s figure against a running total, nor two days\' daily figures against each other', async () => {
    const one = enrichedArticle('Orvella province logged 22 new measles infections and two deaths in the past 24 hours, officials said on Monday.\n\nClinics have opened extra hours.', { title: 'Measles in Orvella', outlet: 'Orvella Star', publishedAt: '2026-03-02T09:00:00Z' });
    const two = enrichedArticle('Orvella province logged 35 new measles infections and five deaths in the past 24 hours, officials said on Thursday, bringing the total to 9 deaths.\n\nVaccination teams were sent out.', { title: 'Measles in Orvella', outlet: 'Plains Courier', publishedAt: '2026-03-05T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-03-06T00:00:00Z');
    assert.deepEqual(event.discrepancies.filter((d) => /^number of (?:new|deaths)/.test(d.about)), [], JSON.stringify(event.discrepancies));
  });

  it('should set two reports\' counts of a shipment against each other when one also gives a count for each person', async () => {
    const one = enrichedArticle('A shipment of 2.1 million doses of polio vaccine landed at Orvella airport on Tuesday, the health ministry said.\n\nA campaign starts next week.', { title: 'Polio vaccine lands', outlet: 'Orvella Star', publishedAt: '2026-04-07T09:00:00Z' });
    const two = enrichedArticle('Orvella started a polio campaign on Thursday, two days after 2.4 million doses of vaccine were flown in.\n\nThe ministry said each child under five would get two doses each over a month.', { title: 'Polio campaign starts', outlet: 'Plains Courier', publishedAt: '2026-04-09T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, '2026-04-10T00:00:00Z');
    const doses = event.discrepancies.find(about('number of doses'));
    assert.ok(doses, JSON.stringify(event.discrepancies));
    assert.deepEqual(doses.variants.map((v) => v.value).sort(), ['2.1 million', '2.4 million']);
    assert.equal(doses.revised, undefined);
  });
});
