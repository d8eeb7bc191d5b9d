import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { institutionCountries } from './institution-place.js';

function at(body: string, text: string, extra: Partial<Entity>, from = 0): Entity {
  const start = body.indexOf(text, from);
  return { text, type: 'organization', start, end: start + text.length, ...extra };
}

describe('institutionCountries', () => {
  it('should give a hospital written "in" a town the town\'s country, at every mention', () => {
    const body = 'Patients left Riverside General Hospital in Cork on Monday. Riverside General Hospital said so.';
    const found = [at(body, 'Riverside General Hospital', {}), at(body, 'Cork', { type: 'location', subtype: 'city', country: 'IE' }), at(body, 'Riverside General Hospital', {}, 30)];
    institutionCountries(body, found);
    assert.deepEqual(found.map((e) => e.country), ['IE', 'IE', 'IE']);
  });

  it('should leave a body of another kind where it acted', () => {
    const body = 'Greenpeace in Paris staged a protest.';
    const found = [at(body, 'Greenpeace', {}), at(body, 'Paris', { type: 'location', subtype: 'city', country: 'FR' })];
    institutionCountries(body, found);
    assert.equal(found[0]!.country, undefined);
  });
});
