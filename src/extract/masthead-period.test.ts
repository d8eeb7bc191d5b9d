import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyseLayout } from './layout.js';
import { textToBlocks } from './text-blocks.js';

const page = (...lines: string[]) => analyseLayout(textToBlocks(lines.join('\n')).blocks, {});
const lead = 'Underwriters in Kelvar raised premiums for ships crossing the southern straits on Monday, after two carriers were struck last week.';
const more = 'Brokers said the added premium had risen to 0.7 percent of a hull value.';

describe('mastheadOutlet, a trade title named by its week or its day, in capitals on the first line', () => {
  it('should read the capitalised first line as the outlet, with the headline under it', () => {
    for (const [line, outlet] of [
      ['MARINE INSURANCE WEEK', 'Marine Insurance Week'],
      ['FREIGHT RATES TODAY', 'Freight Rates Today'],
      ['GULF SHIPPING DAILY', 'Gulf Shipping Daily'],
      ['THE HARBOUR LEDGER', 'The Harbour Ledger'],
    ]) {
      const layout = page(line, 'Underwriters raise premiums for strait transits', lead, more);
      assert.equal(layout.outlet, outlet, line);
      assert.equal(layout.headline, 'Underwriters raise premiums for strait transits', line);
    }
  });

  it('should take no headline in capitals, no date, call or section, no event the story tells of, and no mixed case', () => {
    assert.equal(page('FLOODS CUT OFF THREE TOWNS', 'Floodwater cut off three towns in the Dravell valley on Sunday after the river burst its banks, officials said.', more).outlet, null);
    for (const line of ['THIS WEEK', 'NEXT WEEK', 'DONATE TODAY', 'JOIN US TODAY', 'MOST READ THIS WEEK', 'Marine Insurance Week']) {
      assert.equal(page(line, 'Underwriters raise premiums for strait transits', lead, more).outlet, null, line);
    }
    const show = page('KELVAR FASHION WEEK', 'Designers show spring lines on the quay', 'Kelvar Fashion Week opened on Monday with forty shows on the old quay.', more);
    assert.equal(show.outlet, null);
  });
});
