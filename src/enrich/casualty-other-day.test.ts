import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutOtherDays } from './casualty-other-day.js';
import { findCasualties } from './casualties.js';

const brief = 'Teen shot on Elm Street.\n\nA 17-year-old was wounded in the hand on Elm Street on Tuesday night, officers said. He is listed as stable. In a separate case, two women were shot Monday outside a bar on Oak Avenue.';

describe('other days\' shootings told after the story\'s own', () => {
  it('should blank a sentence whose shooting is on another day than the lead\'s', () => {
    const out = withoutOtherDays(brief);
    assert.doesNotMatch(out, /two women/);
    assert.match(out, /17-year-old was wounded/);
    assert.equal(out.length, brief.length);
  });

  it('should keep a victim\'s later news and a story whose lead names no day', () => {
    const later = 'Man shot on Elm Street.\n\nA man was shot on Elm Street on Tuesday night. Two others were wounded and in stable condition late Wednesday. The man died Thursday.';
    assert.equal(withoutOtherDays(later), later);
    const noDay = 'Man shot on Elm Street.\n\nA man was shot on Elm Street. Two women were shot Monday outside a bar.';
    assert.equal(withoutOtherDays(noDay), noDay);
  });

  it('should leave a round-up of several shootings whole', () => {
    const roundUp = 'Three shootings overnight.\n\nPolice are investigating three separate shootings overnight. A man was shot Friday night on Elm Street. Two women were shot Saturday morning on Oak Avenue.';
    assert.equal(withoutOtherDays(roundUp), roundUp);
  });

  it('should give the story its own wounded', () => {
    assert.deepEqual(findCasualties(brief), { killed: null, injured: 1 });
  });
});

describe('another day\'s shooting told with its day first', () => {
  it('should blank a sentence that opens with another day than the lead\'s', () => {
    const text = 'Five hurt in shooting on Elm Street.\n\nFive people were shot on Elm Street Tuesday afternoon, police said. It was the second mass shooting the city had seen in four days. On Sunday, eight people, including two children, were wounded at a cookout.';
    const out = withoutOtherDays(text);
    assert.doesNotMatch(out, /eight people/);
    assert.equal(findCasualties(text)?.injured, 5);
  });

  it('should keep a sentence that opens with the lead\'s own day', () => {
    const text = 'Two hurt in shooting.\n\nTwo men were shot on Elm Street Tuesday night. On Tuesday, a third man was wounded nearby.';
    assert.equal(withoutOtherDays(text), text);
  });
});
