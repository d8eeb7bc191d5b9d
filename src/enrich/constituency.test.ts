import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesAConstituency } from './constituency.js';

describe('namesAConstituency', () => {
  it("should read a town after 'MP for' or before 'MP' as a member's seat", () => {
    const body = 'Tom Vane, MP for Shrewsbury, and Ludlow MP Ann Hale spoke.';
    assert.equal(namesAConstituency(body, body.indexOf('Shrewsbury'), body.indexOf('Shrewsbury') + 10), true);
    assert.equal(namesAConstituency(body, body.indexOf('Ludlow'), body.indexOf('Ludlow') + 6), true);
  });

  it('should leave a town where an MP spoke alone', () => {
    const body = 'Tom Vane, an MP, spoke in Shrewsbury.';
    assert.equal(namesAConstituency(body, body.indexOf('Shrewsbury'), body.indexOf('Shrewsbury') + 10), false);
  });
});
