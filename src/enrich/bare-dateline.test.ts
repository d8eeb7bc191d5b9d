import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capitalForBareDateline } from './bare-dateline.js';

describe('capitalForBareDateline', () => {
  it('should read a bare dateline of a small US namesake as the foreign capital', () => {
    assert.equal(capitalForBareDateline('Brussels', { country: 'US' }, 'BRUSSELS - The bloc followed the US Treasury.')?.country, 'BE');
    assert.equal(capitalForBareDateline('Moscow', { country: 'US' }, 'MOSCOW - Officials met the American envoy.')?.country, 'RU');
  });

  it('should keep the US town where the text names its state, where a large US city has the name, or where no capital has it', () => {
    assert.equal(capitalForBareDateline('Brussels', { country: 'US' }, 'BRUSSELS - A barn burned near Green Bay, Wisconsin.'), null);
    assert.equal(capitalForBareDateline('Athens', { country: 'US' }, 'ATHENS - The US embassy said.'), null);
    assert.equal(capitalForBareDateline('Springfield', { country: 'US' }, 'SPRINGFIELD - Police said.'), null);
    assert.equal(capitalForBareDateline('Brussels', { country: 'BE' }, 'BRUSSELS - The bloc met.'), null);
  });
});
