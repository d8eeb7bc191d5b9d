import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventProfile } from '../store.js';
import { ProfileCache } from './profile-cache.js';

const profile = (size: number): EventProfile => ({ terms: { crane: size }, names: ['Rotterdam'], dates: ['2025-03-10'], size });

describe('ProfileCache', () => {
  it('hands out frozen profiles, so no caller can change what the next one reads', () => {
    const cache = new ProfileCache(4);
    cache.set('a', profile(1));
    const got = cache.get('a')!;
    assert.throws(() => {
      (got.terms as Record<string, number>).crane = 99;
    }, TypeError);
    assert.throws(() => {
      (got.names as string[]).push('Antwerp');
    }, TypeError);
  });

  it('keeps nothing at capacity 0 and forgets deleted events', () => {
    const none = new ProfileCache(0);
    none.set('a', profile(1));
    assert.equal(none.get('a'), undefined);
    const cache = new ProfileCache(4);
    cache.set('a', profile(1));
    cache.delete('a');
    assert.equal(cache.get('a'), undefined);
    assert.throws(() => new ProfileCache(-1), RangeError);
  });
});
