import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { isCompassOfDemonym } from './compass-of-demonym.js';

function place(body: string, text: string, from = 0): Entity {
  const start = body.indexOf(text, from);
  return { text, type: 'location', start, end: start + text.length };
}

describe('a compass word of a people\'s adjective', () => {
  it('should be no place before the rest of the adjective', () => {
    const body = 'Envoys warned about North Korean programmers and South African banks.';
    assert.ok(isCompassOfDemonym(body, place(body, 'North')));
    assert.ok(isCompassOfDemonym(body, place(body, 'South')));
  });

  it('should stay a place alone or before a word that makes no adjective', () => {
    const body = 'Talks with the North stalled, and the South Side was calm. North Dakota voted.';
    assert.ok(!isCompassOfDemonym(body, place(body, 'North')));
    assert.ok(!isCompassOfDemonym(body, place(body, 'South')));
    assert.ok(!isCompassOfDemonym(body, place(body, 'North', 40)));
  });
});
