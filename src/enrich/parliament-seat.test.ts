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

  it('should leave a story whose lead names a parliament it does not tell acting, or a town before it, in its own place', () => {
    assert.equal(parliamentSeat('Gale-force winds tore across north Devon on Saturday, cutting power to farms near Barnstaple. Ministers are due to answer questions in the House of Commons next week about the grid.', 0), null);
    assert.equal(parliamentSeat('Ohio lawmakers in Columbus on Wednesday approved a ban on phones in classrooms. A similar measure died in the U.S. Senate in 2024.', 0), null);
    assert.equal(parliamentSeat('Students marched through Riga on Monday while Latvia\'s parliament voted on a school bill. Opponents likened it to a law passed by the State Duma.', 0), null);
    assert.equal(parliamentSeat('Crowds in Lviv cheered on Thursday as the Verkhovna Rada voted to rename the street.', 0), null);
  });

  it("should still place a bill's reading in the chamber, and the chamber's own vote, at its seat", () => {
    assert.equal(parliamentSeat('The Coastal Flooding (Insurance) Bill passed its third reading in the House of Commons on Monday by 290 votes to 180. It now goes to the Lords.', 0)?.name, 'London');
    assert.equal(parliamentSeat('The Bundestag on Friday narrowly approved a cap on rents. Tenants in Leipzig had campaigned for it.', 0)?.name, 'Berlin');
  });

  it("should leave a city's or a region's duma, and Quebec's Assemblée nationale, out of Moscow and Paris", () => {
    assert.equal(parliamentSeat('The Yekaterinburg City Duma on Tuesday voted to rename the square after the late mayor.', 0), null);
    assert.equal(parliamentSeat('The Sverdlovsk regional Duma voted on Tuesday to raise the bus fare.', 0), null);
    assert.equal(parliamentSeat("Quebec's Assemblée nationale on Thursday passed a bill on shop signs.", 0), null);
    assert.equal(parliamentSeat('The State Duma on Tuesday voted to raise the fine for unpaid fares.', 0)?.name, 'Moscow');
    assert.equal(parliamentSeat('The Duma on Tuesday voted to raise the fine for unpaid fares.', 0)?.name, 'Moscow');
  });
});
