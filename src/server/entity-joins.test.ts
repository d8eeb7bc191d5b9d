import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityKind } from '../store/store.js';
import { entitySummaries, type EntitySummary } from './entities.js';
import { EntityGrouping, groupEntities } from './entity-groups.js';
import { JoinState, MAX_BUCKET, type JoinRules } from './entity-joins.js';

type Row = [name: string, events: number, country?: string, aliases?: string[]];

function entries(kind: EntityKind, rows: readonly Row[]): EntitySummary[] {
  // The store's order: most events first, then by name.
  const sorted = [...rows].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return entitySummaries(sorted.map(([name, events, country, aliases]) => ({ name, events, ...(country ? { country } : {}), ...(aliases ? { aliases } : {}) })), kind);
}

/** The groups as plain data, each entry's summary and its members' ids. */
const plain = (list: readonly EntitySummary[], grouping?: EntityGrouping): unknown => (grouping ? grouping.group(list) : groupEntities(list)).map((g) => [g.summary, g.members.map((m) => m.id)]);

/** A small generator of numbers, so that a failing run can be run again. */
function numbers(seed: number): (below: number) => number {
  let x = seed;
  return (below) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % below;
  };
}

const PEOPLE = ['Dmitri Orlov', 'Dmitry Orlov', 'Dmitriy Orlov', 'Yuri Volkov', 'Yury Volkov', 'Iouri Volkov', 'Anna Lind', 'Robert James', 'James Robert', 'Orlov', 'Aleksei Petrov', 'Alexei Petrov', 'Alexey Petrov', 'Ivana Petrova', 'Maria Sokolova', 'Mariya Sokolova'];
const BODIES: [string, string?][] = [
  ['US Treasury', 'US'], ['US Treasury Department', 'US'], ['Treasury', undefined], ['Treasury', 'US'], ['UK Treasury', 'GB'], ['FBI', 'US'], ['Federal Bureau of Investigation', 'US'],
  ['the Federal Bureau of Investigation', undefined], ['Korean Central News Agency', 'KP'], ['KCNA', 'KP'], ['Memphis Fire Department', undefined], ['MFD', undefined],
  ['Milwaukee Fire Department', undefined], ['Daily News', undefined], ['Daily News Egypt', 'EG'], ['Justice Department', 'US'], ['Department of Justice', 'US'], ['DOJ', 'US'],
  ['OFAC', 'US'], ['Office of Foreign Assets Control', 'US'], ['Office for Financial Asset Checks', 'US'],
];
/** Aliases an event may give a body, which tie its initials to it. */
const ALIASES: Record<string, string> = { 'Federal Bureau of Investigation': 'FBI', 'Korean Central News Agency': 'KCNA', 'Memphis Fire Department': 'MFD', 'Department of Justice': 'DOJ', 'Milwaukee Fire Department': 'MFD', 'Office of Foreign Assets Control': 'OFAC', 'Office for Financial Asset Checks': 'OFAC' };

