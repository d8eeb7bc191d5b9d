import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { beforeWithheldSurname, withheldSurnamesWhole } from './withheld-surname.js';

// ux72b fault 7: a Mexican suspect written with his family name withheld was listed cut ('Jorge Luis "N').
describe('withheld family names', () => {
  it('should read a name cut inside the quotes of a withheld family name whole', () => {
    const body = 'Prosecutors arrested Mario Alberto "N" on Monday.';
    const text = 'Mario Alberto "N';
    const entities: Entity[] = [{ text, type: 'person', start: body.indexOf(text), end: body.indexOf(text) + text.length }];
    withheldSurnamesWhole(body, entities);
    assert.equal(entities[0]!.text, 'Mario Alberto "N"');
  });

  it('should give the same given names for the quoted and the dotted writings, and none for a full name', () => {
    assert.equal(beforeWithheldSurname('Mario Alberto "N"'), 'mario alberto');
    assert.equal(beforeWithheldSurname('Mario Alberto N.'), 'mario alberto');
    assert.equal(beforeWithheldSurname('Mario Alberto Ruiz'), null);
  });
});
