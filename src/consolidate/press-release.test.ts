import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPressRelease } from './press-release.js';

describe('isPressRelease', () => {
  it('should know a release by the label it opens with', () => {
    assert.equal(isPressRelease({ headline: 'Port Authority Opens New Berth', body: 'Press Release No. 44/2027\n\nThe port authority today opened a fourth berth.' }), true);
    assert.equal(isPressRelease({ headline: 'Port Authority Opens New Berth', body: 'FOR IMMEDIATE RELEASE\n\nThe port authority today opened a fourth berth.' }), true);
    assert.equal(isPressRelease({ headline: 'Media release: new berth opens', body: 'The port authority today opened a fourth berth.' }), true);
  });

  it('should not take a news report that cites a release for one', () => {
    assert.equal(isPressRelease({ headline: 'Kiel opens fourth berth', body: 'The port authority opened a fourth berth on Monday, it said in a press release.' }), false);
    assert.equal(isPressRelease({ headline: null, body: 'A news release from the council gave no reason for the closure.' }), false);
  });
});

describe('isPressRelease: an office\'s own page', () => {
  it('should take a page whose outlet is a ministry or an office as a release, and not a newspaper\'s', () => {
    const body = 'The minister has decided to close the northern crossing from Monday.';
    assert.ok(isPressRelease({ headline: 'Northern crossing to close', body, outlet: 'Ministry of Transport, Republic of Kestria' }));
    assert.ok(isPressRelease({ headline: 'Northern crossing to close', body, outlet: 'Office of the Prime Minister' }));
    assert.ok(!isPressRelease({ headline: 'Northern crossing to close', body, outlet: 'Kestria Daily Ledger' }));
    assert.ok(!isPressRelease({ headline: 'Northern crossing to close', body, outlet: null }));
  });
});
