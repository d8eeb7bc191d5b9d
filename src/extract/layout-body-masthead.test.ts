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

describe("analyseLayout, a release under an office named by its holder's post", () => {
  it('should take the title under the date line as the headline and the office with its district as the issuer', () => {
    const text = [
      "UNITED STATES ATTORNEY'S OFFICE - WESTERN DISTRICT OF KESTRIA",
      'PRESS RELEASE',
      'Published: 4 May 2027',
      'Harbour Pilot Sentenced for Smuggling Scheme',
      'A harbour pilot was sentenced on Tuesday to six years in prison for steering smugglers past customs launches.',
      'He had admitted the charges in January, prosecutors said.',
    ].join('\n');
    const layout = analyseLayout(textToBlocks(text).blocks, {});
    assert.equal(layout.headline, 'Harbour Pilot Sentenced for Smuggling Scheme');
    assert.equal(layout.outlet, "United States Attorney's Office, Western District of Kestria");
  });
});
