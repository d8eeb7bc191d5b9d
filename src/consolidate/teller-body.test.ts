import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { tellerJoins } from './teller-body.js';
import type { OrganizationRef } from '../model/types.js';

const report = (body: string, outlet: string, publishedAt: string) => enrichedArticle(body, { title: 'Typhoid in Dunmarsh', outlet, publishedAt });
const body = (name: string, aliases: string[] = []): OrganizationRef => ({ name, aliases, country: null, sources: [], corroboration: 1 });

describe('tellerJoins', () => {
  it('should take a body\'s initials and its spelled-out name for one teller', () => {
    const same = tellerJoins([]);
    assert.equal(same('MSF', 'Médecins Sans Frontières'), true);
    assert.equal(same('the Red Crescent', 'Red Crescent'), true);
  });

  it('should take a name and an alias the event lists for one body as one teller', () => {
    const same = tellerJoins([body('Lakeside Relief Network', ['LRN', 'Relief Net'])]);
    assert.equal(same('Relief Net', 'LRN'), true);
    assert.equal(same('Relief Net', 'Lakeside Relief Network'), true);
  });

  it('should take the other name a report gives a body in brackets, either way round, for that body', () => {
    const listed = [body('Médecins Sans Frontières', ['MSF'])];
    const after = tellerJoins(listed, ['Staff of Médecins Sans Frontières (Doctors Without Borders) set up tents by the river.']);
    assert.equal(after('Doctors Without Borders', 'MSF'), true);
    const before = tellerJoins(listed, ['A team sent by Doctors Without Borders (MSF) reached the camp on foot.']);
    assert.equal(before('Doctors Without Borders', 'Médecins Sans Frontières'), true);
    assert.equal(before('MSF', 'Doctors Without Borders (MSF)'), true);
  });

  it('should keep two bodies two tellers', () => {
    const same = tellerJoins([body('Médecins Sans Frontières', ['MSF']), body('International Committee of the Red Cross', ['ICRC'])], ['Doctors Without Borders (MSF) and the Red Cross (ICRC) both sent teams.']);
    assert.equal(same('MSF', 'ICRC'), false);
    assert.equal(same('Doctors Without Borders', 'International Committee of the Red Cross'), false);
    assert.equal(same('regional health board', 'Médecins Sans Frontières'), false);
  });
});

describe('tellers of a running toll: one body by any of its names (through buildEvent)', () => {
  it('should not set a charity against itself when one report writes its initials and another its full name on one day', async () => {
    const a = report('Médecins Sans Frontières said on Tuesday that 41 people had died of typhoid in Dunmarsh since the outbreak began.', 'Dunmarsh Gazette', '2026-04-14T08:00:00Z');
    const b = report('MSF said on Tuesday evening that 44 people had died of typhoid in Dunmarsh since the outbreak began.', 'Valley Courier', '2026-04-14T19:00:00Z');
    const event = await buildEvent('evt_0000000000000691', [a, b], null, '2026-04-15T00:00:00Z');
    const died = event.discrepancies.filter((d) => d.about === 'died');
    assert.equal(died.some((d) => !d.revised), false, JSON.stringify(died));
    assert.equal(event.casualties?.died, 44);
  });

  it('should not set a charity against itself under the other name one report gives it in brackets', async () => {
    const a = report('MSF said on Tuesday that 41 people had died of typhoid in Dunmarsh since the outbreak began.', 'Dunmarsh Gazette', '2026-04-14T08:00:00Z');
    const b = report('Médecins Sans Frontières (Doctors Without Borders) said on Tuesday evening that its nurses were working double shifts in Dunmarsh.', 'Valley Courier', '2026-04-14T18:00:00Z');
    const c = report('Doctors Without Borders said late on Tuesday that 44 people had died of typhoid in Dunmarsh since the outbreak began.', 'Hill Times', '2026-04-14T21:00:00Z');
    const event = await buildEvent('evt_0000000000000693', [a, b, c], null, '2026-04-15T00:00:00Z');
    const died = event.discrepancies.filter((d) => d.about === 'died');
    assert.equal(died.some((d) => !d.revised), false, JSON.stringify(died));
  });

  it('should name a teller once in a dispute where two reports write it two ways', async () => {
    const a = report('The regional health board says 30 people have died of typhoid in Dunmarsh, but Médecins Sans Frontières puts the toll at 41.', 'Dunmarsh Gazette', '2026-04-14T08:00:00Z');
    const b = report('MSF said on Tuesday that 41 people had died of typhoid in Dunmarsh since the outbreak began.', 'Valley Courier', '2026-04-14T12:00:00Z');
    const event = await buildEvent('evt_0000000000000694', [a, b], null, '2026-04-15T00:00:00Z');
    const dispute = event.discrepancies.find((d) => d.about === 'died' && !d.revised);
    assert.deepEqual(dispute?.variants.find((v) => v.value === '41')?.claimedBy, ['Médecins Sans Frontières'], JSON.stringify(dispute));
  });
});

describe('tellerJoins: names too short to look for', () => {
  it('should pass over an empty or one-letter alias rather than search the reports for it', () => {
    const same = tellerJoins([{ name: 'Relief Corps International', aliases: ['', 'R'], country: null, sources: [], corroboration: 1 }], ['Relief Corps International said nine people died.']);
    assert.equal(same('Relief Corps International', 'Harbour Health Agency'), false);
  });
});
