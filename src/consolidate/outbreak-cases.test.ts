import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { outbreakCasesIn } from './outbreak-cases.js';
import type { NewsEvent } from '../model/types.js';

/** The event's discrepancy as [value, sources, tellers] per variant. */
function across(event: NewsEvent, about: string): [string, string[], string[]][] | undefined {
  return event.discrepancies.find((d) => d.about === about)?.variants.map((v) => [v.value, v.sources, v.claimedBy ?? []]);
}

const read = (text: string): string[] => outbreakCasesIn(text).map((f) => `${f.thing || 'plain'}: ${f.written}`);
const NOW = '2026-10-01T00:00:00Z';

describe('outbreakCasesIn', () => {
  it('should read suspected, confirmed and plain counts of cases, each as its own quantity', () => {
    assert.deepEqual(read('Clinics in the Brennock valley have logged 236 suspected cases of typhoid, the county health board said.'), ['suspected: 236 suspected cases']);
    assert.deepEqual(read('More than 190 suspected typhoid cases have been reported.'), ['suspected: more than 190 suspected cases']);
    assert.deepEqual(read('Of the samples tested, 48 cases were confirmed by the laboratory in Ardcarn.'), ['confirmed: 48 confirmed cases']);
    assert.deepEqual(read('Laboratory tests have confirmed 44 cases of typhoid.'), ['confirmed: 44 confirmed cases']);
    assert.deepEqual(read('The typhoid outbreak has grown to 310 cases.'), ['plain: 310 cases']);
  });

  it("should leave out a day's new cases, a part of the count, a range and cases of another kind", () => {
    assert.deepEqual(read('The board reported 22 new suspected cases of typhoid.'), []);
    assert.deepEqual(read('In the past 24 hours, 19 suspected cases of typhoid were recorded.'), []);
    assert.deepEqual(read('Of them, 70 suspected cases were in Ardcarn alone.'), []);
    assert.deepEqual(read('Officials said there were between 180 and 236 suspected cases of typhoid.'), []);
    assert.deepEqual(read('The court has 310 cases of fraud waiting for a hearing.'), []);
    assert.deepEqual(read('The agency estimates 19 million cases of influenza annually.'), []);
    assert.deepEqual(read('The Brennock valley saw 31 cases of typhoid between 2015 and 2020.'), []);
    assert.deepEqual(read('The outbreak has caused 12 human cases of the fever and 40 animal cases.'), []);
    // "cases" with neither an illness nor a status: a docket, not an outbreak.
    assert.deepEqual(read('The tribunal closed 96 cases last month.'), []);
  });
});

describe('outbreak cases across reports (through buildEvent)', () => {
  const board = enrichedArticle('ARDCARN - Clinics in the Brennock valley have logged 236 suspected cases of typhoid since the outbreak began, the county health board said on Wednesday. Laboratory tests have confirmed 44 cases.', { title: 'Typhoid spreads in Brennock valley', outlet: 'Ardcarn Echo', publishedAt: '2026-09-23T08:00:00Z' });
  const charity = enrichedArticle('BRENNOCK - More than 190 suspected cases of typhoid have been reported in the Brennock valley, according to the charity Wellspring Aid. It said 51 cases had been confirmed by the laboratory.', { title: 'Brennock typhoid outbreak grows', outlet: 'Valley Courier', publishedAt: '2026-09-23T15:00:00Z' });

  it('should list the suspected and the confirmed counts of one day apart, each with who gives it, in either arrival order', async () => {
    for (const order of [[board, charity], [charity, board]]) {
      const event = await buildEvent('evt_0000000000000001', order, null, NOW);
      assert.deepEqual(across(event, 'number of suspected cases (across reports)')?.sort(), [
        ['236 suspected cases', [board.id], ['the county health board']],
        ['more than 190 suspected cases', [charity.id], ['the charity Wellspring Aid']],
      ]);
      assert.deepEqual(across(event, 'number of confirmed cases (across reports)')?.map(([v, s]) => [v, s]).sort(), [
        ['44 confirmed cases', [board.id]],
        ['51 confirmed cases', [charity.id]],
      ]);
      // Never a suspected count against a confirmed one, nor the fact's own line beside the measure's.
      assert.equal(event.discrepancies.filter((d) => /suspected/.test(d.about)).length, 1);
    }
  });

  it("should take one body's later count for a revision, and figures within their rounding or bound for agreement", async () => {
    const later = enrichedArticle('ARDCARN - Clinics in the Brennock valley have now logged 301 suspected cases of typhoid, the county health board said on Friday.', { title: 'Typhoid cases pass 300', outlet: 'Harbour Wire', publishedAt: '2026-09-25T09:00:00Z' });
    const revised = await buildEvent('evt_0000000000000002', [board, later], null, NOW);
    assert.equal(across(revised, 'number of suspected cases (across reports)'), undefined);
    const about = enrichedArticle('BRENNOCK - About 240 suspected cases of typhoid have been reported in the Brennock valley, according to the charity Wellspring Aid.', { title: 'Brennock typhoid', outlet: 'Valley Courier', publishedAt: '2026-09-23T15:00:00Z' });
    const atLeast = enrichedArticle('BRENNOCK - At least 230 suspected cases of typhoid have been recorded in the valley, the regional hospital said on Wednesday.', { title: 'Brennock typhoid', outlet: 'Coast Wire', publishedAt: '2026-09-23T16:00:00Z' });
    const agreed = await buildEvent('evt_0000000000000003', [board, about, atLeast], null, NOW);
    assert.equal(across(agreed, 'number of suspected cases (across reports)'), undefined);
  });
});
