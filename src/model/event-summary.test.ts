import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../store/contract.js';
import { summarizeEvent } from './event-summary.js';

describe('summarizeEvent', () => {
  it('should name the first three bodies of the event with their countries, and none where it names none', () => {
    const a = sampleArticle(1);
    const organizations = ['Office of Foreign Assets Control', 'Korean Central News Agency', 'European Union', 'African Union'].map((name, k) => ({ name, aliases: [], country: k === 1 ? 'KP' : null, sources: [a.id], corroboration: 4 - k }));
    assert.deepEqual(summarizeEvent(sampleEvent('evt_0000000000000001', [a], { organizations })).organizations, [
      { name: 'Office of Foreign Assets Control', country: null },
      { name: 'Korean Central News Agency', country: 'KP' },
      { name: 'European Union', country: null },
    ]);
    assert.equal('organizations' in summarizeEvent(sampleEvent('evt_0000000000000002', [a])), false);
  });
});
