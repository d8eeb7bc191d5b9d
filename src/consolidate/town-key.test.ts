import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { townKey } from './town-key.js';

describe('townKey', () => {
  it('should read a town written with its US state or district as the town', () => {
    assert.equal(townKey('Washington, D.C.'), townKey('Washington'));
    assert.equal(townKey('Springfield, Ill.'), townKey('Springfield'));
  });

  it('should keep other names whole, folding accents and case', () => {
    assert.equal(townKey('Gdańsk'), townKey('GDANSK'));
    assert.notEqual(townKey('Paris, Kentucky, Bourbon'), townKey('Paris'));
    assert.notEqual(townKey('Kingston, Jamaica'), townKey('Kingston'));
  });
});
