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

  it('should not make a body of a post or a people written in the possessive', () => {
    assert.equal(officeOfParent("Governor's Office of Emergency Services"), null);
    assert.equal(officeOfParent("California Governor's Office of Emergency Services"), null);
    assert.equal(officeOfParent("Attorney General's Office of Special Investigations"), null);
    assert.equal(officeOfParent("People's Committee of Hanoi"), null);
    assert.equal(officeOfParent("Women's Commission for Refugee Affairs"), null);
  });

  it('should take a parent of one word only where the caller knows it as a body', () => {
    assert.equal(officeOfParent("Treasury's Office of Foreign Assets Control"), null);
    assert.deepEqual(officeOfParent("Treasury's Office of Foreign Assets Control", (parent) => parent === 'Treasury'), { parent: 'Treasury', office: 'Office of Foreign Assets Control' });
  });
});
