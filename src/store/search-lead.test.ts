import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kindText, ownSummaryText } from './search-lead.js';

describe('ownSummaryText', () => {
  it('should leave out a clause that recalls an earlier event by a possessive day, to the sentence end', () => {
    const lead = "Grid regulators met in Vaasa on Thursday for crisis talks, after Monday's blackout in Kolberg and last week's storm damage. They agreed to share spare transformers.";
    assert.equal(ownSummaryText(lead), 'Grid regulators met in Vaasa on Thursday for crisis talks. They agreed to share spare transformers.');
  });

  it('should keep a clause of the event itself, with no earlier time in it', () => {
    const lead = 'Crews restored power on Tuesday after a transformer fire in Kolberg.';
    assert.equal(ownSummaryText(lead), lead);
  });
});

describe('kindText', () => {
  it("should read a blackout told in other words from the title or the lead, not from a background clause", () => {
    assert.equal(kindText('Transformer fire leaves Kolberg homes without power', 'A fire broke out on Monday.'), 'blackout');
    assert.equal(kindText('Kolberg fire', 'A transformer fire cut power to 30,000 homes on Monday.'), 'blackout');
    assert.equal(kindText('Regulators meet', "Regulators met on Thursday, after Monday's blackout in Kolberg."), '');
  });
});
