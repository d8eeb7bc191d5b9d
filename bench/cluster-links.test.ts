import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../src/store/contract.js';
import type { ClusterItem } from './cluster-data.js';
import { scoreLinks } from './cluster-links.js';

describe('scoreLinks', () => {
  it('should count links between events of one gold incident apart from the others', () => {
    const item = (id: string, gold: string): ClusterItem => ({ id, gold, text: '', title: null, url: null, publishedAt: null });
    const items = [item('a', 'i1'), item('b', 'i1'), item('c', 'i2')];
    const eventOf = new Map([['a', 'e1'], ['b', 'e2'], ['c', 'e3']]);
    const art = sampleArticle(1);
    const mention = (eventId?: string) => ({ description: 'the shooting', date: '2015-04', sources: [art.id], ...(eventId ? { eventId } : {}) });
    const events = new Map([
      ['e1', sampleEvent('e1', [art])],
      ['e2', sampleEvent('e2', [art], { related: [mention('e1'), mention('e3'), mention()] })],
      ['e3', sampleEvent('e3', [art])],
    ]);
    assert.deepEqual(scoreLinks(items, eventOf, events), { mentions: 3, links: 2, sameIncident: 1 });
  });
});
