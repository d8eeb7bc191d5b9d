import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeAssetDamage } from './asset-damage.js';

describe('describeAssetDamage', () => {
  it('should name the damage by the asset its act was done to, before the day', () => {
    assert.equal(describeAssetDamage('Among them is the Nordwind, whose anchor damaged the Orsa Link cable and the Tern gas pipeline on '), 'Damage to Orsa Link cable');
    assert.equal(describeAssetDamage('the freighter Finland suspects of dragging its anchor across the Vela power cable on '), 'Damage to Vela power cable');
  });

  it('should not read damage to an unnamed thing as such an event', () => {
    assert.equal(describeAssetDamage('the storm damaged a car and two sheds on '), null);
    assert.equal(describeAssetDamage('the company said on '), null);
  });
});
