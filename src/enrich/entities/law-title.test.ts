import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { isLawTitle, withoutLawTitleParts, withoutLawTitles } from './law-title.js';

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

  it('should drop the pieces of a law title split at its brackets, and keep a body before brackets', () => {
    const body = 'MPs backed the Harbour Safety (Pilot Fees) Bill on Tuesday. The Harbour Safety (Pilots) Board objected.';
    const at = (text: string, from = 0): number => body.indexOf(text, from);
    const entities: Entity[] = [
      { text: 'Harbour Safety', type: 'organization', start: at('Harbour Safety'), end: at('Harbour Safety') + 14 },
      { text: 'Bill', type: 'person', start: at('Bill'), end: at('Bill') + 4 },
      { text: 'Harbour Safety', type: 'organization', start: at('Harbour Safety', 40), end: at('Harbour Safety', 40) + 14 },
    ];
    assert.deepEqual(withoutLawTitleParts(body, entities).map((e) => [e.text, e.start]), [['Harbour Safety', at('Harbour Safety', 40)]]);
  });
});
