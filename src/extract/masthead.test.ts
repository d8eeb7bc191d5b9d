import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from './block.js';
import { mastheadOutlet } from './masthead.js';

const blocks = (...lines: string[]): Block[] => lines.map((text) => ({ text, tag: 'p', linkDensity: 0, inArticle: false }));

describe('mastheadOutlet', () => {
  it("should take the masthead line or the navigation bar's first item above the headline", () => {
    assert.equal(mastheadOutlet(blocks('THE CAPITAL OBSERVER', 'Politics | National Security | Economy | Opinion', 'Five charged in IT worker scheme'), 2), 'The Capital Observer');
    assert.equal(mastheadOutlet(blocks('Harbor Wire | World | Asia-Pacific | Markets', 'Subscribe for $1 a week', 'Allies warn firms over IT workers'), 2), 'Harbor Wire');
  });

  it('should take no section, page furniture, date or sentence, and nothing below the headline', () => {
    assert.equal(mastheadOutlet(blocks('Politics | National Security | Economy', 'Menu', 'Monday, March 3', 'Five charged in IT worker scheme'), 3), null);
    assert.equal(mastheadOutlet(blocks('Breaking News', 'Five charged in IT worker scheme'), 1), null);
    assert.equal(mastheadOutlet(blocks('Five charged in IT worker scheme', 'HARBOR WIRE'), 0), null);
    assert.equal(mastheadOutlet(blocks('Police said the man fled.', 'Five charged'), 1), null);
  });

  it("should take a line alone only when it names an outlet: no topic's kicker, author or link above the headline", () => {
    for (const line of ['North Korea', 'Middle East', 'Cybersecurity', 'JOHN SMITH', 'Contact Us', 'Donate', 'Sponsored Content', 'Special Report', 'Register']) {
      assert.equal(mastheadOutlet(blocks(line, 'Five charged in IT worker scheme'), 1), null, line);
    }
    assert.equal(mastheadOutlet(blocks('PACIFIC DISPATCH', 'Five charged in IT worker scheme'), 1), 'Pacific Dispatch');
  });
});
