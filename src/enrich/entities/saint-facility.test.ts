import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { saintsFacilities } from './saint-facility.js';

function span(body: string, text: string, type: Entity['type']): Entity {
  const start = body.indexOf(text);
  return { text, type, start, end: start + text.length };
}

describe('saintsFacilities', () => {
  it("should join a saint's name and the facility after its possessive into one body of the facility's type", () => {
    const body = "She was flown to St. Aidan's Regional Hospital on Sunday.";
    const found = [span(body, 'St. Aidan', 'location'), span(body, 'Regional Hospital', 'organization')];
    saintsFacilities(body, found);
    assert.deepEqual(found.map((e) => [e.type, e.text]), [['organization', "St. Aidan's Regional Hospital"]]);
  });

  it('should join a church whose saint the tagger read as a person, as a place', () => {
    const body = "Mourners gathered at Saint Brigid's Church in the evening.";
    const found = [span(body, 'Saint Brigid', 'person')];
    saintsFacilities(body, found);
    assert.deepEqual(found.map((e) => [e.type, e.text]), [['location', "Saint Brigid's Church"]]);
  });

  it('should leave a name already whole, a saint with no facility after it, and a name that runs past the facility', () => {
    for (const [body, parts] of [
      ["He works at St. Ann's Hospital now.", [["St. Ann's Hospital", 'location']]],
      ["St. Ann's feast day fell on Sunday.", [['St. Ann', 'person']]],
      ["St. Ann's Hospital Foundation gave money.", [["St. Ann's Hospital Foundation", 'organization']]],
    ] as const) {
      const found = parts.map(([text, type]) => span(body, text, type));
      const before = JSON.stringify(found);
      saintsFacilities(body, found);
      assert.equal(JSON.stringify(found), before, body);
    }
  });
});
