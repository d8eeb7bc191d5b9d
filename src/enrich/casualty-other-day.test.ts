import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withoutOtherDays } from './casualty-other-day.js';
import { findCasualties } from './casualties.js';

const brief = 'Teen shot on Elm Street.\n\nA 17-year-old boy was shot in the arm on Elm Street on Tuesday night, police said. He is in stable condition. In a separate case, two women were shot Monday outside a bar on Oak Avenue.';

describe('other days\' shootings told after the story\'s own', () => {
  it('should blank a sentence whose shooting is on another day than the lead\'s', () => {
    const out = withoutOtherDays(brief);
    assert.doesNotMatch(out, /two women/);
    assert.match(out, /17-year-old boy was shot/);
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
