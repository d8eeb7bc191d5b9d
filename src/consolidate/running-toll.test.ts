import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';

const report = (body: string, outlet: string, publishedAt: string) => enrichedArticle(body, { title: 'Typhoid in Dunmarsh', outlet, publishedAt });

describe('runningToll (through buildEvent)', () => {
  it('should show a running total that rose over weeks as one count revised, with its latest figure and day', async () => {
    const a = report('The typhoid outbreak in Dunmarsh has caused 3 deaths since it began, the regional health board said on Monday.', 'Dunmarsh Gazette', '2026-04-06T10:00:00Z');
    const b = report('Dunmarsh has logged 210 typhoid cases and 11 deaths since the outbreak began, the regional health board said on Monday.', 'Valley Courier', '2026-04-13T10:00:00Z');
    const c = report('The typhoid death toll in Dunmarsh has risen to 26, the regional health board said on Monday.', 'Dunmarsh Gazette', '2026-04-20T10:00:00Z');
    const event = await buildEvent('evt_0000000000000101', [a, b, c], null, '2026-04-21T00:00:00Z');
    assert.equal(event.casualties?.killed, null);
    assert.equal(event.casualties?.died, 26);
    assert.equal(event.casualties?.diedAsOf, '2026-04-20');
    const died = event.discrepancies.filter((d) => d.about === 'died');
    assert.equal(died.length, 1, JSON.stringify(died));
    assert.equal(died[0]!.revised, true);
    assert.deepEqual(died[0]!.variants.map((v) => v.value), ['3', '11', '26']);
    assert.equal(event.discrepancies.some((d) => d.about === 'killed'), false);
  });

  it('should list two tellers who differ on one day as a dispute with who gives each, apart from the series', async () => {
    const a = report('The typhoid outbreak in Dunmarsh has caused 12 deaths since it began, the regional health board said on Monday.', 'Dunmarsh Gazette', '2026-04-13T09:00:00Z');
    const b = report('The regional health board says 30 people have died of typhoid in Dunmarsh, but Helping Hands International puts the toll at 41.', 'Valley Courier', '2026-04-27T15:00:00Z');
    const event = await buildEvent('evt_0000000000000102', [a, b], null, '2026-04-28T00:00:00Z');
    const died = event.discrepancies.filter((d) => d.about === 'died');
    const series = died.find((d) => d.revised);
    const dispute = died.find((d) => !d.revised);
    assert.deepEqual(series?.variants.map((v) => v.value), ['12', '30'], JSON.stringify(died));
    assert.deepEqual(dispute?.variants.map((v) => [v.value, v.claimedBy]), [['30', ['regional health board']], ['41', ['Helping Hands International']]]);
    // The running total follows the teller heard on most days.
    assert.equal(event.casualties?.died, 30);
  });

  it('should show a lone report\'s running total with its day, with nothing to set it against', async () => {
    const a = report('Dunmarsh has logged 400 typhoid cases and 33 deaths since the outbreak began, the regional health board said.', 'Valley Courier', '2026-05-02T08:00:00Z');
    const event = await buildEvent('evt_0000000000000103', [a], null, '2026-05-03T00:00:00Z');
    assert.deepEqual(event.casualties, { killed: null, injured: null, died: 33, diedAsOf: '2026-05-02' });
    assert.equal(event.discrepancies.some((d) => d.about === 'died'), false);
  });

  it('should move the total on to a later disputed day\'s lowest figure where the main teller is not heard that day', async () => {
    const a = report('The regional health board said on Monday that 4 people had died of typhoid in Dunmarsh since the outbreak began.', 'Dunmarsh Gazette', '2026-04-06T10:00:00Z');
    const b = report('The regional health board said on Monday that 6 people had died of typhoid in Dunmarsh since the outbreak began.', 'Valley Courier', '2026-04-13T10:00:00Z');
    const c = report('Dr Maren Osk, head of Dunmarsh General Hospital, said 14 patients had died of typhoid there, but Helping Hands International puts the toll at 19.', 'Dunmarsh Gazette', '2026-04-17T10:00:00Z');
    const event = await buildEvent('evt_0000000000000104', [a, b, c], null, '2026-04-18T00:00:00Z');
    assert.equal(event.casualties?.died, 14, JSON.stringify(event.discrepancies));
    assert.equal(event.casualties?.diedAsOf, '2026-04-17');
  });

  it('should keep the main teller\'s figure on a disputed day where that teller is heard', async () => {
    const a = report('The regional health board said on Monday that 4 people had died of typhoid in Dunmarsh since the outbreak began.', 'Dunmarsh Gazette', '2026-04-06T10:00:00Z');
    const b = report('The regional health board said on Monday that 6 people had died of typhoid in Dunmarsh since the outbreak began.', 'Valley Courier', '2026-04-13T10:00:00Z');
    const c = report('The regional health board says 9 people have died of typhoid in Dunmarsh, but Helping Hands International puts the toll at 19.', 'Dunmarsh Gazette', '2026-04-17T10:00:00Z');
    const event = await buildEvent('evt_0000000000000105', [a, b, c], null, '2026-04-18T00:00:00Z');
    assert.equal(event.casualties?.died, 9, JSON.stringify(event.discrepancies));
  });
});
