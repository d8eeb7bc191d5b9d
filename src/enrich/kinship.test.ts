import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { kinAfter } from './kinship.js';

function person(body: string, name: string): Entity {
  const start = body.lastIndexOf(name);
  return { text: name, type: 'person', start, end: start + name.length };
}

describe('kinAfter', () => {
  it('should read the kinship an apposition gives, with the relative it names', () => {
    const body = 'Kim Yo Jong, the powerful younger sister of Kim Jong Un, warned Seoul.';
    const found = kinAfter(body, 'Kim Yo Jong'.length, [person(body, 'Kim Yo Jong'), person(body, 'Kim Jong Un')]);
    assert.equal(found?.role, 'sister of Kim Jong Un');
    assert.equal(found?.relative.text, 'Kim Jong Un');
  });

  it('should take no kinship from a list of names or a relative named elsewhere in the sentence', () => {
    const body = 'Kim Yo Jong, Choe Son Hui and Kim Jong Un attended.';
    assert.equal(kinAfter(body, 'Kim Yo Jong'.length, [person(body, 'Kim Yo Jong'), person(body, 'Choe Son Hui'), person(body, 'Kim Jong Un')]), null);
  });
});
