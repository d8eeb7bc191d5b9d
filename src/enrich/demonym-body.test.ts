import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withDemonym } from './demonym-body.js';
import type { Entity } from '../model/types.js';

describe('withDemonym', () => {
  it("should give a body the people's word written before it, and that word's country", () => {
    const body = 'Rein Kallas of the Latvian Road Safety Board spoke.';
    const entity: Entity = { text: 'Road Safety Board', type: 'organization', start: body.indexOf('Road'), end: body.indexOf(' spoke') };
    assert.deepEqual([withDemonym(body, entity).text, withDemonym(body, entity).country, withDemonym(body, entity).start], ['Latvian Road Safety Board', 'LV', body.indexOf('Latvian')]);
    // Not an ordinary capitalised word.
    const other = 'Rein Kallas of the Main Road Safety Board spoke.';
    const plain: Entity = { text: 'Road Safety Board', type: 'organization', start: other.indexOf('Road'), end: other.indexOf(' spoke') };
    assert.equal(withDemonym(other, plain).text, 'Road Safety Board');
  });
});
