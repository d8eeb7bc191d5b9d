import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventProfile } from '../store/store.js';
import { eventsToMerge } from './merges.js';

const profile = (size: number): EventProfile => ({ terms: {}, names: [], dates: [], size });
const event = (eventId: string, size: number, total: number) => ({ eventId, profile: profile(size), score: { total } });

describe('eventsToMerge', () => {
  it('should merge an event the article also matches well into the one it joins', () => {
    assert.deepEqual(eventsToMerge([event('a', 6, 0.99), event('b', 1, 0.9), event('c', 2, 0.3)], 0.5), ['b']);
  });

  it('should not merge two events that are both stories of their own', () => {
    // A team's two games, each told by several outlets: one article matching both does not make them one.
    assert.deepEqual(eventsToMerge([event('a', 9, 0.99), event('b', 6, 0.95)], 0.5), []);
    assert.deepEqual(eventsToMerge([event('a', 9, 0.99), event('b', 4, 0.95)], 0.5), ['b']);
    assert.deepEqual(eventsToMerge([event('a', 2, 0.99), event('b', 12, 0.95)], 0.5), ['b']);
  });
});
