import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { ownCountTeller } from './own-count.js';

const report = (body: string, outlet: string, publishedAt: string, title = 'Marchers shot in Portvale') => enrichedArticle(body, { title, outlet, publishedAt });

describe('rivalTolls (through buildEvent)', () => {
  const first = report('Troops fired on a crowd of marchers in Portvale on Monday, killing two people, a clinic worker said.', 'Harbour Evening Star', '2026-05-04T18:00:00Z');
  const second = report('The number of people killed when troops fired on marchers in Portvale on Monday has risen to five, the clinic said on Tuesday.', 'Portvale Herald', '2026-05-05T10:00:00Z');
  const group = report('Open Hands Rights Network says its field team counted nine people shot dead by troops at the Portvale march on Monday.', 'Open Hands Rights Network', '2026-05-06T09:00:00Z', 'Portvale killings must be investigated');

  it('should show the news\'s rising count as revised and a rights body\'s own count as a dispute with who gives it', async () => {
    const event = await buildEvent('evt_0000000000006902', [first, second, group], null, '2026-05-07T00:00:00Z');
    const killed = event.discrepancies.filter((d) => d.about === 'killed');
    const series = killed.find((d) => d.revised);
    const dispute = killed.find((d) => !d.revised);
    assert.deepEqual(series?.variants.map((v) => v.value), ['2', '5'], JSON.stringify(killed));
    assert.deepEqual(dispute?.variants.map((v) => [v.value, v.claimedBy ?? null]), [['5', null], ['9', ['Open Hands Rights Network']]]);
  });

  it('should keep the old side-by-side figures where no body gives a count of its own', async () => {
    const other = report('Troops fired on marchers in Portvale on Monday, and nine people were killed, residents said on Wednesday.', 'Delta Morning News', '2026-05-06T09:00:00Z');
    const event = await buildEvent('evt_0000000000006903', [first, second, other], null, '2026-05-07T00:00:00Z');
    const killed = event.discrepancies.filter((d) => d.about === 'killed');
    assert.equal(killed.length, 1, JSON.stringify(killed));
    assert.deepEqual(killed[0]!.variants.map((v) => v.value).sort(), ['2', '5', '9']);
  });
});

describe('ownCountTeller', () => {
  it('should name the page\'s outlet where it gives the count in its own name, and no one on a news page', () => {
    assert.equal(ownCountTeller(report('Open Hands Rights Network says its field team counted nine people shot dead in Portvale.', 'Open Hands Rights Network', '2026-05-06T09:00:00Z')), 'Open Hands Rights Network');
    assert.equal(ownCountTeller(report('Troops fired on marchers in Portvale, killing nine people, a clinic worker said.', 'Harbour Evening Star', '2026-05-06T09:00:00Z')), null);
  });
});
