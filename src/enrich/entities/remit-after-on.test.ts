import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { bodiesWithRemits } from './remit-after-on.js';

function at(body: string, text: string, type: Entity['type'] = 'organization'): Entity {
  return { text, type, start: body.indexOf(text), end: body.indexOf(text) + text.length };
}

describe('a body whose name goes on with "on" and its remit', () => {
  it('should keep the remit in capitals as part of the name', () => {
    const body = 'The Standing Committee on Inland Waterways and Ports met in March.';
    const [e] = bodiesWithRemits(body, [at(body, 'Standing Committee')]);
    assert.equal(e!.text, 'Standing Committee on Inland Waterways and Ports');
  });

  it('should take in a piece of the remit the tagger read as a body of its own', () => {
    const body = 'A Working Group on Seed Security report came out.';
    const out = bodiesWithRemits(body, [at(body, 'Working Group'), at(body, 'Seed Security')]);
    assert.deepEqual(out.map((e) => e.text), ['Working Group on Seed Security']);
  });

  it('should leave a day, a lower-case remit and a place after "on" out of the name', () => {
    const body = 'The Grain Council on Friday voted. The Grain Board on wheat prices. The Grain Forum on Norland spoke.';
    const out = bodiesWithRemits(body, [at(body, 'Grain Council'), at(body, 'Grain Board'), at(body, 'Grain Forum'), at(body, 'Norland', 'location')]);
    assert.deepEqual(out.map((e) => e.text), ['Grain Council', 'Grain Board', 'Grain Forum', 'Norland']);
  });
});
