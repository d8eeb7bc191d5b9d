import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nameBeforeSection, readsAsSection } from './section-masthead.js';
import { analyseLayout } from './layout.js';
import { textToBlocks } from './text-blocks.js';

describe('section masthead: "Name | Section"', () => {
  it('reads the name before one section label', () => {
    assert.equal(nameBeforeSection('Harbour Trade Monitor | Ports & Shipping'), 'Harbour Trade Monitor');
    assert.equal(nameBeforeSection('Valley Ledger | World'), 'Valley Ledger');
  });
  it('leaves a menu, a sentence after the bar, or no bar', () => {
    assert.equal(nameBeforeSection('Valley Ledger | World | Sport'), null);
    assert.equal(nameBeforeSection('Valley Ledger | floods close the ring road'), null);
    assert.equal(nameBeforeSection('Valley Ledger'), null);
    assert.ok(!readsAsSection('Ferry operator cuts winter sailings'));
  });
  it('gives a copied page its outlet and its headline past the share bar', () => {
    const text = [
      'Harbour Trade Monitor | Ports & Shipping',
      'Customs seize container of counterfeit brake pads at Port Ellery',
      'Share  Tweet  Save',
      'Customs officers at Port Ellery on Monday seized a container holding some 40,000 counterfeit brake pads bound for garages inland, the port authority said.',
      'The pads carried the marks of two carmakers and failed a basic heat test, inspectors said in a statement.',
    ].join('\n\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Customs seize container of counterfeit brake pads at Port Ellery');
    assert.equal(layout.outlet, 'Harbour Trade Monitor');
  });
  it('takes no outlet from a place and a section, whose name has no outlet word', () => {
    const text = [
      'Port Ellery | Ports & Shipping',
      'Customs seize container of counterfeit brake pads at Port Ellery',
      'Customs officers at Port Ellery on Monday seized a container holding some 40,000 counterfeit brake pads bound for garages inland, the port authority said.',
      'The pads carried the marks of two carmakers and failed a basic heat test, inspectors said in a statement.',
    ].join('\n\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.outlet, null);
  });
});