describe('EntityGrouping', () => {
  it('should give the groups a grouping from nothing gives after each of a run of lists that add, drop and recount names', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = numbers(seed);
      const kept = new EntityGrouping();
      let people = new Map<string, number>();
      let bodies = new Map<string, Row>();
      for (let step = 0; step < 40; step++) {
        // A change of the store: a few names come, go or are counted again, and an alias comes or goes.
        for (let k = 0; k < 3; k++) {
          const name = PEOPLE[next(PEOPLE.length)]!;
          if (people.has(name) && next(3) === 0) people.delete(name);
          else people.set(name, 1 + next(6));
          const [body, country] = BODIES[next(BODIES.length)]!;
          const key = `${body}\t${country ?? ''}`;
          if (bodies.has(key) && next(3) === 0) bodies.delete(key);
          else bodies.set(key, [body, 1 + next(6), country, ALIASES[body] && next(2) === 0 ? [ALIASES[body]!] : undefined]);
        }
        people = new Map([...people].filter(() => next(20) !== 0));
        bodies = new Map([...bodies].filter(() => next(20) !== 0));
        const personList = entries('person', [...people].map(([name, n]): Row => [name, n]));
        const bodyList = entries('organization', [...bodies.values()]);
        assert.deepEqual(plain(personList, kept), plain(personList), `people, seed ${seed}, step ${step}`);
        assert.deepEqual(plain(bodyList, kept), plain(bodyList), `bodies, seed ${seed}, step ${step}`);
      }
    }
  });

  it('should give in slices the groups it gives at once, one call after another, and refuse a call at once meanwhile', async () => {
    const next = numbers(7);
    const made = (n: number): EntitySummary[] => entries('person', Array.from({ length: n }, (_, i): Row => [`${PEOPLE[next(PEOPLE.length)]!} ${i % 50}`, 1 + next(5)]));
    const [first, second] = [made(900), made(700)];
    const sliced = new EntityGrouping();
    // No time between turns: every pause gives the event loop a turn, so the two calls would interleave if let.
    const [a, b] = [sliced.groupInSlices(first, 0), sliced.groupInSlices(second, 0)];
    assert.throws(() => sliced.group(first), /groupInSlices/);
    const plainOf = (groups: Awaited<typeof a>): unknown => groups.map((g) => [g.summary, g.members.map((m) => m.id)]);
    assert.deepEqual(plainOf(await a), plain(first));
    assert.deepEqual(plainOf(await b), plain(second));
    assert.deepEqual(plain(first, sliced), plain(first));
  });

  it('should start from nothing after an update that failed half way', () => {
    const state = new JoinState();
    const list = entries('person', [['Dmitri Orlov', 2], ['Dmitry Orlov', 1], ['Anna Lind', 1]]);
    const names = (groups: EntitySummary[][]): string[][] => groups.map((g) => g.map((e) => e.name));
    // Rules of a version: a new one changes every signature, so every pair is asked again.
    const rules = (version: string, fail = false): JoinRules => ({ keysOf: () => ['k'], signatureOf: () => version, same: (a, b) => (fail ? assert.fail('a rule broke') : a.name.slice(-5) === b.name.slice(-5)) });
    assert.deepEqual(names(state.update(list, rules('1'))), [['Dmitri Orlov', 'Dmitry Orlov'], ['Anna Lind']]);
    // The failing update had taken the new signatures and dropped the pair's answer when its rule broke.
    assert.throws(() => state.update(list, rules('2', true)), /a rule broke/);
    assert.deepEqual(names(state.update(list, rules('2'))), [['Dmitri Orlov', 'Dmitry Orlov'], ['Anna Lind']]);
  });

  it('should join initials once an event ties them to a name, and part them again once no event does', () => {
    const kept = new EntityGrouping();
    const names = (list: EntitySummary[]): string[][] => kept.group(list).map((g) => g.members.map((m) => m.name));
    assert.deepEqual(names(entries('organization', [['Office of Foreign Assets Control', 3, 'US'], ['OFAC', 2, 'US']])), [['Office of Foreign Assets Control'], ['OFAC']]);
    assert.deepEqual(names(entries('organization', [['Office of Foreign Assets Control', 3, 'US', ['OFAC']], ['OFAC', 2, 'US']])), [['Office of Foreign Assets Control', 'OFAC']]);
    assert.deepEqual(names(entries('organization', [['Office of Foreign Assets Control', 4, 'US'], ['OFAC', 2, 'US']])), [['Office of Foreign Assets Control'], ['OFAC']]);
  });

  it('should join initials that two names were given to the one that keeps them once the other loses them', () => {
    const kept = new EntityGrouping();
    const joined = (list: EntitySummary[]): string[][] => kept.group(list).filter((g) => g.members.length > 1).map((g) => g.members.map((m) => m.name));
    const both = entries('organization', [['Office of Foreign Assets Control', 3, 'US', ['OFAC']], ['Office for Financial Asset Checks', 2, 'US', ['OFAC']], ['OFAC', 1, 'US']]);
    // Initials that fit two bodies join neither.
    assert.deepEqual(joined(both), []);
    const one = entries('organization', [['Office of Foreign Assets Control', 3, 'US'], ['Office for Financial Asset Checks', 2, 'US', ['OFAC']], ['OFAC', 1, 'US']]);
    assert.deepEqual(joined(one), [['Office for Financial Asset Checks', 'OFAC']]);
    assert.deepEqual(plain(one, kept), plain(one));
  });

  it('should join initials that two names were given to the one left once the other is gone from the store', () => {
    const kept = new EntityGrouping();
    const joined = (list: EntitySummary[]): string[][] => kept.group(list).filter((g) => g.members.length > 1).map((g) => g.members.map((m) => m.name));
    assert.deepEqual(joined(entries('organization', [['Office of Foreign Assets Control', 3, 'US', ['OFAC']], ['Office for Financial Asset Checks', 2, 'US', ['OFAC']], ['OFAC', 1, 'US']])), []);
    const left = entries('organization', [['Office of Foreign Assets Control', 3, 'US', ['OFAC']], ['OFAC', 1, 'US']]);
    assert.deepEqual(joined(left), [['Office of Foreign Assets Control', 'OFAC']]);
    assert.deepEqual(plain(left, kept), plain(left));
  });

  it('should stop comparing the names of a key once more than the limit share it, and compare them again once fewer do', () => {
    // One name of many countries: every entry below shares the keys of "Treasury" and "US Treasury".
    const crowd = Array.from({ length: MAX_BUCKET }, (_, i): Row => ['Treasury', 1, `Q${i}`]);
    const pair: Row[] = [['US Treasury', 4, 'US'], ['Treasury', 2, 'US']];
    const kept = new EntityGrouping();
    const joined = (list: EntitySummary[]): string[][] => kept.group(list).filter((g) => g.members.length > 1).map((g) => g.members.map((m) => m.name));
    const [small, crowded] = [entries('organization', pair), entries('organization', [...pair, ...crowd])];
    assert.deepEqual(joined(small), [['US Treasury', 'Treasury']]);
    assert.deepEqual(joined(crowded), []);
    assert.deepEqual(plain(crowded, kept), plain(crowded));
    assert.deepEqual(joined(small), [['US Treasury', 'Treasury']]);
  });
});
