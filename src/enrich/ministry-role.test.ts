import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../model/types.js';
import { ministryOpening } from './ministry-role.js';

const none = (): string | null => null;

describe('ministryOpening', () => {
  it("should read the ministry a role opens with, in either case, with the dateline's country where the article gives the ministry none", () => {
    assert.deepEqual(ministryOpening('Foreign ministry spokesperson', [], () => 'KR'), { organization: 'Foreign Ministry', country: 'KR' });
    assert.deepEqual(ministryOpening('External Affairs Ministry spokesperson', [], () => 'IN'), { organization: 'External Affairs Ministry', country: 'IN' });
    assert.deepEqual(ministryOpening('foreign ministry spokeswoman', [], () => 'CN'), { organization: 'Foreign Ministry', country: 'CN' });
  });

  it('should take the country the article gives the same ministry before the dateline\'s', () => {
    const entities: Entity[] = [{ text: 'Ministry of Foreign Affairs', type: 'organization', start: 0, end: 27, country: 'JP' }];
    assert.deepEqual(ministryOpening('Foreign ministry spokesman', entities, () => 'KR'), { organization: 'Foreign Ministry', country: 'JP' });
  });

  it("should read nothing from a role that opens with no ministry, or with a country's word", () => {
    assert.equal(ministryOpening('Justice Department spokesman', [], none), null);
    assert.equal(ministryOpening('Japanese Foreign ministry spokesman', [], none), null);
    assert.equal(ministryOpening('Foreign Ministry', [], none), null);
    assert.equal(ministryOpening('senior ministry official', [], none), null);
  });
});
