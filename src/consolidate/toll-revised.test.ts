import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';

/** A warehouse fire in Harwick told by four reports over three days, the tolls as each gives them. */
function warehouseFire(last: string) {
  return [
    enrichedArticle('Two workers were killed and 12 others were injured in a fire at a paint warehouse in Harwick on Monday, the fire service said.', { title: 'Two dead in Harwick warehouse fire', outlet: 'Harwick Gazette', publishedAt: '2026-03-02T20:00:00Z' }),
    enrichedArticle('Four workers were killed and 19 others were injured in a fire at a paint warehouse in Harwick on Monday, police said on Tuesday.', { title: 'Harwick warehouse fire: four dead', outlet: 'Northern Wire', publishedAt: '2026-03-03T09:00:00Z' }),
    enrichedArticle('Three workers were killed in Monday\'s fire at the paint warehouse in Harwick and 16 others were injured, the owner said on Wednesday.', { title: 'Warehouse owner confirms three deaths', outlet: 'Trade Weekly', publishedAt: '2026-03-04T09:00:00Z' }),
    enrichedArticle(last, { title: 'Harwick fire toll rises', outlet: 'Harwick Gazette', publishedAt: '2026-03-05T09:00:00Z' }),
  ];
}

describe('buildEvent: a toll marked revised only when it rose', () => {
  it('should not mark revised a toll that fell before it rose again, nor the hurt when a death is the update', async () => {
    const event = await buildEvent('evt_0000000000000001', warehouseFire('The death toll from Monday\'s fire at a paint warehouse in Harwick has risen to five after a worker died in hospital, police said on Thursday.\n\nSix people remain in hospital.'), null, '2026-03-06T00:00:00Z');
    assert.equal(event.discrepancies.find((d) => d.about === 'killed')?.revised, undefined);
    assert.equal(event.discrepancies.find((d) => d.about === 'injured')?.revised, undefined);
    assert.equal(event.casualties?.killed, 5);
  });

  it('should not take a count of those still in hospital for the number hurt, nor list it against the counts of the hurt', async () => {
    const event = await buildEvent('evt_0000000000000001', warehouseFire('The death toll from Monday\'s fire at a paint warehouse in Harwick has risen to five after a worker died in hospital, police said on Thursday.\n\nSix people remain in hospital.'), null, '2026-03-06T00:00:00Z');
    assert.notEqual(event.casualties?.injured, 6);
    assert.ok(!event.discrepancies.find((d) => d.about === 'injured')?.variants.some((v) => v.value === '6'));
  });

  it('should still mark revised a toll that only rose, told as an update', async () => {
    const reports = [
      enrichedArticle('Two workers were killed in a fire at a paint warehouse in Harwick on Monday, the fire service said.', { title: 'Two dead in Harwick fire', outlet: 'Harwick Gazette', publishedAt: '2026-03-02T20:00:00Z' }),
      enrichedArticle('The death toll from Monday\'s fire at a paint warehouse in Harwick has risen to four, police said on Wednesday.', { title: 'Harwick fire toll rises to four', outlet: 'Northern Wire', publishedAt: '2026-03-04T09:00:00Z' }),
    ];
    const event = await buildEvent('evt_0000000000000001', reports, null, '2026-03-06T00:00:00Z');
    assert.equal(event.discrepancies.find((d) => d.about === 'killed')?.revised, true);
  });

  it('should mark revised a crash toll a later report tells as standing now at its figure or as grown by a death from injuries', async () => {
    const first = enrichedArticle('Nineteen people were killed when a Brava Air turboprop crashed into the sea off Cape Brava on Tuesday, the coast guard said.', { title: 'Nineteen dead in Cape Brava air crash', outlet: 'Cape Courier', publishedAt: '2031-06-10T20:00:00Z' });
    for (const later of [
      "The number of people killed in Tuesday's crash of Brava Air flight 77 off Cape Brava now stands at 20, the health ministry said.",
      "A passenger hurt in Tuesday's crash of Brava Air flight 77 off Cape Brava died of injuries in hospital, bringing the number of dead to 20, the hospital said.",
    ]) {
      const second = enrichedArticle(later, { title: 'Cape Brava air crash toll now 20', outlet: 'Island Wire', publishedAt: '2031-06-11T15:00:00Z' });
      const event = await buildEvent('evt_0000000000000001', [first, second], null, '2031-06-20T00:00:00Z');
      assert.equal(event.discrepancies.find((d) => d.about === 'killed')?.revised, true, later);
      assert.equal(event.casualties?.killed, 20, later);
    }
  });
});
