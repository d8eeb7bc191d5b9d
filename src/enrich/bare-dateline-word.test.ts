import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bareDatelineWordIsNoTown, isPageLabel } from './bare-dateline-word.js';

describe('bareDatelineWordIsNoTown', () => {
  it('should refuse the acronym of a known body as a town, whatever the story', () => {
    assert.equal(bareDatelineWordIsNoTown('NATO', 'NATO — Allied defence ministers met on Thursday to plan the next summit.'), true);
    assert.equal(bareDatelineWordIsNoTown('OPEC', 'OPEC — Oil ministers agreed on Sunday to hold output steady.'), true);
  });

  it('should refuse a company that shares a town’s name when the text names no place holding such a town', () => {
    assert.equal(bareDatelineWordIsNoTown('DELTA', 'DELTA — Flights were cancelled across the country on Friday after a computer failure.'), true);
    // A text in Utah may date its own town bare.
    assert.equal(bareDatelineWordIsNoTown('DELTA', 'DELTA — A man was shot on Friday in the small Utah town, deputies said.'), false);
  });

  it('should keep the town of a company’s name where the story is not about a company', () => {
    assert.equal(bareDatelineWordIsNoTown('CORNING', 'CORNING — Gunfire wounded a man late Friday in a driveway on Denison Parkway, officers said. An ambulance took him to Corning Hospital.'), false);
    assert.equal(bareDatelineWordIsNoTown('AVON', 'AVON — A man was shot Friday night at a home on Main Street, police said.'), false);
    assert.equal(bareDatelineWordIsNoTown('KOHLER', 'KOHLER — A man was shot Friday night near the golf course, police said.'), false);
    assert.equal(bareDatelineWordIsNoTown('DELTA', 'DELTA — A man was shot Friday night at a home on 5th Street, police said.'), false);
    assert.equal(bareDatelineWordIsNoTown('CORNING', 'CORNING — Shares fell 8 percent on Tuesday after the glass maker cut its forecast.'), true);
  });

  it('should refuse a common word the text also writes in lower case, unless its places hold such a town', () => {
    const body = 'LIBERTY — Crowds gathered on Saturday to mark the anniversary, and speakers praised liberty and the vote.';
    assert.equal(bareDatelineWordIsNoTown('LIBERTY', body), true);
    assert.equal(bareDatelineWordIsNoTown('LIBERTY', 'LIBERTY — A man was shot on Saturday near the square, Missouri police said.'), false);
  });

  it('should keep a common word as the town where a state follows it, whatever the story writes in lower case', () => {
    assert.equal(bareDatelineWordIsNoTown('MOBILE', 'MOBILE, Ala. — A cashier was wounded as she checked her mobile phone behind a shop, officers said.'), false);
    assert.equal(bareDatelineWordIsNoTown('READING', 'READING, Pa. (AP) — A woman was hurt while reading on her porch on Saturday.'), false);
    assert.equal(bareDatelineWordIsNoTown('SURPRISE', 'SURPRISE, AZ — Neighbours said the gunfire on their quiet street was a surprise, deputies reported.'), false);
    // A town too small for the gazetteer: its state after it vouches for it all the same.
    assert.equal(bareDatelineWordIsNoTown('CHAMPION', 'CHAMPION, Ohio — A man was shot on Friday, and the champion of the local team was among the witnesses.'), false);
    // With no state after it the word is still refused where the story writes it in lower case.
    assert.equal(bareDatelineWordIsNoTown('MOBILE', 'MOBILE — Carriers said the mobile network went down for hours on Friday.'), true);
  });

  it("should refuse a site's label in capitals before a state as a town", () => {
    assert.equal(bareDatelineWordIsNoTown('UPDATE', 'UPDATE, Ohio — A man was charged with murder on Tuesday, police said.'), true);
    assert.equal(bareDatelineWordIsNoTown('WATCH', 'WATCH, Texas — A man was charged with murder on Tuesday.'), true);
    assert.equal(bareDatelineWordIsNoTown('BREAKING', 'BREAKING, Fla. — Two people were shot at a park.'), true);
    assert.equal(isPageLabel('Developing'), true);
    assert.equal(isPageLabel('MOBILE'), false);
  });

  it('should leave a town that is neither a body, a company nor a word to the dateline', () => {
    assert.equal(bareDatelineWordIsNoTown('TAMPA', 'TAMPA — A man was shot on Friday night.'), false);
    assert.equal(bareDatelineWordIsNoTown('AUBURN', 'AUBURN — A woman was hurt in a shooting early Sunday.'), false);
    // Written as a town, not in capitals: not this rule's.
    assert.equal(bareDatelineWordIsNoTown('Delta', 'Delta — Flights were cancelled.'), false);
  });
});
