import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { areaOf } from './area-count.js';

describe('areas and volumes counted in a sentence', () => {
  it('should read "square metres" as an area in its unit, not a count of squares, and another unit as another quantity', () => {
    assert.deepEqual(areaOf('square', ' metres had burned'), { noun: 'square metres', label: 'square metres', length: 7 });
    assert.equal(areaOf('square', ' kilometres')?.noun, 'square kilometres');
    assert.equal(areaOf('square', ' in the town'), null);
    assert.equal(areaOf('houses', ' metres'), null);
  });

  it("should label a fire's area the reports differ on by the clause that gives it, once, though the fact shown is the sentence's other claim", async () => {
    const one = enrichedArticle('Drones struck the Zarechny fuel depot overnight into Wednesday, starting a fire, officials said. The district emergency office said a blaze covering 300 square metres had been put out by dawn and that one worker had been injured.', { title: 'Drones hit Zarechny fuel depot', outlet: 'Front Line Daily', publishedAt: '2026-05-06T09:00:00Z' });
    const two = enrichedArticle('A drone attack on Wednesday set the Zarechny fuel depot on fire. District governor Pavel Orlov said two workers had been injured and that a blaze covering 900 square metres had been put out.', { title: 'Zarechny depot burns after drone attack', outlet: 'Oil Wire', publishedAt: '2026-05-06T11:00:00Z' });
    const three = enrichedArticle('The Zarechny fuel depot reopened one of its smaller tanks on Thursday, a day after a drone attack, its operator said. Governor Pavel Orlov said the two workers injured in Wednesday\'s attack were in stable condition.', { title: 'Zarechny depot partly reopens', outlet: 'Continental Desk', publishedAt: '2026-05-07T08:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two, three], null, '2026-09-10T00:00:00Z');
    const areas = event.discrepancies.filter((d) => /square/.test(d.about));
    assert.deepEqual(areas.map((d) => [d.about, d.variants.map((v) => v.value)]), [['area in square metres (...said a blaze covering 300 square metres had been put out...)', ['300', '900']]]);
  });
});
