import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseLayout } from './layout.js';
import { briefHeadline } from './brief-headline.js';
import { textToBlocks } from './text-blocks.js';

const blocks = (lines: string[]) => textToBlocks(lines.join('\n')).blocks;

describe('briefHeadline', () => {
  it('should take the one-sentence line under a dated masthead as the headline, without its full stop', () => {
    const lines = ['Quayside Desk Brief -- 5 May 2027', 'Ferry operator Norvik trims its route plan, fares rise 6.5% in Bergen.', 'The company now expects to run nine crossings a day, down from twelve.'];
    assert.equal(briefHeadline(blocks(lines), 0), 'Ferry operator Norvik trims its route plan, fares rise 6.5% in Bergen');
  });

  it('should take no headline from a paragraph of two sentences, a dateline or a line too short', () => {
    assert.equal(briefHeadline(blocks(['Quayside Desk Brief -- 5 May 2027', 'Fares rose on Monday. The operator blamed fuel costs for the rise.']), 0), null);
    assert.equal(briefHeadline(blocks(['Quayside Desk Brief -- 5 May 2027', 'May 5, 2027']), 0), null);
    assert.equal(briefHeadline(blocks(['Quayside Desk Brief -- 5 May 2027', 'Fares up.']), 0), null);
  });
});

describe('analyseLayout, the headline of a brief', () => {
  it('should give the brief a headline and keep that line as the first paragraph of its body', () => {
    const lines = ['Quayside Desk Brief -- 5 May 2027', 'Ferry operator Norvik trims its route plan, fares rise 6.5% in Bergen.', 'The company now expects to run nine crossings a day, down from twelve.'];
    const layout = analyseLayout(blocks(lines), {});
    assert.equal(layout.outlet, 'Quayside Desk Brief');
    assert.equal(layout.publishedAt, '2027-05-05');
    assert.equal(layout.headline, 'Ferry operator Norvik trims its route plan, fares rise 6.5% in Bergen');
    assert.deepEqual(layout.paragraphs, lines.slice(1));
  });

  it('should leave a page with a headline of its own as it was', () => {
    const lines = ['Harbour Post', 'Crane failure shuts two berths in Kiel', 'The port of Kiel closed two berths on Wednesday after a crane failed, the operator said.'];
    const layout = analyseLayout(blocks(lines), {});
    assert.equal(layout.headline, 'Crane failure shuts two berths in Kiel');
    assert.ok(!layout.paragraphs.includes(lines[1]!));
  });
});
