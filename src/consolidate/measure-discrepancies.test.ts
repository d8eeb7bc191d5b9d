import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import type { NewsEvent } from '../model/types.js';

/** The event's measured discrepancy as [value, sources, tellers] per variant. */
function across(event: NewsEvent, about: string): [string, string[], string[]][] | undefined {
  return event.discrepancies.find((d) => d.about === about)?.variants.map((v) => [v.value, v.sources, v.claimedBy ?? []]);
}

const NOW = '2026-09-10T00:00:00Z';

describe('reportMeasureDiscrepancies (through buildEvent)', () => {
  it('should list the distances flown the reports give beyond their rounding, each with its teller, in either arrival order', async () => {
    const one = enrichedArticle('KESTREL BAY - Varnia launched a medium-range missile from Kestrel Bay on Monday, the Ostmark General Staff said. The missile flew about 850 km and reached an altitude of about 300 km, the General Staff said.', { title: 'Varnia fires missile from Kestrel Bay', outlet: 'Harbour Times', publishedAt: '2026-09-07T06:00:00Z' });
    const two = enrichedArticle('LINDFORT - Varnia fired a medium-range missile from Kestrel Bay on Monday. Coastal Minister Anja Relsted said the missile flew about 900 km and reached an altitude of about 300 km.', { title: 'Lindfort protests Varnian launch', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const three = enrichedArticle("KESTREL BAY - Varnia's state news agency VNA said on Tuesday that Monday's missile flew 897.3 km and reached an altitude of 301.6 km.", { title: 'VNA hails Kestrel Bay test', outlet: 'Eastern Dispatch', publishedAt: '2026-09-08T05:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two, three], null, NOW);
    const expected: [string, string[], string[]][] = [
      ['about 850 km', [one.id], ['the General Staff']],
      ['about 900 km', [two.id], ['Coastal Minister Anja Relsted']],
      ['897.3 km', [three.id], ["Varnia's state news agency VNA"]],
    ];
    assert.deepEqual(across(event, 'distance flown (across reports)'), expected);
    // About 300 km and 301.6 km agree within the rounding "about" states.
    assert.equal(across(event, 'altitude (across reports)'), undefined);
    const reversed = await buildEvent('evt_0000000000000001', [three, two, one], null, NOW);
    assert.deepEqual(across(reversed, 'distance flown (across reports)'), expected);
  });

  it("should take one report's two named tellers for a dispute, not one teller's two figures of a salvo nor the report's own figure", async () => {
    const both = enrichedArticle('LINDFORT - Varnia fired two missiles on Monday. Ostmark said the missiles flew about 400 km, while the Lindfort navy put the distance at 480 km.', { title: 'Varnia fires two missiles', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [both], null, NOW);
    assert.deepEqual(across(event, 'distance flown (across reports)'), [
      ['about 400 km', [both.id], ['Ostmark']],
      ['480 km', [both.id], ['the Lindfort navy']],
    ]);
    const salvo = enrichedArticle('LINDFORT - Varnia fired two missiles on Monday. One missile flew about 400 km and the other flew about 150 km, the Lindfort navy said.', { title: 'Varnia fires two missiles', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const other = enrichedArticle('KESTREL BAY - Varnia fired two missiles on Monday that flew about 410 km, Ostmark said.', { title: 'Two Varnian missiles', outlet: 'Harbour Times', publishedAt: '2026-09-07T10:00:00Z' });
    const separate = await buildEvent('evt_0000000000000002', [salvo, other], null, NOW);
    assert.equal(across(separate, 'distance flown (across reports)'), undefined);
    // The report's own round figure beside a teller's is no dispute of two tellers.
    const own = enrichedArticle('LINDFORT - A Varnian missile flew 1,000 km on Monday. The Lindfort navy said it flew about 980 km.', { title: 'Varnian missile', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const alone = await buildEvent('evt_0000000000000003', [own], null, NOW);
    assert.equal(across(alone, 'distance flown (across reports)'), undefined);
  });

  it("should never compare an earlier launch's distance, nor an altitude with a distance", async () => {
    const one = enrichedArticle('KESTREL BAY - Varnia fired a missile from Kestrel Bay on Monday that flew about 850 km, the Ostmark General Staff said. In March, a Varnian missile flew 1,400 km.', { title: 'Varnia fires missile', outlet: 'Harbour Times', publishedAt: '2026-09-07T06:00:00Z' });
    const two = enrichedArticle('LINDFORT - A Varnian missile fired on Monday reached an altitude of about 1,400 km and flew 860 km, Lindfort said.', { title: 'Lindfort protests Varnian launch', outlet: 'Lindfort Courier', publishedAt: '2026-09-07T09:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, NOW);
    assert.equal(across(event, 'distance flown (across reports)'), undefined);
    assert.equal(across(event, 'altitude (across reports)'), undefined);
  });

  it('should compare stocks of one material and purity, not of another purity', async () => {
    const one = enrichedArticle("VIENNA - The watchdog's report put Ostmark's stockpile of uranium enriched to 20 percent at 87.5 kg on Wednesday, diplomats said.", { title: 'Watchdog report on Ostmark', outlet: 'Alpine Post', publishedAt: '2026-09-09T10:00:00Z' });
    const two = enrichedArticle("VIENNA - Ostmark's stock of uranium enriched to 20% purity has grown to about 95 kg, the watchdog said on Wednesday. Its stock of uranium enriched to 5% was put at 1,210 kg.", { title: 'Ostmark stock grows', outlet: 'Danube Wire', publishedAt: '2026-09-09T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, NOW);
    assert.deepEqual(across(event, 'stockpile of uranium 20% (across reports)'), [
      ['87.5 kg', [one.id], ['diplomats']],
      ['about 95 kg', [two.id], ['the watchdog']],
    ]);
    assert.equal(event.discrepancies.filter((d) => d.about.startsWith('stockpile')).length, 1);
  });

  it("should list a vote's tally two reports give differently", async () => {
    const one = enrichedArticle('GENEVA - The council adopted the resolution on Wednesday. It was backed by 24 of the 47 members, with 9 against and 14 abstentions.', { title: 'Council adopts resolution', outlet: 'Lake Post', publishedAt: '2026-09-09T18:00:00Z' });
    const two = enrichedArticle('GENEVA - Twenty-five members voted in favour of the resolution on Wednesday, nine against and thirteen abstained.', { title: 'Resolution adopted', outlet: 'Rhone Wire', publishedAt: '2026-09-09T19:00:00Z' });
    const event = await buildEvent('evt_0000000000000001', [one, two], null, NOW);
    assert.deepEqual(across(event, 'vote tally (across reports)'), [
      ['24 for, 9 against, 14 abstaining', [one.id], []],
      ['25 for, 9 against, 13 abstaining', [two.id], []],
    ]);
  });
});
