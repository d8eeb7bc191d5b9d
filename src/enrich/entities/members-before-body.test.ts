import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { bodiesWithoutMembers } from './members-before-body.js';

const org = (body: string, text: string): Entity => ({ text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length });

// ux75b fault 12: "Officers of Kyrgyzstan's State Committee for National Security" listed as one body.
describe('bodiesWithoutMembers', () => {
  it("should cut the body's people and the country's possessive off the body's name", () => {
    const body = "Officers of Kyrgyzstan's State Committee for National Security detained him.";
    const entities = [org(body, "Officers of Kyrgyzstan's State Committee for National Security")];
    bodiesWithoutMembers([], entities);
    assert.deepEqual(entities.map((e) => [e.text, body.slice(e.start, e.end)]), [['State Committee for National Security', 'State Committee for National Security']]);
  });

  it("should leave a body whose name opens with its members' word", () => {
    const body = 'Friends of the Earth and Soldiers of Odin and Officers of Grace marched.';
    const entities = [org(body, 'Friends of the Earth'), org(body, 'Soldiers of Odin'), org(body, 'Officers of Grace')];
    bodiesWithoutMembers([], entities);
    assert.deepEqual(entities.map((e) => e.text), ['Friends of the Earth', 'Soldiers of Odin', 'Officers of Grace']);
  });
});
