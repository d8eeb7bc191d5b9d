import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../../test/articles.js';
import { rankedPeopleReadAsBodies } from './ranked-person.js';

describe('rankedPeopleReadAsBodies, a rank opening an apposition after an office', () => {
  for (const rank of ['General', 'Colonel', 'Major', 'Captain', 'Admiral', 'Lieutenant']) {
    it(`should read "${rank}" and two names set off by commas after an office as the person`, () => {
      const body = `Late on Monday the Minister of Public Security, ${rank} Tomas Vrell, has banned all rallies near the port.`;
      const start = body.indexOf(rank);
      const end = start + `${rank} Tomas Vrell`.length;
      const [e] = rankedPeopleReadAsBodies(body, [{ text: body.slice(start, end), type: 'organization', start, end }]);
      assert.deepEqual(e, { text: 'Tomas Vrell', type: 'person', start: start + rank.length + 1, end });
    });
  }

  it('should leave a firm after an office and a comma a body when no comma closes it', () => {
    const body = 'The defence minister, General Dynamics Systems and two banks met on Friday.';
    const start = body.indexOf('General');
    const entity = { text: 'General Dynamics Systems', type: 'organization' as const, start, end: start + 24 };
    assert.deepEqual(rankedPeopleReadAsBodies(body, [entity]), [entity]);
  });

  it('should give no body for an interior minister named with his rank in a release', () => {
    const article = enrichedArticle('After the riots of Sunday in the city of Porto Vale, the Minister of the Interior, General Tomas Vrell, has decided to close the schools of the district for a week.', { title: 'Schools closed after riots', outlet: 'Coastline Herald', publishedAt: '2026-03-02T08:00:00Z' });
    assert.ok(!article.entities.some((e) => e.type === 'organization' && /Vrell/.test(e.text)));
    assert.ok(article.entities.some((e) => e.type === 'person' && /Tomas Vrell/.test(e.text)));
  });
});
