import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { choosePlace } from './place.js';
import { splitSentences } from './sentences.js';

function place(body: string): string | null {
  return choosePlace(body, recognizeEntities(body, splitSentences(body)).entities, () => false, '')?.name ?? null;
}

describe('choosePlace, a dateline with its date written day first', () => {
  it('should place the story in the dateline city before a later-named city', () => {
    assert.equal(place('VIENNA, 11 January 2027 - The rail operator said it would cut its timetable after a strike in Prague.'), 'Vienna');
    assert.equal(place('VIENNA, 11 Jan. 2027 - The rail operator said it would cut its timetable after a strike in Prague.'), 'Vienna');
  });

  it('should still read the month-first date and the agency credit', () => {
    assert.equal(place('VIENNA, Jan. 11, 2027 (NWA) - The rail operator said it would cut its timetable after a strike in Prague.'), 'Vienna');
  });
});

describe("choosePlace, a city's market named by its possessive", () => {
  it("should not place a markets story in the city whose index it quotes", () => {
    assert.notEqual(place("Shares of the refiner slid 6% in afternoon trading. Elsewhere, Manila's composite index closed up 0.3% and Seoul's benchmark index was flat."), 'Manila');
    assert.notEqual(place("The copper miner's shares fell sharply. Lima's stock exchange halted trading in the stock for an hour."), 'Lima');
  });

  it('should keep a city named as the scene beside its market', () => {
    assert.equal(place('Protesters gathered outside the bourse in Manila on Friday. Manila police said the march was peaceful.'), 'Manila');
  });
});
