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

describe('summarizeEvent: indicators of compromise', () => {
  it('should count the indicators an event lists, and leave the count out where it lists none', () => {
    const a = sampleArticle(3);
    const indicators = [{ type: 'md5' as const, value: '0123456789abcdef0123456789abcdef', sources: [a.id], corroboration: 1 }];
    assert.equal(summarizeEvent(sampleEvent('evt_0000000000000003', [a], { indicators })).indicatorCount, 1);
    assert.equal('indicatorCount' in summarizeEvent(sampleEvent('evt_0000000000000004', [a])), false);
  });
});
