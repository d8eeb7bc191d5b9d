import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isMenuLine } from './menu-line.js';

describe('isMenuLine', () => {
  it("should read a bar of short link words as a site's menu", () => {
    assert.ok(isMenuLine('Home | Warnings | Port Notices | About Us'));
    assert.ok(isMenuLine('News|Sport|Weather'));
  });

  it('should leave a headline with bars in it and a line of two items', () => {
    assert.ok(!isMenuLine('Ferry strike halts crossings | Travel | The Island Courier'));
    assert.ok(!isMenuLine('Home | Contact'));
    assert.ok(!isMenuLine('Port reopens after 3 days | Shipping | Ports'));
  });
});
