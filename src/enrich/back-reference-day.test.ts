import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { antecedentDay, inquiryIntoEarlier, overnightBeforeTelling, possessiveAfterOwnDay, relativeClauseDay, scheduleHours, takesEffectOn } from './back-reference-day.js';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function eventDate(body: string, publishedAt: string): string | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value ?? null;
}

describe('back-reference days', () => {
  it('should tell the first day of a measure and the hours of a schedule', () => {
    assert.equal(takesEffectOn('a ban on street markets, starting on '), true);
    assert.equal(takesEffectOn('the new tariff, effective from '), true);
    assert.equal(takesEffectOn('the miners walked out on '), false);
    assert.equal(scheduleHours('a ban on driving from ', ' to 5am each night'), true);
    assert.equal(scheduleHours('a ban on driving from 11pm to ', ' each night'), true);
    assert.equal(scheduleHours('the blast came at ', ' on the dot'), false);
  });

  it('should tell the earlier matter an inquiry looks into from the day the inquiry opened', () => {
    assert.equal(inquiryIntoEarlier('The ombudsman on Friday opened an inquiry into the evictions in the old quarter on '), true);
    assert.equal(inquiryIntoEarlier('An inquiry into the evictions in the old quarter on '), false);
    assert.equal(inquiryIntoEarlier('The ombudsman on Friday. Another inquiry into the evictions on '), false);
  });

  it('should tell a telling the morning after an overnight act', () => {
    assert.equal(overnightBeforeTelling('Guards held the union organiser at the border overnight, her brother said on '), true);
    assert.equal(overnightBeforeTelling('Guards held the union organiser at the border, her brother said on '), false);
  });

  it("should date a report by its lead's own act, not by an earlier event a later paragraph recalls by its day", () => {
    // Published on Friday 2027-03-12.
    const body = 'LAGOS, March 12 -- Dockers walked off the job and closed the container terminal, the ferries and the fish market on Friday, as anger over the fare rise spread.\n\nTraders said the stalls stood empty.\n\nThe city said on Friday that the toll from Wednesday\'s shooting at the bus depot had risen to five.';
    assert.equal(eventDate(body, '2027-03-12T17:00:00Z'), '2027-03-12');
  });

  it("should date an inquiry by the day it opened, not by the earlier clashes it looks into", () => {
    // Published on Saturday 2027-05-15: the inquiry opened on Friday the 14th, the clashes were on the 5th.
    const body = 'The ombudsman in the province on Friday opened an inquiry into the clashes in the market town on May 5, when guards fired on traders.\n\nThree guards were sent home pending the outcome.';
    assert.equal(eventDate(body, '2027-05-15T09:00:00Z'), '2027-05-14');
  });

  it('should date an overnight detention by the night before its telling', () => {
    // Published on Sunday 2027-06-20.
    const body = 'NAIROBI, June 20 -- Police held the student leader Amos Kariuki at a roadblock outside the town overnight, his sister said on Sunday, a step that may stir the campus protests.';
    assert.equal(eventDate(body, '2027-06-20T11:00:00Z'), '2027-06-19');
  });

  it('should not date a page by the first day a measure takes effect nor by its hours', () => {
    // Published on Monday 2027-02-01 at noon: the ban starts on Tuesday.
    const body = 'Crowds gathered outside the town hall to protest the water rates.\n\nThe governor has banned gatherings in the town from 9pm to 5am, starting on Tuesday, for a week.';
    assert.equal(eventDate(body, '2027-02-01T12:00:00Z'), '2027-02-01');
  });

  it("should date a lead by its own meeting day, not by the possessive day of the outage it came after", () => {
    // Published on Thursday 2027-02-11; the outage was on Sunday 2027-02-07.
    const body = 'VIENNA -- Transport ministers of the Danube states gathered in Vienna on Thursday for crisis talks on shipping locks and river ports, after Sunday\'s lock outage near Linz and the barge grounding earlier this month.\n\nThe Austrian minister, Petra Holzner, chaired the session.';
    assert.equal(eventDate(body, '2027-02-11T18:00:00Z'), '2027-02-11');
    assert.equal(possessiveAfterOwnDay('Ministers convened on Monday, following ', "'s port closure at Varna"), true);
    assert.equal(possessiveAfterOwnDay('Ministers said ', "'s port closure at Varna"), false);
  });
});

describe('antecedentDay and relativeClauseDay: a day of what the report\'s act followed (maritime review)', () => {
  // Published on Thursday 2031-05-08; Monday is 2031-05-05.
  const published = '2031-05-08T11:00:00Z';

  it('should date a rise told with no day of its own by its report, not by the seizure it followed', () => {
    assert.equal(eventDate('Freight insurance for tankers bound for Port Sallow has climbed to 2% of hull value, underwriters said. The rise followed Monday\'s seizure of the tanker Mira Vell.', published), '2031-05-08');
    assert.equal(eventDate('Underwriters raised premiums for the Sallow channel, brokers said, in the wake of Monday\'s hijacking of the Mira Vell.', published), '2031-05-08');
    assert.equal(eventDate('Premiums for the Sallow channel were raised, brokers said. The increase came after gunmen seized the Mira Vell on Monday.', published), '2031-05-08');
  });

  it('should keep the report\'s own day before a plain "after" with the earlier possessive day', () => {
    assert.equal(eventDate('Premiums for the Sallow channel climbed on Thursday, brokers said, after Monday\'s attack on the Mira Vell.', published), '2031-05-08');
  });

  it('should not date a mission by the day a relative clause recalls', () => {
    assert.equal(eventDate('Five navies agreed on Wednesday to guard shipping off Port Sallow, after the rebels, who seized the tanker Mira Vell on Monday, threatened more raids.', published), '2031-05-07');
  });

  it('should keep a day that is the sentence\'s own act: "followed" a car, a relative clause with no day before it', () => {
    assert.equal(eventDate('Officers followed the van on Monday and stopped it near the harbour, a spokesman said.', published), '2031-05-05');
    assert.equal(antecedentDay('Officers followed the van on ', ' and stopped it.'), false);
    assert.equal(antecedentDay('Officers followed ', "'s marchers to the square."), false);
    assert.equal(relativeClauseDay('Halvard Foods, which announced on '), false);
    assert.equal(eventDate('Halvard Foods, which announced on Monday that it would shut its Sallow plant, said talks with the union had failed.', published), '2031-05-05');
  });

  it('should leave a crime\'s follow-up dated by its crime', () => {
    assert.equal(eventDate('Police arrested a man on Wednesday after Monday\'s attack on a shopkeeper in Sallow, a spokesman said.', published), '2031-05-05');
  });

  it('should read the phrases by themselves', () => {
    assert.equal(antecedentDay('The rise followed ', "'s seizure of the ship."), true);
    assert.equal(antecedentDay('Rates rose, brokers said, after ', "'s seizure of the ship."), false);
    assert.equal(antecedentDay('Rates rose on Thursday, brokers said, after ', "'s seizure of the ship."), true);
    assert.equal(antecedentDay('The rise came in the wake of the seizure of the tanker by rebels on ', '.'), true);
    assert.equal(relativeClauseDay('Navies agreed on Wednesday to act, after the rebels, which seized the tanker on '), true);
  });
});

describe('relativeClauseDay: what befell a place is the report\'s own incident', () => {
  it('should keep the day of a passive relative clause', () => {
    assert.equal(relativeClauseDay('Rescuers on Monday recovered nine bodies from Tarn, which was buried by a landslide on '), false);
  });
});
