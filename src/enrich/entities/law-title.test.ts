import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { isLawTitle, withoutLawTitles } from './law-title.js';

describe('a law read as a body', () => {
  it('should take a title ending in Act, Bill or Ordinance, with or without a year, as a law', () => {
    assert.equal(isLawTitle('Water Safety Act'), true);
    assert.equal(isLawTitle('Harbour Fees Bill 2027'), true);
    assert.equal(isLawTitle('Noise Control Ordinance'), true);
  });

  it('should leave bodies whose names hold no such word, or only a lower-case act, alone', () => {
    assert.equal(isLawTitle('Water Safety Board'), false);
    assert.equal(isLawTitle('Act'), false);
    assert.equal(isLawTitle('Acts of Mercy Trust'), false);
  });

  it('should drop the law from the entities and keep the rest', () => {
    const entities: Entity[] = [
      { text: 'Coastal Fisheries Act', type: 'organization', start: 0, end: 21 },
      { text: 'Coastal Fisheries Authority', type: 'organization', start: 30, end: 57 },
    ];
    assert.deepEqual(withoutLawTitles(entities).map((e) => e.text), ['Coastal Fisheries Authority']);
  });
});
