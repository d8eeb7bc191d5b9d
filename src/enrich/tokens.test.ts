import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from './tokens.js';

describe('tokenize', () => {
  it('should flag possessives and capitals as the patterns /[\'’]s$/ and /^\\p{Lu}/u do, beyond ASCII too', () => {
    const text = "Seoul's mayor, Émile's aide, the boss’s car, ÖBB, ørsted, Ωmega, 's, it's, Jun-il, U.S., 9th, ǅemal";
    for (const t of tokenize(text)) {
      assert.equal(t.possessive, /['’]s$/.test(t.text) && t.text.length > 2, t.text);
      assert.equal(t.upper, /^\p{Lu}/u.test(t.text), t.text);
      assert.equal(t.bare, t.possessive ? t.text.slice(0, -2) : t.text, t.text);
    }
    assert.deepEqual(tokenize("Émile's").map((t) => [t.bare, t.possessive, t.upper]), [['Émile', true, true]]);
  });
});
