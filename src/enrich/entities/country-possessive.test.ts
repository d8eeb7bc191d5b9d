import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { bodiesWithoutCountryPossessive } from './country-possessive.js';

describe("a country's possessive read as part of a body's name", () => {
  it('should make the country a place and give its body the name without it, and the country', () => {
    const body = "Later, Kenya's Ministry of Water opened two wells.";
    const text = "Kenya's Ministry of Water";
    const out = bodiesWithoutCountryPossessive([{ text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length }]);
    assert.deepEqual(out.map((e) => [e.text, e.type, e.country, body.slice(e.start, e.end)]), [
      ['Kenya', 'location', 'KE', 'Kenya'],
      ['Ministry of Water', 'organization', 'KE', 'Ministry of Water'],
    ]);
  });

  it("should leave a possessive that is no country's, and a country's word that names no body, alone", () => {
    const entities: Entity[] = [
      { text: "Children's Hospital of Tula", type: 'organization', start: 0, end: 27 },
      { text: "Kenya's Golden Harvest", type: 'organization', start: 30, end: 52 },
    ];
    assert.deepEqual(bodiesWithoutCountryPossessive(entities).map((e) => e.text), ["Children's Hospital of Tula", "Kenya's Golden Harvest"]);
  });
});
