import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateEvidence } from '../model/types.js';
import { withCaptionDate } from './caption-date.js';
import { referenceFrom } from './timex.js';

// A Monday: "Friday" is three days before.
const reference = referenceFrom('2025-06-09T10:00:00Z');
const friday: DateEvidence = { value: '2025-06-06', anchoring: 'inferred', fallback: false, text: 'Friday', sentence: 'The ministers met in Oslo on Friday.' };

describe('a photo caption as evidence of the event date', () => {
  it("should state a day the text only inferred, when the caption's day agrees", () => {
    const found = withCaptionDate(friday, ['The two ministers shake hands in Oslo on June 6. Photo by the ministry.'], reference);
    assert.deepEqual([found?.value, found?.anchoring, found?.text, found?.caption], ['2025-06-06', 'stated', 'June 6', true]);
  });

  it("should never override the text's day, stated or inferred", () => {
    assert.equal(withCaptionDate(friday, ['The ministers in Oslo on June 4.'], reference), friday);
    const stated: DateEvidence = { ...friday, anchoring: 'stated', text: 'June 6' };
    assert.equal(withCaptionDate(stated, ['The ministers in Oslo on June 6.'], reference), stated);
  });

  it('should stand in where the text gives no day, but not from a file photo or captions that disagree', () => {
    const fallback: DateEvidence = { value: '2025-06-09', anchoring: 'inferred', fallback: true, text: '', sentence: '' };
    assert.equal(withCaptionDate(fallback, ['Firefighters at the warehouse on June 7.'], reference)?.value, '2025-06-07');
    assert.equal(withCaptionDate(null, ['Firefighters at the warehouse on June 7.'], reference)?.caption, true);
    assert.equal(withCaptionDate(fallback, ['FILE - Firefighters at the warehouse on June 7.'], reference), fallback);
    assert.equal(withCaptionDate(fallback, ['Smoke on June 7.', 'The site on June 5.'], reference), fallback);
  });
});
