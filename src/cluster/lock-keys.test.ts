import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SectionKeys } from '../store/store.js';
import type { ArticleFeatures } from './features.js';
import { BUCKET_DAYS, type ClusterLookup, MAX_SECTION_KEYS, sectionKeys, sectionsConflict } from './lock-keys.js';

/** A lookup with the given names, terms (by weight) and date; its lookup keys the names and the first `looked` terms. */
function lookupOf(date: string | null, names: string[], terms: [string, number][], looked = 2, stats: ClusterLookup['stats'] = { documents: 0, df: new Map() }): ClusterLookup {
  const features: ArticleFeatures = { terms: new Map(terms), names, date, figures: [], scene: null, earlier: [], act: null };
  return { features, stats, keys: [...names.map((n) => `n:${n}`), ...terms.slice(0, looked).map(([t]) => `t:${t}`)] };
}

const crane = lookupOf('2024-03-10', ['l:wellington', 'p:aroha ngata'], [['crane', 5], ['collapse', 4], ['harbour', 3], ['wharf', 1]]);

describe('sectionKeys', () => {
  it('should take the whole store for an article with no date, which looks events up at any date', () => {
    assert.equal(sectionKeys(lookupOf(null, ['l:wellington'], [['crane', 2]]), 30, true), null);
  });

  it('should take the whole store for an article whose keys would be more than the cap, and keep the keys of one just under it', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `l:town ${i}`);
    const count = (keys: SectionKeys | null) => (keys ? keys.exclusive.length + keys.shared.length : null);
    // Places only (no person's name at any date): each name is locked once per bucket of the window.
    const buckets = count(sectionKeys(lookupOf('2024-03-10', names(1), []), 30, false))!;
    const fits = Math.floor(MAX_SECTION_KEYS / buckets);
    assert.ok(count(sectionKeys(lookupOf('2024-03-10', names(fits), []), 30, false))! <= MAX_SECTION_KEYS);
    assert.equal(sectionKeys(lookupOf('2024-03-10', names(fits + 1), []), 30, false), null);
  });

  it('should lock each lookup key exclusive in every date bucket the window touches, and the other keys its new event is indexed by shared', () => {
    const keys = sectionKeys(crane, 30, false)!;
    const day = Date.UTC(2024, 2, 10) / 86_400_000;
    const buckets = new Set<string>();
    for (let d = day - 30; d <= day + 30; d++) buckets.add(String(Math.floor(d / BUCKET_DAYS)));
    const inBucket = (list: readonly string[], key: string) => list.filter((k) => k.startsWith(`${key}@`) && k !== `${key}@*`).map((k) => k.slice(key.length + 1));
    for (const key of ['n:l:wellington', 'n:p:aroha ngata', 't:crane', 't:collapse']) assert.deepEqual(new Set(inBucket(keys.exclusive, key)), buckets, key);
    for (const key of ['t:harbour', 't:wharf']) assert.deepEqual(new Set(inBucket(keys.shared, key)), buckets, key);
    assert.deepEqual(inBucket(keys.exclusive, 't:harbour'), []);
  });

  it("should lock a person's name at any date too: exclusive where the article looks follow-ups up, shared where it does not", () => {
    assert.ok(sectionKeys(crane, 30, true)!.exclusive.includes('n:p:aroha ngata@*'));
    assert.ok(sectionKeys(crane, 30, false)!.shared.includes('n:p:aroha ngata@*'));
    assert.ok(!sectionKeys(crane, 30, false)!.shared.includes('n:l:wellington@*'), 'only people are looked up at any date');
  });

  it('should lock no term found in a large share of the stored articles, once the store holds enough of them', () => {
    const terms: [string, number][] = [['shoot', 6], ['crane', 5], ['harbour', 3]];
    const locked = (documents: number, shootDf: number) => {
      const keys = sectionKeys(lookupOf('2024-03-10', ['l:wellington'], terms, 2, { documents, df: new Map([['shoot', shootDf], ['crane', 1]]) }), 30, false)!;
      return new Set([...keys.exclusive, ...keys.shared].map((k) => k.replace(/@.*/, '')));
    };
    // 300 of 2,000 articles have "shoot": not locked, looked up or indexed; the rare terms and the names are.
    assert.deepEqual(locked(2000, 300), new Set(['n:l:wellington', 't:crane', 't:harbour']));
    // Three articles of ten: a large share, but of a store too young to tell.
    assert.ok(locked(10, 3).has('t:shoot'));
    // Twenty-five of a million: rare.
    assert.ok(locked(1_000_000, 25).has('t:shoot'));
  });

  it("should keep apart two articles when one's lookup keys meet the keys of the other's new event in both windows, and not two that only share index keys", () => {
    // A report three weeks later whose lookup finds the crane story's event by a term that event is indexed by.
    const later = lookupOf('2024-03-31', ['l:lower hutt'], [['wharf', 6], ['inquiry', 5]]);
    assert.equal(sectionsConflict(sectionKeys(crane, 30, false)!, sectionKeys(later, 30, false)!), true);
    // The same report half a year on: its window does not reach the crane story's date.
    const autumn = lookupOf('2024-09-30', ['l:lower hutt'], [['wharf', 6], ['inquiry', 5]]);
    assert.equal(sectionsConflict(sectionKeys(crane, 30, false)!, sectionKeys(autumn, 30, false)!), false);
    // Another story of those days sharing only a heavy word neither looks up by.
    const other = lookupOf('2024-03-12', ['l:napier'], [['flood', 6], ['river', 5], ['harbour', 2]]);
    assert.equal(sectionsConflict(sectionKeys(crane, 30, false)!, sectionKeys(other, 30, false)!), false);
    // A follow-up a year on by the same person's name, looked up at any date.
    const trial = lookupOf('2025-03-10', ['p:aroha ngata'], [['trial', 6], ['court', 5]]);
    assert.equal(sectionsConflict(sectionKeys(crane, 30, false)!, sectionKeys(trial, 30, true)!), true);
    assert.equal(sectionsConflict(sectionKeys(crane, 30, false)!, sectionKeys(trial, 30, false)!), false);
  });
});

describe('sectionsConflict', () => {
  it('should find two sections in conflict only on a key that one of them holds exclusive', () => {
    const a: SectionKeys = { exclusive: ['x'], shared: ['s'] };
    assert.equal(sectionsConflict(a, { exclusive: [], shared: ['s'] }), false);
    assert.equal(sectionsConflict(a, { exclusive: ['s'], shared: [] }), true);
    assert.equal(sectionsConflict(a, { exclusive: [], shared: ['x'] }), true);
  });
});
