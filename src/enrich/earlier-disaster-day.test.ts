import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesEarlierDisaster } from './earlier-disaster-day.js';
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
});
