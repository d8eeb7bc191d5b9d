import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToBlocks } from './html-blocks.js';
import { htmlLayout } from './html-layout.js';

function paragraphs(html: string): string[] {
  return htmlLayout(htmlToBlocks(html), {}).paragraphs;
}

const story = [
  'Flood water closed the ring road around Lowmoor for most of Sunday, the county council said.',
  'About 40 homes on the east bank were evacuated overnight and their residents housed in a school hall.',
  'The river peaked at 4.2 metres shortly after midnight, the highest level since gauges were installed.',
].map((s) => `<p>${s}</p>`).join('');

describe('a box of links to other stories inside the article', () => {
  it('should drop a "Read also" box, named so or not, whose teasers end the article', () => {
    for (const box of [
      '<div class="read-also"><h4>Read also</h4><p>Harbour cranes idle as dockers strike</p><p>Tram line to close for works</p></div>',
      '<div class="box"><h4>Lees ook</h4><p>Harbour cranes idle as dockers strike</p><p>Tram line to close for works</p></div>',
    ]) {
      const got = paragraphs(`<html><body><article><h1>Floods close ring road</h1>${story}${box}</article></body></html>`);
      assert.equal(got.length, 3, box);
      assert.ok(!got.some((p) => p.includes('Harbour cranes')), box);
    }
  });

  it('should keep the story that goes on after a "Read also" line mid-article', () => {
    const rest = Array.from({ length: 4 }, (_, i) => `<p>Engineers checked bridge ${i + 1} of the valley on Monday and found its piers sound after the flood.</p>`).join('');
    const got = paragraphs(`<html><body><article><h1>Floods close ring road</h1>${story}<h4>Read also</h4><p>Harbour cranes idle as dockers strike</p>${rest}</article></body></html>`);
    assert.ok(got.some((p) => p.includes('bridge 4')));
  });

  it("should keep the story's last paragraph after a one-link box (review75)", () => {
    const last = '<p>The council said the road would stay shut until engineers had inspected the embankment on Tuesday morning.</p>';
    const got = paragraphs(`<html><body><article><h1>Floods close ring road</h1>${story}<h3>Read also</h3><p>Harbour cranes idle as dockers strike</p>${last}</article></body></html>`);
    assert.ok(got.some((p) => p.includes('embankment')));
    assert.ok(!got.some((p) => p.includes('Harbour cranes')));
  });
});
