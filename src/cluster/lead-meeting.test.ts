import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leadsWithMeeting, meetingApart } from './lead-meeting.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createStages } from '../pipeline.js';
import { ingestPaths } from '../ingest/batch.js';

describe('leadsWithMeeting', () => {
  it('should read a summit, talks held and leaders who met as a meeting', () => {
    assert.equal(leadsWithMeeting('Leaders of the Baltic states met in Riga on Friday to agree on a joint grid.'), true);
    assert.equal(leadsWithMeeting('The two foreign ministers held two days of talks in Geneva.'), true);
    assert.equal(leadsWithMeeting('Nordic prime ministers opened their annual summit in Bergen on Monday.'), true);
  });

  it('should not read statements, a place called Summit, a mountain or a town meeting as one', () => {
    assert.equal(leadsWithMeeting('The European Union on Tuesday called on the authorities to examine every complaint about the vote.'), false);
    assert.equal(leadsWithMeeting('Two men were shot outside a bar in Summit County late Saturday, deputies said.'), false);
    assert.equal(leadsWithMeeting('A climber was rescued after he fell near the summit of Mount Hood.'), false);
    assert.equal(leadsWithMeeting('Residents met at a church on Sunday to remember the teenager killed last week.'), false);
  });

  it('should read ministers agreeing at an emergency meeting as one, but not a meeting the lead recalls after its own act', () => {
    assert.equal(leadsWithMeeting('Transport ministers from nine countries agreed on Monday to share salvage tugs, at an emergency meeting called after the Danube barge grounding.'), true);
    assert.equal(leadsWithMeeting('The European Union on Friday froze the assets of two grain traders, three days after farm ministers met in Vienna on export quotas.'), false);
    assert.equal(leadsWithMeeting('Neighbours said on Monday they had spoken to the owner at a meeting of the tenants.'), false);
  });
});

describe('meetingApart', () => {
  it('should set a meeting apart from a story none of whose reports leads with one, and the other way round', () => {
    assert.equal(meetingApart(true, 0, 3), true);
    assert.equal(meetingApart(false, 2, 2), true);
  });

  it('should leave a story whose reports lead both ways to the model', () => {
    assert.equal(meetingApart(true, 1, 3), false);
    assert.equal(meetingApart(false, 1, 3), false);
    assert.equal(meetingApart(false, 0, 2), false);
  });
});

const STATEMENTS = [
  'Tbilisi and Ankara congratulate Hakobyan, Brussels urges inquiry into Armenian vote',
  'By Nino Beridze, Caucasus Ledger',
  'Published: March 4, 2026 10:30 GMT',
  "Georgia's President Levan Abashidze and Turkey's President Kemal Arslan on Tuesday congratulated Armen Hakobyan on his victory in Sunday's presidential election in Armenia, while the European Union urged Yerevan to look into complaints of vote buying.",
  'Abashidze telephoned Hakobyan on Monday evening and invited him to visit Tbilisi, his office said.',
  "The European Union's foreign policy spokesperson Mirela Costin said the bloc expected every credible complaint to be examined.",
  'Opposition leader Gayane Sargsyan called the congratulations premature.',
];
const MORE_STATEMENTS = [
  'Foreign capitals split over Armenian election result',
  'By Aram Petrosyan, Ararat Daily',
  'Published: March 4, 2026 15:10 GMT',
  "Armen Hakobyan received congratulations from Georgian President Levan Abashidze and Turkish President Kemal Arslan on Tuesday, but the European Union said complaints of vote buying in Sunday's presidential election must be examined.",
  'Abashidze called Hakobyan on Monday evening and invited him to Tbilisi.',
  'Opposition leader Gayane Sargsyan said the statements from Tbilisi and Ankara ignored the complaints.',
];
const SUMMIT = [
  "Caucasus leaders meet in Tbilisi as Armenia's president-elect makes debut",
  'By Nino Beridze, Caucasus Ledger',
  'Published: April 3, 2026 09:00 GMT',
  "Leaders of the South Caucasus states and Turkey met in Tbilisi on Thursday for a regional summit, the first since Armenia's disputed March 1 presidential election.",
  "Georgia's President Levan Abashidze, the host, welcomed Armenia's president-elect Armen Hakobyan, who attended before his inauguration.",
  "Turkey's President Kemal Arslan proposed a joint railway fund, and the leaders signed an accord on cross-border power lines.",
  'Abashidze said the region would settle its own disputes.',
];

describe('cluster: a summit a month after the statements on a vote', () => {
  for (const order of [['a', 'b', 'c'], ['c', 'a', 'b']]) {
    it(`should keep the summit and the statements two events (stored ${order.join(', ')})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'cluster-summit-'));
      const store = new SqliteStore(':memory:');
      try {
        // The names give the order of ingest.
        const texts: Record<string, string[]> = { a: STATEMENTS, b: MORE_STATEMENTS, c: SUMMIT };
        order.forEach((key, i) => writeFileSync(join(dir, `${i}-${key}.txt`), texts[key]!.join('\n')));
        const report = await ingestPaths([dir], createStages(), { store, now: () => '2026-05-01T00:00:00Z' }, { maintain: false });
        assert.equal(report.stored, 3);
        const events = await store.listEvents({ limit: 10, offset: 0 });
        assert.equal(events.length, 2);
        assert.deepEqual(events.map((e) => e.title.startsWith('Caucasus leaders meet')).sort(), [false, true]);
      } finally {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('leadsWithMeeting: a minister and a commissioner named by their titles', () => {
  it('reads two office-holders who met as a meeting', () => {
    assert.equal(leadsWithMeeting('Fisheries Minister Ana Lobo and EU Fisheries Commissioner Jan Berg met for two hours in Valletta on Friday.'), true);
    assert.equal(leadsWithMeeting('The health minister said on Friday that hospitals had enough beds.'), false);
  });
});

describe('leadsWithMeeting: an official who met families', () => {
  it('should not read a police commissioner or a health minister meeting families as a meeting of leaders', () => {
    assert.equal(leadsWithMeeting('Police Commissioner Dana Reyes met the families of the two victims on Friday.'), false);
    assert.equal(leadsWithMeeting('Trade Minister Ana Lind and EU Trade Commissioner Piet Vos met in Oslo on Monday.'), true);
  });
});
