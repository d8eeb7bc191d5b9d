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

  it("should read a day that names a disaster after 'of' ('the main quake of March 9')", () => {
    assert.equal(namesEarlierDisaster('The main quake of ', ' killed 148 people.'), true);
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

  it("should date an aftershock that struck on its day 'four days after' the quake by that day, not by the quake's day its lead recalls", () => {
    // Published on Saturday 2031-05-10: the aftershock on Saturday, the main quake on Tuesday.
    const body = "DORVANE (Wire) -- A powerful aftershock struck the Dorvane valley on Saturday afternoon, four days after a deadly earthquake, killing at least 12 people and bringing down a school damaged in Tuesday's quake, officials said.\n\nThe regional office said Tuesday's magnitude 6.4 earthquake had killed 210 people before the aftershock.";
    assert.equal(eventDate(body, '2031-05-10T18:00:00Z'), '2031-05-10');
  });

  it("should date a report led by 'Saturday's aftershock' by the aftershock, not by the quake a later paragraph recalls", () => {
    // Published on Sunday 2031-05-11: the aftershock on Saturday, the main quake on Tuesday night.
    const body = "Saturday's aftershock killed 15 people in the Dorvane valley, the health office said on Sunday.\n\nThe aftershock came four days after Tuesday night's earthquake, which killed 210 people.";
    assert.equal(eventDate(body, '2031-05-11T12:00:00Z'), '2031-05-10');
  });

  it("should date a toll update led by 'Saturday's aftershock' by the aftershock, not by 'the main quake of May 6'", () => {
    // Published on Sunday 2031-05-11.
    const body = "The death toll from Saturday's aftershock in the Dorvane valley rose to 15 on Sunday, the health ministry said.\n\nThe main quake of May 6 killed 210 people, according to the Red Crescent.";
    assert.equal(eventDate(body, '2031-05-11T12:00:00Z'), '2031-05-10');
  });

  it("should date a landslide's follow-up by the landslide its lead names, not by the quake that loosened the slope", () => {
    // Published on Friday 2031-05-09: the second body on Friday, the landslide on Thursday, the quake on Tuesday.
    const body = "Rescuers on Friday recovered the body of a second driver from the mud that covered the pass road in Thursday's landslide, raising the death toll from the slide to two, the civil defence said.\n\nGeologists said slopes along the road had been weakened by Tuesday's earthquake.";
    assert.equal(eventDate(body, '2031-05-09T15:00:00Z'), '2031-05-08');
  });

  it("should keep the quake's day where the lead tells the quake and a later paragraph names it by that day", () => {
    // Published on Thursday 2031-05-08: the quake on Tuesday night.
    const body = "An earthquake struck the Dorvane valley on Tuesday night, killing 210 people, officials said on Thursday.\n\nTuesday night's earthquake was the strongest to hit the valley in decades, and rescuers were still searching on Thursday.";
    assert.equal(eventDate(body, '2031-05-08T12:00:00Z'), '2031-05-06');
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
