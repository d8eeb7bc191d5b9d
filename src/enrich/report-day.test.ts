import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countReferenceDay, periodEnd, reportPublished } from './report-day.js';

describe('reportPublished', () => {
  it("should read a periodic report's or an index's publication before its day, not a police report's", () => {
    assert.ok(reportPublished('the Open Ink Foundation said in its yearly report released on '));
    assert.ok(reportPublished('The charity unveiled its annual media-safety index on '));
    assert.ok(reportPublished('according to the census, published '));
    assert.ok(!reportPublished('Detectives said in a police report released on '));
    assert.ok(!reportPublished('The page was published on '));
  });
});

describe('countReferenceDay', () => {
  it('should read "as of" and the end of a counted span as a count\'s reference day', () => {
    assert.ok(countReferenceDay('a total of 290 reporters were in custody as of '));
    assert.ok(countReferenceDay('the group logged 44 deaths in the 12 months to '));
    assert.ok(!countReferenceDay('two reporters were arrested on '));
  });
});

describe('periodEnd', () => {
  it('should read the end of a span a count covers, not a day an act is put off to', () => {
    assert.ok(periodEnd('in the six months ending '));
    assert.ok(!periodEnd('the hearing was postponed to '));
  });
});
