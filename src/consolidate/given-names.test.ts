import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameGivenName } from './given-names.js';

describe('sameGivenName', () => {
  it('should take a full given name and its common short forms, either way round, as one', () => {
    for (const [a, b] of [['will', 'william'], ['bill', 'william'], ['robert', 'bob'], ['kate', 'katherine'], ['tom', 'tom'], ['ray', 'raymond'], ['fred', 'frederick']]) assert.ok(sameGivenName(a!, b!), `${a} ${b}`);
  });

  it('should not join two short forms of different names, two full names, or a rare pet name', () => {
    for (const [a, b] of [['mo', 'maurice'], ['william', 'robert'], ['bill', 'bob'], ['will', 'willard'], ['ray', 'rayna'], ['raymond', 'roy']]) assert.ok(!sameGivenName(a!, b!), `${a} ${b}`);
  });
});
