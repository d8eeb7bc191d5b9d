import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutCaptions } from './casualty-caption.js';
import { findCasualties } from './casualties.js';

const page = 'Eight hurt in Oak Street shooting.\n\nEight people were hurt, none of them fatally, in gunfire on Oak Street late Saturday, officers said.\n\nCaption Double homicide under investigation in Elm County Double homicide under investigation in Elm County. (Channel 9) Caption Friends remember teacher A teacher who was fatally shot last month is remembered by her students. (Daily video)\n\nPolice have made no arrests.';

describe('a video carousel\'s captions', () => {
  it('should blank a paragraph that opens with "Caption", keeping the offsets', () => {
    const out = withoutCaptions(page);
    assert.doesNotMatch(out, /homicide|fatally shot/);
    assert.match(out, /Eight people were hurt/);
    assert.equal(out.length, page.length);
  });

  it('should leave the word inside a sentence alone', () => {
    const text = 'The photo caption named the victim. Caption writers were told.';
    assert.equal(withoutCaptions(text), text);
  });

  it('should give the story its own figures, not the captions\' deaths', () => {
    assert.deepEqual(findCasualties(page), { killed: null, injured: 8 });
  });
});
