import { readFileSync } from 'node:fs';
import { textToBlocks } from './src/extract/text-blocks.js';
import { analyseLayout } from './src/extract/layout.js';
for (const f of ['000_8ab4f45759b91657.txt', '001_da465ae2f55f72ee.txt']) {
  const tb = textToBlocks(readFileSync('../shared/seeds/' + f, 'utf8'));
  const l = analyseLayout(tb.blocks, { crawlDate: tb.crawlDate });
  console.log(JSON.stringify({ ...l, paragraphs: l.paragraphs.map(p => p.slice(0, 60) + '…' + p.slice(-20)) }, null, 1));
}
