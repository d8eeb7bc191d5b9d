import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from './block.js';
import { mastheadOutlet } from './masthead.js';

const blocks = (...lines: string[]): Block[] => lines.map((text) => ({ text, tag: 'p', linkDensity: 0, inArticle: false }));

// ux71a fault 9: a masthead named "<town> Today" was read as a word of dates, and the file's name stood
// for the outlet.
describe('mastheadOutlet, a name that ends in Today', () => {
  it('should take "Halabja Today" and "HALABJA TODAY" above the menu and the headline', () => {
    for (const masthead of ['Halabja Today', 'HALABJA TODAY']) {
      const page = blocks(masthead, 'Home | Kurdistan | Iraq | Opinion | Contact', 'Gunmen attack aid convoy on mountain road');
      assert.equal(mastheadOutlet(page, 2), 'Halabja Today', masthead);
    }
  });

  it('should take no "Today" alone, no furniture or date before it, and no line in lower case', () => {
    for (const line of ['Today', 'Updated today', "Today's Paper", 'Monday Today', 'Trending Today', 'Subscribe Today']) {
      assert.equal(mastheadOutlet(blocks(line, 'Gunmen attack aid convoy on mountain road'), 1), null, line);
    }
  });

  it('should take no section label or call that ends in Today, only a place before it (review72 fault 8)', () => {
    for (const line of ['Weather Today', 'Top Stories Today', 'Most Read Today', 'Donate Today', 'Markets Today', 'Join Us Today']) {
      assert.equal(mastheadOutlet(blocks(line, 'Home | World | Sport', 'Gunmen attack aid convoy on mountain road'), 2), null, line);
    }
  });

  it("should take a name the gazetteer lacks before Today only on the page's first line over the menu (ux75a fault 13)", () => {
    assert.equal(mastheadOutlet(blocks('Sapmi Today', 'News | Politics | Economy', 'Rockfall closes mine road near Kiruna'), 2), 'Sapmi Today');
    assert.equal(mastheadOutlet(blocks('Sapmi Today', 'Rockfall closes mine road near Kiruna'), 1), null);
  });
});
