import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadTitle } from './lead-title.js';

describe('leadTitle', () => {
  it('should keep a lead of two lines whole', () => {
    const lead = 'The district council said on Monday that 25 volunteers had been taught to test well water in the three villages east of the river during the drought.';
    assert.equal(leadTitle(`${lead} A second sentence follows here.`), lead);
  });

  it('should cut a long lead where a clause ends, not inside a phrase', () => {
    const lead = 'The district council said on Monday that twenty-five volunteers from the three villages east of the river had been taught to test well water, a step it hopes will stop the outbreaks of fever that struck the valley last summer.';
    assert.equal(leadTitle(lead), 'The district council said on Monday that twenty-five volunteers from the three villages east of the river had been taught to test well water…');
  });

  it('should end a lead with no clause break at a whole word, past the words that only open a phrase', () => {
    const lead = 'The district council said on Monday that twenty-five volunteers from the three villages east of the river had been taught to test the water of every well in the valley during the long dry season before the rains came back';
    const title = leadTitle(lead);
    assert.ok(title.endsWith('…'), title);
    assert.ok(title.length <= 161, title);
    assert.doesNotMatch(title, /\b(?:the|of|in|during|before)…$/);
    assert.ok(lead.startsWith(title.slice(0, -1)), title);
  });

  it('should name an empty text untitled', () => {
    assert.equal(leadTitle(''), '(untitled)');
  });
});
