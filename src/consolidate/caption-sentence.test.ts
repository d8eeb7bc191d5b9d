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
    const text = 'The duplex on Pine Road where a teen was hurt (Credit: Channel 6) Police said a teen was wounded in the arm at a cookout late Sunday.';
    assert.equal(withoutCaption(text), 'Police said a teen was wounded in the arm at a cookout late Sunday.');
    assert.equal(withoutCaption('(Credit: Channel 6) Police said a teen was wounded in the arm late Sunday.'), 'Police said a teen was wounded in the arm late Sunday.');
  });

  it("should read a photographer's name over an outlet in brackets as a credit, and keep the sentence after it", () => {
    const lead = 'Deputies said the driver, 52, was hit by two bullets as he ran.';
    assert.equal(withoutCaption(`( Dana Hill / Springfield Herald ) ${lead}`), lead);
    assert.equal(withoutCaption(`(Dana Hill/KXYZ) ${lead}`), lead);
    assert.equal(withoutCaption(`Deputies stand by a car on Ash Street. (Dana R. Hill / Daily Courier) ${lead}`), lead);
    assert.equal(withoutCaption('( Dana Hill / Springfield Herald )'), null);
    // Outlets alone in a bracket are a dateline's credit; a slash between words of a sentence is none.
    const dateline = 'Ashford (WXYZ/WABC) -- Two bullets struck a fleeing driver late on Friday.';
    assert.equal(withoutCaption(dateline), dateline);
    const either = 'The man (or his brother/cousin) fired six shots at the house, police said.';
    assert.equal(withoutCaption(either), either);
  });

  it("should find a caption by the credit printed after it", () => {
    assert.ok(creditAfter(' (Credit: Channel 6)\n\nA girl was shot.'));
    assert.ok(creditAfter(' Photo: Dana Hill'));
    assert.ok(!creditAfter(' Police said the girl was hurt (she is 9).'));
  });

  it('should leave a sentence that only tells of photographs as it is', () => {
    for (const text of [
      'A hunter photographing a deer on Saturday was killed by a stray round, deputies said.',
      'On Tuesday police put out photos of two men sought for questioning.',
      'Police said gunfire on Ash Street wounded a couple.',
    ]) {
      assert.equal(withoutCaption(text), text, text);
    }
  });

  it('should keep leads that tell of a picture, a party after a name and an aside in brackets (review 62)', () => {
    for (const text of [
      'The suspect is pictured in surveillance footage released by police on Monday.',
      'Police said the gunman was seen in a photo posted to Facebook hours before the shooting.',
      'Sen. Ann Lee (R) said the bill would pass on Tuesday.',
      'Police released surveillance images (see photo below) of the man they are seeking.',
      'The two men are shown on video robbing the store before fleeing on foot.',
    ]) {
      assert.equal(withoutCaption(text), text, text);
    }
  });

  it('should still read a short or verbless picture sentence as a caption', () => {
    for (const text of [
      'Ann Lee and Tom Avery are shown in undated photos from a family album.',
      'Tom Avery is pictured outside the county courthouse in Springfield after the hearing on Monday.',
      'The victim, a 19-year-old student, in a photo from her sister.',
    ]) {
      assert.equal(withoutCaption(text), null, text);
    }
  });
});
