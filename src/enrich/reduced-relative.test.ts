import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { opensReducedRelative } from './reduced-relative.js';

function opens(body: string, name: string): boolean {
  const start = body.indexOf(name);
  return opensReducedRelative(body, start, start + name.length);
}

describe('opensReducedRelative', () => {
  it('should tell a name that opens a clause about the words before it, after an article', () => {
    assert.equal(opens("She is the widow of a sheriff's deputy Cole Danner murdered.", 'Cole Danner'), true);
    assert.equal(opens('said the daughter of the court reporter Danner killed, in tears', 'Danner'), true);
  });

  it('should not where the verb has its object, where no article stands before, or where the verb is no deed', () => {
    assert.equal(opens('The officer Ben Marsh shot the dog.', 'Ben Marsh'), false);
    assert.equal(opens("Sheriff's Deputy Ana Ruiz killed.", 'Ana Ruiz'), false);
    assert.equal(opens('the court reporter Ann Lee testified.', 'Ann Lee'), false);
  });
});
