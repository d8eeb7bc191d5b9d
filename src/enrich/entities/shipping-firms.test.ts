import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { shippingFirms } from './shipping-firms.js';

function at(body: string, text: string, type: Entity['type'], from = 0): Entity {
  const start = body.indexOf(text, from);
  return { text, type, start, end: start + text.length };
}

describe('shippingFirms', () => {
  it('should make a name ending in a shipping trade word a firm, at every mention', () => {
    const body = 'The Norwegian owner Lindvik Bulk said the crew was safe. Lindvik Bulk, run by a family from Bergen for three generations, operates nine ships.';
    const out = shippingFirms(body, [at(body, 'Lindvik Bulk', 'person'), at(body, 'Lindvik Bulk', 'person', 40)]);
    assert.deepEqual(out.map((e) => e.type), ['organization', 'organization']);
    const tankers = 'Reports said Oster Tankers had lost contact with the vessel.';
    assert.equal(shippingFirms(tankers, [at(tankers, 'Oster Tankers', 'person')])[0]!.type, 'organization');
  });

  it('should keep a person whose surname is Bulk or Marine where nothing shows a firm', () => {
    const body = 'The coach, Jonah Marine, said the team had trained hard.';
    assert.equal(shippingFirms(body, [at(body, 'Jonah Marine', 'person')])[0]!.type, 'person');
  });

  it('should take the home city off a shipping firm named with it, giving the firm its country, and make no place of it', () => {
    const body = 'The ship is managed by Selvik Maritime of Dubai, which declined to comment.';
    const out = shippingFirms(body, [at(body, 'Selvik Maritime of Dubai', 'organization')]);
    assert.deepEqual(out.map((e) => [e.type, e.text, e.country]), [['organization', 'Selvik Maritime', 'AE']]);
    assert.equal(body.slice(out[0]!.start, out[0]!.end), 'Selvik Maritime');
  });

  it('should leave a body whose name holds its city, such as a central bank or a university', () => {
    const body = 'The Bank of England and the University of Oslo signed the letter.';
    const out = shippingFirms(body, [at(body, 'Bank of England', 'organization'), at(body, 'University of Oslo', 'organization')]);
    assert.deepEqual(out.map((e) => e.text), ['Bank of England', 'University of Oslo']);
  });
});

describe('shippingFirms: surnames and a city named as its country', () => {
  it('should keep a person called Lines where no owner or operator is said', () => {
    const body = 'A witness, Mara Lines, said she heard six shots.';
    assert.equal(shippingFirms(body, [at(body, 'Mara Lines', 'person')])[0]!.type, 'person');
  });

  it('should split a firm\'s seat that bears its country\'s name', () => {
    const body = 'The cargo was booked through Orvik Logistics of Djibouti last month.';
    const out = shippingFirms(body, [at(body, 'Orvik Logistics of Djibouti', 'organization')]);
    assert.deepEqual(out.map((e) => [e.text, e.country]), [['Orvik Logistics', 'DJ']]);
  });
});
