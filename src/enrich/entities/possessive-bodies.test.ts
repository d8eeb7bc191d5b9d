import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { splitPossessiveBodies } from './possessive-bodies.js';

function org(body: string, text: string): Entity {
  const start = body.indexOf(text);
  return { text, type: 'organization', start, end: start + text.length };
}

const read = (entities: readonly Entity[], body: string) => entities.map((e) => [e.type, e.text, body.slice(e.start, e.end), e.country ?? null]);

describe('splitPossessiveBodies', () => {
  it("should split a body's possessive from the unit it names", () => {
    const body = "The Treasury Department's Office of Foreign Assets Control acted, and the FBI's Cyber Division agreed.";
    const found = splitPossessiveBodies([org(body, "Treasury Department's Office of Foreign Assets Control"), org(body, "FBI's Cyber Division")]);
    assert.deepEqual(read(found, body), [
      ['organization', 'Treasury Department', 'Treasury Department', null],
      ['organization', 'Office of Foreign Assets Control', 'Office of Foreign Assets Control', null],
      ['organization', 'FBI', 'FBI', null],
      ['organization', 'Cyber Division', 'Cyber Division', null],
    ]);
  });

  it("should keep whole a name with a country's possessive, or the possessive of a word that is no body", () => {
    const body = "Poland's Internal Security Agency, Children's Hospital of Philadelphia, the People's Liberation Army, Moody's Investors Service and St. Mary's Hospital.";
    const names = ["Poland's Internal Security Agency", "Children's Hospital of Philadelphia", "People's Liberation Army", "Moody's Investors Service", "St. Mary's Hospital"];
    assert.deepEqual(splitPossessiveBodies(names.map((n) => org(body, n))).map((e) => e.text), names);
  });
});

describe('splitPossessiveBodies: an owner of one word named in full before', () => {
  it('should split the unit from a one-word owner that the text named in full as a body', () => {
    const text = 'The Dutch Treasury froze the accounts. The Treasury\'s Office of Financial Crime Enforcement listed two firms.';
    const full = { text: 'Dutch Treasury', type: 'organization' as const, start: 4, end: 18 };
    const at = text.indexOf('Treasury\'s');
    const joined = { text: 'Treasury\'s Office of Financial Crime Enforcement', type: 'organization' as const, start: at, end: at + 48 };
    const names = splitPossessiveBodies([full, joined]).map((e) => e.text);
    assert.deepEqual(names, ['Dutch Treasury', 'Treasury', 'Office of Financial Crime Enforcement']);
  });

  it('should keep a one-word possessive that no fuller body name ends in', () => {
    const at = 0;
    const joined = { text: 'Moody\'s Investors Service', type: 'organization' as const, start: at, end: at + 25 };
    assert.deepEqual(splitPossessiveBodies([joined]).map((e) => e.text), ['Moody\'s Investors Service']);
  });
});

describe('splitPossessiveBodies: a head word or an office as the one-word owner', () => {
  it('should not split off a bare head word or a sheriff as a body', () => {
    const text = 'The Lakeside Police Bureau opened a case. The Bureau\'s Missing Persons Unit leads it.';
    const full = { text: 'Lakeside Police Bureau', type: 'organization' as const, start: 4, end: 26 };
    const at = text.indexOf('Bureau\'s');
    const joined = { text: 'Bureau\'s Missing Persons Unit', type: 'organization' as const, start: at, end: at + 29 };
    assert.deepEqual(splitPossessiveBodies([full, joined]).map((e) => e.text), ['Lakeside Police Bureau', 'Bureau\'s Missing Persons Unit']);
  });
});
