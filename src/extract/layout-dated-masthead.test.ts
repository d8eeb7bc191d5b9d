import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseLayout } from './layout.js';
import { textToBlocks } from './text-blocks.js';

describe('analyseLayout, a brief that opens with its name and day', () => {
  it('should take the outlet and the publication day from the opening line and keep it out of the body', () => {
    const text = ['Harbour Desk Brief -- 3 March 2027', 'The port of Kiel closed two berths on Wednesday after a crane failed.', 'Repairs are expected to take a week, the operator said.'].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.outlet, 'Harbour Desk Brief');
    assert.equal(layout.publishedAt, '2027-03-03');
    assert.ok(!layout.paragraphs.some((p) => p.includes('Desk Brief')));
  });
});
