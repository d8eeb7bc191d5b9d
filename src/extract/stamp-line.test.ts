import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readStampLine } from './stamp-line.js';

describe('readStampLine', () => {
  it('should read the publication and update stamps a headline is glued to', () => {
    assert.deepEqual(readStampLine('Barn fire closes county road for hours Posted: Monday, April 6, 2015 9:12 AM EDT Updated: Wednesday, April 29, 2015 4:40 PM EDT'), {
      published: '2015-04-06T09:12:00-04:00',
      modified: '2015-04-29T16:40:00-04:00',
    });
  });

  it('should read stamps after a byline, in capitals and without a colon', () => {
    assert.deepEqual(readStampLine('By Ann Rivers. CREATED Oct 3, 2016 - UPDATED: Oct 5, 2016'), { published: '2016-10-03', modified: '2016-10-05' });
  });

  it('should keep the publication stamp where the update is given as an age', () => {
    assert.deepEqual(readStampLine('Published: Friday, 3/6/2015 - Updated: 4 months ago'), { published: '2015-03-06', modified: null });
    assert.deepEqual(readStampLine('Published: Sunday, 5/8/2016 - Updated: 2 hours ago'), { published: '2016-05-08', modified: null });
  });

  it('should read an update printed before the publication', () => {
    assert.deepEqual(readStampLine('Updated: 11/02/2016 8:05 AM | Published: 11/01/2016 6:30 PM'), { published: '2016-11-01T18:30:00', modified: '2016-11-02T08:05:00' });
  });

  it('should read nothing where the line has no publication stamp', () => {
    assert.equal(readStampLine('Updated: Thursday, April 23, 2015 4:40 PM EDT'), null);
    assert.equal(readStampLine('Council votes to widen Main Street'), null);
  });

  it('should read nothing where a label is a word of a sentence, not a stamp', () => {
    assert.equal(readStampLine('The video was posted: nobody knows by whom, and it was updated on Friday, March 4, 2016.'), null);
    assert.equal(readStampLine('Photos Posted Online Show the Flooded Square'), null);
  });

  it("should read nothing from a video's stamp in brackets: it dates the clip, not the story", () => {
    assert.equal(readStampLine('Neighbours describe the crash on Elm Street. Dana Ray reports. (Published Tuesday, March 1, 2016)'), null);
  });
});
