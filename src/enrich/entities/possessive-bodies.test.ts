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
