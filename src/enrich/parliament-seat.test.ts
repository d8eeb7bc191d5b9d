import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parliamentSeat } from './parliament-seat.js';
import { choosePlace } from './place.js';
import { givenEntities as given } from '../../test/entities.js';

describe('parliamentSeat', () => {
  it("should place a parliament's vote at its seat, not in a town the debate cited", () => {
    const body = 'The House of Commons on Tuesday backed a levy on private jets after a debate that cited the floods in Shrewsbury. Shrewsbury MP Tom Vane voted against.';
    assert.equal(parliamentSeat(body, 0)?.name, 'London');
    const place = choosePlace(body, given(body, [['House of Commons', 'organization'], ['Shrewsbury', 'location'], ['Shrewsbury', 'location'], ['Tom Vane', 'person']]), () => false);
    assert.equal(place?.name, 'London');
  });

  it('should leave a lead that tells no legislative act, or a Canadian one, alone', () => {
    assert.equal(parliamentSeat('A fire gutted a warehouse in Shrewsbury on Tuesday. MPs in the House of Commons held a minute of silence.', 0), null);
    assert.equal(parliamentSeat('The House of Commons voted on Tuesday to back the pipeline bill. Ottawa expects the Senate to follow.', 0), null);
  });
});
