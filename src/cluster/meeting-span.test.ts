import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadNameKeys, leadsWithMeetingOutcome, meetingLastDay } from './meeting-span.js';

describe('meetingLastDay', () => {
  it("should read a meeting's length or the weekday it runs until from its lead", () => {
    assert.equal(meetingLastDay('Leaders met in Tromso on Monday for a three-day summit.', '2026-06-01'), '2026-06-03');
    assert.equal(meetingLastDay('Envoys opened talks in Doha on Tuesday, with the talks running until Friday.', '2026-06-02'), '2026-06-05');
    assert.equal(meetingLastDay('Energy ministers met in Brussels on Tuesday for emergency talks.', '2026-06-02'), null);
  });
});

describe('leadsWithMeetingOutcome', () => {
  it("should read a declaration or communique adopted or issued as a meeting's outcome, not a sanctions package adopted", () => {
    assert.equal(leadsWithMeetingOutcome('The Arctic Council on Wednesday adopted a joint declaration in Tromso.'), true);
    assert.equal(leadsWithMeetingOutcome('The Andean Community issued a final communique in Lima on Friday.'), true);
    assert.equal(leadsWithMeetingOutcome('The sanctions package the European Union adopted on Thursday lists 15 vessels.'), false);
  });
});

describe('leadNameKeys', () => {
  it('should give the names a lead writes in capitals, without the words that open a run and name nothing', () => {
    assert.deepEqual(leadNameKeys('Leaders of the Arctic Council met in Tromso on Monday.'), ['arctic council', 'tromso']);
  });
});
