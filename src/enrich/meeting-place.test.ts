import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { meetingHeldIn } from './meeting-place.js';

describe('meetingHeldIn', () => {
  it("should read the town right after a meeting of the first sentence as where it is held", () => {
    const body = "A donors' conference in Geneva on Friday raised $412 million. Iran will receive half.";
    assert.equal(meetingHeldIn(body, body.indexOf('Geneva')), true);
    const held = 'The summit held in Doha ended on Monday without a deal.';
    assert.equal(meetingHeldIn(held, held.indexOf('Doha')), true);
  });

  it('should not read a meeting of a later sentence, a town after other words, or a headline mention', () => {
    const later = 'Rescuers found two survivors on Friday. Donors will meet at a conference in Geneva next month.';
    assert.equal(meetingHeldIn(later, later.indexOf('Geneva')), false);
    const other = 'A conference on the quake in Kermanshah opened on Friday.';
    assert.equal(meetingHeldIn(other, other.indexOf('Kermanshah')), false);
    assert.equal(meetingHeldIn(other, -1), false);
  });
});
