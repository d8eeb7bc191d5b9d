import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesEarlierAccident, namesEarlierDisaster } from './earlier-disaster-day.js';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function eventDate(body: string, publishedAt: string): string | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value ?? null;
}

describe('namesEarlierDisaster', () => {
  it("should read a day that is a disaster's possessive or ends a relative clause about it", () => {
    assert.equal(namesEarlierDisaster('A tremor hit the valley this morning, cracking walls weakened in ', "'s earthquake."), true);
    assert.equal(namesEarlierDisaster('Donors pledged $90 million on Friday for survivors of the flood that swept the delta on ', ', the UN said.'), true);
  });

  it('should leave a shooting, a vote and a day of the disaster told as news alone', () => {
    assert.equal(namesEarlierDisaster('Hundreds gathered Sunday to remember the victims of ', "'s shooting."), false);
    assert.equal(namesEarlierDisaster('The opposition on Monday rejected the result of ', "'s election."), false);
    assert.equal(namesEarlierDisaster('A magnitude 5.9 earthquake struck the coast on ', ', killing four people.'), false);
  });
});

describe('namesEarlierAccident', () => {
  it("should read an aircraft's, a train's or a plant's accident by its possessive day, its day after 'on' or a relative clause", () => {
    assert.equal(namesEarlierAccident('Divers on Friday raised both flight recorders from the wreckage of last ', "'s crash off Cape Brava.", "Divers on Friday raised both flight recorders from the wreckage of last Tuesday's crash off Cape Brava."), true);
    assert.equal(namesEarlierAccident('The rail operator on Monday suspended night trains, four days after the derailment near Holmby on ', '.', 'The rail operator on Monday suspended night trains, four days after the derailment near Holmby on Thursday.'), true);
    assert.equal(namesEarlierAccident('Inspectors on Friday closed the plant where the explosion that killed six workers happened on ', '.', 'Inspectors on Friday closed the plant where the explosion that killed six workers happened on Monday.'), true);
  });

  it("should leave a car's crash and a crash in a sentence of gunfire to the rules for incidents", () => {
    assert.equal(namesEarlierAccident('Police on Friday arrested the driver who fled after ', "'s crash on Elm Street.", "Police on Friday arrested the driver who fled after Tuesday's crash on Elm Street."), false);
    assert.equal(namesEarlierAccident('Police on Friday said the pilot was shot at the airport before ', "'s crash.", "Police on Friday said the pilot was shot at the airport before Tuesday's crash."), false);
  });
});

describe('chooseEventDate: a day that recalls an earlier disaster', () => {
  it("should date an aftershock by its own day, not by the main quake's that its sentence recalls", () => {
    // Published on Monday 2031-03-10: the aftershock this afternoon, the main quake the Tuesday before.
    const body = 'A strong aftershock of magnitude 5.2 struck near Dorvane this afternoon, toppling houses already cracked in last Tuesday\'s earthquake and killing three people, the district office said.';
    assert.equal(eventDate(body, '2031-03-10T18:00:00Z'), '2031-03-10');
  });

  it("should date a donors' conference by its own day, not by the quake's that struck days before", () => {
    // Published on Friday 2031-03-14: the pledges on Friday, the quake on March 4.
    const body = 'OSLO (Wire) -- Donors pledged about $200 million on Friday for survivors of the earthquake that struck the Dorvane valley on March 4, the United Nations said.';
    assert.equal(eventDate(body, '2031-03-14T17:00:00Z'), '2031-03-14');
  });

  it("should keep the quake's day in a report of the rescue the day after it", () => {
    // Published on Wednesday 2031-03-05: the rescue on Wednesday, a day after Tuesday's quake.
    const body = 'Rescuers on Wednesday pulled a girl alive from a house flattened in Tuesday\'s earthquake, which killed 40 people in the valley.';
    assert.equal(eventDate(body, '2031-03-05T12:00:00Z'), '2031-03-04');
  });

  it("should keep a shooting's day in a vigil's report, as GVA's records date it", () => {
    // Published on Monday 2031-03-10: the vigil on Sunday, the shooting on Thursday.
    const body = "Hundreds gathered Sunday at a park to remember the two teenagers killed in Thursday's shooting outside the arena.";
    assert.equal(eventDate(body, '2031-03-10T12:00:00Z'), '2031-03-06');
  });

  it("should date a recovery of flight recorders by its own day, not by the crash's it recalls", () => {
    // Published on Friday 2031-06-13: the recorders raised on Friday, the crash on Tuesday.
    const body = "Divers on Friday raised both flight recorders of the Brava Air turboprop from the wreckage of last Tuesday's crash off Cape Brava, the safety board said.";
    assert.equal(eventDate(body, '2031-06-13T16:00:00Z'), '2031-06-13');
  });

  it("should date a grounding told as following the crash by its own day, whichever comes first", () => {
    // Published on Saturday 2031-06-14: the grounding on Saturday, the crash on Tuesday.
    assert.equal(eventDate("The aviation authority on Saturday grounded all Brava Air turboprops after Tuesday's crash of flight 77.", '2031-06-14T12:00:00Z'), '2031-06-14');
    assert.equal(eventDate("After the crash of flight 77 on Tuesday, the aviation authority on Saturday grounded all Brava Air turboprops.", '2031-06-14T12:00:00Z'), '2031-06-14');
  });

  it("should keep the crash's day in a report of the search the day after it", () => {
    // Published on Wednesday 2031-06-11: the search on Wednesday, a day after Tuesday's crash.
    assert.equal(eventDate("Divers on Wednesday searched the sea for the flight recorders of Tuesday's crash of flight 77.", '2031-06-11T12:00:00Z'), '2031-06-10');
  });
});
