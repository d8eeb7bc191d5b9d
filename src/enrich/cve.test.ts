import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCves, normaliseCve } from './cve.js';

describe('findCves', () => {
  it('should give each id once, upper case with hyphens, in the order first named', () => {
    assert.deepEqual(findCves('The flaw, cve-2023-12345, was chained with CVE-2021-0044; CVE-2023-12345 was patched first.'), ['CVE-2023-12345', 'CVE-2021-0044']);
  });

  it('should read ids a page wrote with spaces, en dashes or non-breaking hyphens', () => {
    assert.deepEqual(findCves('Tracked as CVE 2022 7788 and CVE\u20132020\u20131111, and CVE\u20112019\u20110101 in the advisory.'), ['CVE-2022-7788', 'CVE-2020-1111', 'CVE-2019-0101']);
  });

  it('should not take numbers that are no CVE id', () => {
    assert.deepEqual(findCves('CVE-24-3400 is malformed, CVE-2024-12 too short, and CVE-2024-34001234 too long; a CVE score of 2024 9.8 is no id.'), []);
  });
});

describe('normaliseCve', () => {
  it('should accept one id in any form and refuse anything else', () => {
    assert.equal(normaliseCve(' cve 2024 5566 '), 'CVE-2024-5566');
    assert.equal(normaliseCve('CVE-2024-5566, CVE-2024-5567'), null);
    assert.equal(normaliseCve('2024-5566'), null);
  });
});
