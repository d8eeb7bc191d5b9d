import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTitledByline } from './byline.js';
import { analyseLayout } from './layout.js';
import { textToBlocks } from './text-blocks.js';

describe('parseTitledByline', () => {
  it('should read a name and its desk title as the byline, with the place or outlet after them', () => {
    assert.deepEqual(parseTitledByline('Tendai Moyo, Health Correspondent'), { authors: ['Tendai Moyo'], agency: null, outlet: null });
    assert.deepEqual(parseTitledByline('Rosa Quill, Staff Writer'), { authors: ['Rosa Quill'], agency: null, outlet: null });
    assert.deepEqual(parseTitledByline('Idris Vantongeren, Southern Africa Bureau Chief, Kelvar'), { authors: ['Idris Vantongeren'], agency: null, outlet: null });
    assert.deepEqual(parseTitledByline('Mara Oyelaran, Senior Political Reporter, The Harbour Ledger'), { authors: ['Mara Oyelaran'], agency: null, outlet: 'The Harbour Ledger' });
  });

  it('should leave a headline with a comma, two names, a place or a sentence', () => {
    for (const line of [
      'Floods, Fires Test Health Reporter',
      'Moyo, Quill Named Editors',
      'Tendai Moyo, Health Correspondent, said the clinic was full',
      'Port Louis, Health Correspondent',
      'Tendai Moyo, who covers health',
      'Tendai Moyo',
    ]) assert.equal(parseTitledByline(line), null, line);
  });
});

describe('analyseLayout, a page-text copy with a titled byline under its masthead', () => {
  const body = [
    'KELVAR - Health officials in Ostrava Vale said on Tuesday that clinic queues had doubled in a week as a fever spread through the villages.',
    'Dr Amara Lindqvist, who runs the district hospital, said 140 patients had been admitted since Friday.',
  ];

  it('should take the line before the byline as the headline, and the byline as the author', () => {
    const layout = analyseLayout(textToBlocks(['THE HARBOUR LEDGER', 'Clinic queues grow as fever spreads', 'Tendai Moyo, Health Correspondent', ...body].join('\n')).blocks, {});
    assert.equal(layout.headline, 'Clinic queues grow as fever spreads');
    assert.deepEqual(layout.authors, ['Tendai Moyo']);
    assert.equal(layout.outlet, 'The Harbour Ledger');
    assert.ok(!layout.paragraphs.some((p) => p.includes('Tendai Moyo')));
  });

  it('should take the title-like line after the byline where the masthead stands before it', () => {
    const layout = analyseLayout(textToBlocks(['The Kelvar Tribune', 'Tendai Moyo, Health Correspondent', 'Clinic queues grow as fever spreads', ...body].join('\n')).blocks, {});
    assert.equal(layout.headline, 'Clinic queues grow as fever spreads');
    assert.deepEqual(layout.authors, ['Tendai Moyo']);
    assert.equal(layout.outlet, 'The Kelvar Tribune');
  });

  it('should not take the masthead for the headline where only the byline follows it', () => {
    const layout = analyseLayout(textToBlocks(['THE HARBOUR LEDGER', 'Tendai Moyo, Health Correspondent', ...body].join('\n')).blocks, {});
    assert.notEqual(layout.headline, 'THE HARBOUR LEDGER');
    assert.equal(layout.outlet, 'The Harbour Ledger');
  });
});
