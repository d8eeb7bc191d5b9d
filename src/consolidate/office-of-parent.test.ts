import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { officeOfParent } from './office-of-parent.js';

describe('officeOfParent', () => {
  it('should split an office from the parent body written before it in the possessive', () => {
    assert.deepEqual(officeOfParent("US Treasury's Office of Foreign Assets Control"), { parent: 'US Treasury', office: 'Office of Foreign Assets Control' });
    assert.deepEqual(officeOfParent('Justice Department’s Bureau of Prisons'), { parent: 'Justice Department', office: 'Bureau of Prisons' });
  });

  it("should leave whole a name whose possessive is its own ('McDonald's Corporation')", () => {
    assert.equal(officeOfParent("McDonald's Corporation"), null);
    assert.equal(officeOfParent("St. Jude's Children's Research Hospital"), null);
    assert.equal(officeOfParent('Office of Foreign Assets Control'), null);
  });
});
