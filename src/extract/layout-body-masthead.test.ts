import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseLayout } from './layout.js';
import { textToBlocks } from './text-blocks.js';

describe('analyseLayout, a public body\'s release with a label and a date line under its masthead', () => {
  it('should take the title under the date line as the headline and the masthead as the issuer', () => {
    const text = [
      'MINISTRY OF WATER - REPUBLIC OF KESTRIA',
      'PRESS RELEASE',
      'Published: 4 May 2027',
      'Rationing lifted in the eastern districts',
      'The Minister of Water announced on Tuesday that rationing in the eastern districts would end at midnight.',
      'Supplies have returned to normal levels, the ministry said.',
    ].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Rationing lifted in the eastern districts');
    assert.equal(layout.outlet, 'Ministry of Water, Republic of Kestria');
  });

  it('should keep a masthead-like line as the headline where no title follows', () => {
    const text = ['MINISTRY OF WATER', 'Published: 4 May 2027', 'The Minister of Water announced on Tuesday that rationing in the eastern districts would end at midnight.'].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'MINISTRY OF WATER');
  });
});
