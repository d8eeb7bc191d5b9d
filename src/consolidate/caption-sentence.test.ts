import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creditAfter, withoutCaption } from './caption-sentence.js';

describe('withoutCaption', () => {
  it('should find no sentence in a caption', () => {
    for (const text of [
      'Image 1 of 9 Officers stand outside the store where a clerk was shot on Tuesday.',
      'The corner where the two men were found (Photo: Dana Hill / The Courier)',
      'Courtesy photo Maya Trent, 19, was shot near her home on Sunday.',
      'Lena Ortiz (left) and her brother in a photo from their family.',
      '[ ] Hide Caption [ ] Show Caption A mural for the boy on Elm Street.',
      'Neighbors gather at the vigil on Friday. Photo: Sam Reyes, The Valley Star',
      'Mug shot of Tom Avery courtesy of the county jail.',
      "A neighbor sent us this photo of the boy's bike.",
      'Flood waters rise in the valley Courtesy of Channel 2.',
    ]) {
      assert.equal(withoutCaption(text), null, text);
    }
  });

  it("should keep the lead a page glued after a caption's credit", () => {
    const text = 'The house on Pine Road where a girl was hurt (Credit: Channel 6) A girl was shot in the leg Sunday night at a party, police said.';
    assert.equal(withoutCaption(text), 'A girl was shot in the leg Sunday night at a party, police said.');
    assert.equal(withoutCaption('(Credit: Channel 6) A girl was shot in the leg Sunday night, police said.'), 'A girl was shot in the leg Sunday night, police said.');
  });

  it("should find a caption by the credit printed after it", () => {
    assert.ok(creditAfter(' (Credit: Channel 6)\n\nA girl was shot.'));
    assert.ok(creditAfter(' Photo: Dana Hill'));
    assert.ok(!creditAfter(' Police said the girl was hurt (she is 9).'));
  });

  it('should leave a sentence that only tells of photographs as it is', () => {
    for (const text of [
      'A man was shot and killed Saturday while photographing friends at a range.',
      'Police released photos Tuesday of two men they want to question.',
      'Two people were wounded in a shooting on Ash Street, police said.',
    ]) {
      assert.equal(withoutCaption(text), text, text);
    }
  });
});
