import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateEvidence } from '../model/types.js';
import { tollLeadDisaster } from './toll-lead.js';

const lead = 'VARNO -- Three days after the earthquake that flattened hill villages along the river, the Red Cross and the regional governor are giving different figures for the dead.';
const dated = (text: string): DateEvidence => ({ value: '2031-05-06', anchoring: 'inferred', fallback: false, text, sentence: lead });

describe('tollLeadDisaster', () => {
  it("should give a toll lead counted from a quake the quake's kind where the report is dated by that count", () => {
    assert.equal(tollLeadDisaster({ body: lead, sentences: [{ start: 0, end: lead.length }], eventDate: dated('Three days after the earthquake') }), 'quake');
  });

  it('should give no kind where the report is dated by a day of its own, nor to a lead that is not a toll', () => {
    assert.equal(tollLeadDisaster({ body: lead, sentences: [{ start: 0, end: lead.length }], eventDate: dated('Friday') }), null);
    const meeting = 'Three days after the earthquake that flattened hill villages, donors met in Geneva to pledge money for shelters.';
    assert.equal(tollLeadDisaster({ body: meeting, sentences: [{ start: 0, end: meeting.length }], eventDate: dated('Three days after the earthquake') }), null);
  });
});
