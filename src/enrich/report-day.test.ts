import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countReferenceDay, periodEnd, reportLeads, reportPublished } from './report-day.js';
import { splitSentences } from './sentences.js';

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

describe('reportLeads', () => {
  const act = (text: string): boolean => /\b(?:killed|stormed)\b/.test(text);
  /** reportLeads for a body whose report day is `reportDay` and whose other days are `others` (first occurrences). */
  const leads = (body: string, reportDay: string, others: string[]): boolean => {
    const sentences = splitSentences(body);
    const start = body.indexOf(reportDay);
    const k = sentences.findIndex((s) => s.start <= start && start < s.end);
    return reportLeads(body, sentences, k, start, others.map((o) => ({ start: body.indexOf(o), end: body.indexOf(o) + o.length })), act);
  };

  it('should take a report as the news where nothing before it tells an act, not where an incident with its own day comes first', () => {
    assert.ok(leads('A record 290 reporters were behind bars on June 1, the group said in its annual report released on Monday.', 'Monday', ['June 1']));
    assert.ok(!leads('Troops stormed a newsroom on Tuesday. The raid came a day after the group, in its annual report released on Monday, warned of abuses.', 'Monday', ['Tuesday']));
    assert.ok(!leads('Gunmen killed two reporters on Tuesday, a day after the group, in its yearly index released on Monday, named the country.', 'Monday', ['Tuesday']));
  });
});
