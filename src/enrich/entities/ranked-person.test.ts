import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../../test/articles.js';
import { rankedPeopleReadAsBodies } from './ranked-person.js';

describe('rankedPeopleReadAsBodies', () => {
  it('should read a rank and two names after a role as the person', () => {
    const body = 'Air force chief of staff General Marek Dolny said the jets would stay grounded.';
    const start = body.indexOf('General');
    const [e] = rankedPeopleReadAsBodies(body, [{ text: 'General Marek Dolny', type: 'organization', start, end: start + 19 }]);
    assert.deepEqual(e, { text: 'Marek Dolny', type: 'person', start: start + 8, end: start + 19 });
  });

  it('should leave a firm whose name opens with "General" a body', () => {
    const body = 'Shares of General Dynamics Systems rose after the contract was signed.';
    const start = body.indexOf('General');
    const entity = { text: 'General Dynamics Systems', type: 'organization' as const, start, end: start + 24 };
    assert.deepEqual(rankedPeopleReadAsBodies(body, [entity]), [entity]);
  });

  it('should give an army chief named with his rank as a person in a whole report', () => {
    const article = enrichedArticle('Army chief of staff General Marek Dolny said the attack on the depot would be answered and sent more air defences to the border on Monday.', { title: 'Army vows to answer depot attack', outlet: 'Vistula Post', publishedAt: '2026-05-12T09:00:00Z' });
    assert.ok(article.people.some((p) => p.name === 'Marek Dolny'));
    assert.ok(!article.entities.some((e) => e.type === 'organization' && /Marek/.test(e.text)));
  });
});
