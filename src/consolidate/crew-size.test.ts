import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { crewSizeIn } from './crew-size.js';
import type { NewsEvent } from '../model/types.js';

function across(event: NewsEvent, about: string): [string, string[], string[]][] | undefined {
  return event.discrepancies.find((d) => d.about === about)?.variants.map((v) => [v.value, v.sources, v.claimedBy ?? []]);
}

const read = (text: string): string[] => crewSizeIn(text, text, true).map((f) => `${f.written}${f.qualifier?.ofShown ? ` of ${f.qualifier.ofShown}` : ''}`);
const NOW = '2026-10-01T00:00:00Z';

describe('crewSizeIn', () => {
  it("should read a ship's whole crew, by its count or summed from its nationalities", () => {
    assert.deepEqual(read('Its 19 crew were winched to safety, the coastguard said.'), ['19 crew']);
    assert.deepEqual(read('All 21 crew members of the cargo ship Marta Quell were safe.'), ['21 crew of Marta Quell']);
    assert.deepEqual(read('The 18 sailors aboard the Marta Quell were lifted off by helicopter.'), ['18 crew of Marta Quell']);
    assert.deepEqual(read('The freighter, with a crew of twenty, sent a distress call.'), ['20 crew']);
    assert.deepEqual(read("The tanker's crew of 23 stayed aboard."), ['23 crew']);
    assert.deepEqual(read('The 22 crew members are all safe, the operator said.'), ['22 crew']);
    assert.deepEqual(read('The crew, 12 Filipinos and 7 Georgians, left the ship in a lifeboat.'), ['19 crew (12 Filipinos and 7 Georgians)']);
  });

  it('should leave out a part of the crew, a range, and a crew that sails no ship', () => {
    assert.deepEqual(read('The 11 crew members held hostage are all Filipinos.'), []);
    assert.deepEqual(read('The remaining 14 sailors aboard stayed with the ship.'), []);
    // "the N crew members" alone may be any of them: the ones rescued, the ones still missing.
    assert.deepEqual(read('The 14 crew members were rescued by a passing ship.'), []);
    assert.deepEqual(read('The ship had between 18 and 21 crew aboard.'), []);
    assert.deepEqual(read('The pirates are holding 12 Filipinos and 7 Georgians from the crew hostage.'), []);
    assert.deepEqual(read("The airliner's 9 crew were unhurt."), []);
    assert.deepEqual(read('Its 6 film crew members filmed the rescue from a boat.'), []);
    assert.deepEqual(read('The trawler met the patrol ship for the transfer of their two crewmen.'), []);
  });
});

describe('crew aboard across reports (through buildEvent)', () => {
  it('should list the crew counts of one ship that differ, each with who gives it, in either arrival order', async () => {
    const one = enrichedArticle('VELSTAD - The cargo ship Marta Quell ran aground off Velstad on Sunday. Its 19 crew were winched to safety, the coastguard said.', { title: 'Marta Quell aground', outlet: 'Velstad Tidende', publishedAt: '2026-09-20T08:00:00Z' });
    const two = enrichedArticle('VELSTAD - All 21 crew members of the cargo ship Marta Quell were rescued after it ran aground on Sunday, the ship manager said.', { title: 'Marta Quell crew rescued', outlet: 'Quay Post', publishedAt: '2026-09-20T10:00:00Z' });
    const three = enrichedArticle('VELSTAD - The cargo ship Marta Quell ran aground on Sunday. Its crew, 12 Filipinos and 7 Georgians, were lifted off by helicopter.', { title: 'Marta Quell sailors safe', outlet: 'Harbour Wire', publishedAt: '2026-09-20T12:00:00Z' });
    const expected = [
      ['19 crew', [one.id, three.id]],
      ['21 crew', [two.id]],
    ];
    for (const order of [[one, two, three], [three, two, one]]) {
      const event = await buildEvent('evt_0000000000000001', order, null, NOW);
      const found = across(event, 'crew aboard the Marta Quell (across reports)');
      assert.deepEqual(found?.map(([v, s]) => [v.replace(/ \(.*\)$/, ''), [...s].sort()]).sort(), expected.map(([v, s]) => [v, [...(s as string[])].sort()]));
      assert.deepEqual(found?.find(([v]) => v === '21 crew')?.[2], ['the ship manager']);
    }
  });

  it('should take counts within their rounding for agreement, and never a part of the crew for the whole', async () => {
    const one = enrichedArticle('VELSTAD - The trawler Nordvik sank off Velstad on Sunday. Its 25 crew were rescued by a passing ship, the coastguard said.', { title: 'Nordvik sinks', outlet: 'Velstad Tidende', publishedAt: '2026-09-20T08:00:00Z' });
    const two = enrichedArticle('VELSTAD - The trawler Nordvik sank on Sunday with about 24 crew aboard, the fishing cooperative said.', { title: 'Trawler lost', outlet: 'Quay Post', publishedAt: '2026-09-20T10:00:00Z' });
    const three = enrichedArticle('VELSTAD - The trawler Nordvik sank on Sunday. The 21 crew members rescued by the ferry were taken to Velstad.', { title: 'Trawler crew ashore', outlet: 'Harbour Wire', publishedAt: '2026-09-20T12:00:00Z' });
    const event = await buildEvent('evt_0000000000000002', [one, two, three], null, NOW);
    assert.equal(event.discrepancies.find((d) => d.about.startsWith('crew aboard')), undefined);
  });
});
