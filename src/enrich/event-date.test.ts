import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseEventDate } from './event-date.js';
import { splitSentences } from './sentences.js';
import { findTimexes, referenceFrom } from './timex.js';

function eventDate(body: string, publishedAt: string): string | null {
  const sentences = splitSentences(body);
  const reference = referenceFrom(publishedAt);
  return chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference)?.value ?? null;
}

describe('chooseEventDate', () => {
  it("should date a periodic report by its publication day, not by the day its figures are counted to", () => {
    // Published on Thursday 2027-03-18: the index came out on Tuesday; March 1 is its census day.
    const body = 'OSLO -- A record 412 editors were in prison around the globe on March 1, the Free Pen Alliance said in its annual index published on Tuesday.\n\nThe index counted 37 editors killed in the twelve months to March 1. As of March 1, 19 editors were missing.';
    assert.equal(eventDate(body, '2027-03-18T09:00:00Z'), '2027-03-16');
    const released = 'The Free Pen Alliance released its annual index on Tuesday. It found 412 editors in prison as of March 1.';
    assert.equal(eventDate(released, '2027-03-18T09:00:00Z'), '2027-03-16');
  });

  it("should date an incident by its own day, not by the day of a yearly report cited after it as background", () => {
    // Published on Friday 2026-09-18: the raid was on Thursday, the survey came out on Wednesday.
    const body = 'KABUL (Wire) - Gunmen killed six aid workers in a raid on a clinic near Kabul on Thursday, officials said.\n\nThe raid came a day after a relief agency, in its annual survey released on Wednesday, said attacks on aid staff had doubled.';
    assert.equal(eventDate(body, '2026-09-18T10:00:00Z'), '2026-09-17');
  });

  it('should date the event by the sentence that reports it, not by the arrest that followed', () => {
    // Published on Thursday 2025-03-13: the arrest was on Wednesday, the shooting on Saturday.
    const body = 'Police arrested a man on Wednesday in connection with a shooting. Two people were shot on Saturday outside a bar on Main Street, officers said.';
    assert.equal(eventDate(body, '2025-03-13T09:00:00Z'), '2025-03-08');
  });

  it('should date a hack by when it was seen, not by the day officials blamed someone for it', () => {
    const body = 'Estonian authorities on Tuesday blamed the Russian state-backed hacking group APT29 for a breach at Tartu University Hospital that began over the weekend.\n\nThe Information System Authority said the first malicious activity was seen late on Saturday and that the hospital detected the intrusion on Sunday morning.';
    assert.equal(eventDate(body, '2025-03-11T16:45:00Z'), '2025-03-08');
    // "gained access", "compromised": the intrusion's own words, not the day the government spoke.
    const gdansk = "Poland's government said on Tuesday that a cyberattack on a water utility in Gdansk bore the hallmarks of APT28. The attackers gained access to the utility's control systems late on Sunday and were discovered early on Monday.";
    assert.equal(eventDate(gdansk, '2026-03-03T14:10:00Z'), '2026-03-01');
  });

  it("should date a ransomware attack by when the systems were encrypted, not by the day the operator spoke", () => {
    // Published on Monday 2026-11-16.
    const body = "ROTTERDAM (Reuters) -- A ransomware attack has halted operations at a container terminal in the port of Rotterdam, the terminal operator said on Monday.\n\nDelta Haven Terminals said its systems were encrypted late on Saturday and that it had shut down its software as a precaution.";
    assert.equal(eventDate(body, '2026-11-16T10:00:00Z'), '2026-11-14');
  });

  it('should date a shooting in the small hours after a named night by the day its clock time falls on', () => {
    // Published on Sunday 2025-03-16: the party was Friday night, the shots came at 1:20 a.m. on Saturday.
    const body = 'A party at a union hall on Friday night ended in gunfire. Two men were shot at about 1:20 a.m. outside the hall, officers said.';
    assert.equal(eventDate(body, '2025-03-16T09:00:00Z'), '2025-03-15');
  });

  it('should leave out a bare weekday read six days back, and date the event by another day of the text', () => {
    // Published on Tuesday 2026-03-10: "Wednesday" would read back to March 4, but the page tells of the
    // day after its stamp; the shooting it tells is Tuesday night's.
    const body = 'Deputies searched backyards on the north side Wednesday and recovered a pistol they think someone used to shoot an 8-year-old Tuesday night.';
    assert.equal(eventDate(body, '2026-03-10T12:00:00Z'), '2026-03-10');
    // Named as past, the week-old day stands.
    const last = 'Last Wednesday, an 8-year-old was shot as she slept on the north side. Relatives told a TV crew she is healing well.';
    assert.equal(eventDate(last, '2026-03-10T12:00:00Z'), '2026-03-04');
  });

  it("should prefer the incident's own day to a telling's of equal weight", () => {
    // Published on Wednesday 2026-03-11: the lead's day is the announcement's, the shooting was Tuesday.
    const body = 'The sheriff announced Wednesday a reward for information on the shooting of two brothers.\n\nInvestigators have few leads.\n\nThe brothers were shot just before 1 a.m. Tuesday outside a gas station on Route 9.';
    assert.equal(eventDate(body, '2026-03-11T15:00:00Z'), '2026-03-10');
  });

  it('should fall back to the publication date when the article gives no day', () => {
    assert.equal(eventDate('Residents said the water was cloudy.', '2025-03-13T09:00:00Z'), '2025-03-13');
  });
  it('should not take a page timestamp left in scraped text for the event date', () => {
    const body = 'Two men charged after a girl was shot Posted: Friday, March 14, 2025 10:21 AM EST. The girl was shot on Wednesday at a home on Oak Street, police said.';
    assert.equal(eventDate(body, '2025-03-14T15:21:00Z'), '2025-03-12');
  });

  it("should not take a dateline's day, the day the story was filed, for the event date", () => {
    const body = 'WASHINGTON, June 28 (Capital Wire) -- The Treasury on Thursday sanctioned five men over money laundering for a hacking group, officials said.';
    assert.equal(eventDate(body, '2024-06-28T09:00:00Z'), '2024-06-27');
    // A date written in the story itself still counts.
    assert.equal(eventDate('A gunman opened fire on June 27 at a mall in Dayton, police said.', '2024-06-28T09:00:00Z'), '2024-06-27');
  });

  it("should not take a dateline's day in brackets, or an update's stamp, for the event date", () => {
    // Local stations write the filing day in brackets after the place, or alone at the top.
    const county = 'MARLOW COUNTY, Ind. (Nov. 18, 2025)— A hunting trip went wrong when a companion\'s rifle went off and wounded a 14-year-old. Deputies were called to a field off Road 200 on Monday evening.';
    assert.equal(eventDate(county, '2025-11-18T15:00:00Z'), '2025-11-17');
    // (A bare weekday six days back, "on Saturday" in Friday's report, would now give way to the publication day.)
    const top = '(05/09/25) - A dad faces charges because his son found a loaded pistol on a shelf and shot himself. The child was flown to a trauma center on Wednesday.';
    assert.equal(eventDate(top, '2025-05-09T15:00:00Z'), '2025-05-07');
    // An update's stamp is when the page changed, not when anyone was shot.
    const update = 'Three people were shot late Monday outside a corner store on Birch Avenue. UPDATE (8/14/25): Detectives said nobody is in custody yet.';
    assert.equal(eventDate(update, '2025-08-13T09:00:00Z'), '2025-08-11');
    const breaking = 'BREAKING (Thursday, 3:47 p.m.): Doctors have ended life support for the wounded girl, relatives said. Officers went to a house on Elm Street on Monday night after the shots.';
    assert.equal(eventDate(breaking, '2025-07-10T22:00:00Z'), '2025-07-07');
    // A bracketed day inside a sentence is the story's own.
    assert.equal(eventDate('The shooting (on Sunday, May 4) left two men wounded, police said.', '2025-05-06T09:00:00Z'), '2025-05-04');
    assert.equal(eventDate('Two men were shot (Sunday, May 4) - one of them fatally - outside a bar on Elm Street.', '2025-05-06T09:00:00Z'), '2025-05-04');
    // A heading's "UPDATE:" and prose's "breaking" or "updates" are no stamps.
    assert.equal(eventDate("UPDATE: Sunday's shooting on Elm Street has claimed a second life, police said.", '2025-05-06T09:00:00Z'), '2025-05-04');
    assert.equal(eventDate('Residents fled as the levee started breaking Sunday, flooding 200 homes.', '2025-05-06T09:00:00Z'), '2025-05-04');
    assert.equal(eventDate('Police provided updates Tuesday: two men were shot outside a bar.', '2025-05-07T09:00:00Z'), '2025-05-06');
  });

  it('should not take the day the police spoke, or a later condition report, for the event date', () => {
    // Published on Monday 2025-03-17: told on Sunday, the shooting on Friday.
    const told = 'Authorities Sunday said two people were killed. The two men were shot on Friday outside a cafe on Quay Street.';
    assert.equal(eventDate(told, '2025-03-17T09:00:00Z'), '2025-03-14');
    const condition = 'An 11-year-old remained in critical condition Sunday after he was shot with three friends on Friday at a playground.';
    assert.equal(eventDate(condition, '2025-03-17T09:00:00Z'), '2025-03-14');
  });

  it('should date the event after "after", and take the earlier of two days one sentence weighs alike', () => {
    // Published on Saturday 2025-03-15.
    const after = 'Deputies combed a creek bed on Thursday after a first-grader was fatally shot. He was shot on Wednesday in his own yard.';
    assert.equal(eventDate(after, '2025-03-15'), '2025-03-12');
    const search = 'Officers went door to door on Saturday, hunting the gunmen who killed three workers in an ambush late Friday.';
    assert.equal(eventDate(search, '2025-03-15'), '2025-03-14');
  });

  it('should keep the first day of a sentence over a weekday that lands most of a week before it', () => {
    // Dated Sunday 2025-03-16 (day only): "Monday" reads as March 10, six days back; the shooting was Sunday.
    const body = 'A teenager who was shot in the knee Sunday was listed as stable Monday morning, deputies said.';
    assert.equal(eventDate(body, '2025-03-16'), '2025-03-16');
    // Days a night apart still give the earlier one.
    const night = 'A woman who was shot late Saturday was in stable condition Sunday morning, deputies said.';
    assert.equal(eventDate(night, '2025-03-16'), '2025-03-15');
  });

  it('should still take the earlier of two days of one sentence when they lie more than three days apart', () => {
    // Dated Friday 2025-03-14: the shooting was on Saturday the 8th, the death on Thursday the 13th. A
    // limit of three days between them (for the week-wrapped "Monday" above) took the death's day.
    assert.equal(eventDate('A man who died Thursday had been shot Saturday on Main Street, police said.', '2025-03-14'), '2025-03-08');
    assert.equal(eventDate('A man who died March 13 had been shot March 9 on Main Street, police said.', '2025-03-14'), '2025-03-09');
  });

  it("should date a follow-up by the incident it states, when its own days are the aftermath's", () => {
    // Published on Friday 2014-04-04: the sentence was handed down that day, the killing a year before.
    const sentenced = 'Albert Ruiz, 18, was sentenced Friday to 40 years in prison for killing Shane Moorcastle on March 4, 2013. The judge called the crime senseless.';
    assert.equal(eventDate(sentenced, '2014-04-04T18:00:00Z'), '2013-03-04');
    // The day named as the incident's modifier; 'today' is the plea's.
    const plea = 'A Toledo resident charged over a May 25 shooting that cost one life and injured three pleaded not guilty today in the county court.';
    assert.equal(eventDate(plea, '2014-11-18T12:00:00Z'), '2014-05-25');
    // A follow-up with no day of its own.
    const retro = 'Investigators are still piecing together the Feb. 7 shooting in this small town, the police chief said in a statement.';
    assert.equal(eventDate(retro, '2017-02-27T12:00:00Z'), '2017-02-07');
  });

  it('should date a follow-up by its incident when its recent day reports no event, or is an arrest with a day of its own', () => {
    const surrender = 'Appearing with a lawyer, the uncle turned himself in to police Thursday morning. His nephew was shot in the arm on Aug. 5 at a cookout, police said.';
    assert.equal(eventDate(surrender, '2015-09-10T18:00:00Z'), '2015-08-05');
    // The arrest has its day (Saturday); the day after 'the fatal shooting' is the shooting's.
    const arrest = 'A third suspect, Zachary Lockhaven, 18, was arrested on Saturday in the fatal shooting on January 12.';
    assert.equal(eventDate(arrest, '2015-02-28T18:00:00Z'), '2015-01-12');
    // Without a day of its own, the arrest keeps the later one; "Marcus" is no month.
    assert.equal(eventDate('Police arrested Marcus Smith in the fatal shooting on January 12.', '2015-02-28T18:00:00Z'), '2015-02-28');
    // "24/7" is no day of the arrest's own.
    assert.equal(eventDate('He was arrested by a 24/7 task force in the shooting on May 1.', '2015-06-20T18:00:00Z'), '2015-06-20');
    // A new killing told with words of its own keeps its day over an older one the article cites.
    const witness = 'A man was gunned down outside a bodega early Saturday, police said. He had seen the fatal shooting of a rapper on Jan. 4.';
    assert.equal(eventDate(witness, '2015-06-14T18:00:00Z'), '2015-06-13');
    assert.equal(eventDate('A woman was slain in her home on Saturday. Her brother was shot on March 2.', '2015-06-14T18:00:00Z'), '2015-06-13');
    // A mother's plea two months on, with the incident's day as "the evening of" it.
    const plea = 'Gunfire erupted outside a duplex on the evening of September 16. Seven weeks on, the mother of the young man killed there pleads for witnesses.';
    assert.equal(eventDate(plea, '2013-11-05T18:00:00Z'), '2013-09-16');
  });

  it("should not take a bare 'incident' of an earlier charge for the followed shooting, unless its sentence tells violence", () => {
    // Published on Monday 2019-06-17: the killings were Saturday; the May 3 incident is a traffic charge in the suspect's record.
    const record = 'A couple was discovered dead of gunshot wounds on Saturday inside their house on Birch Lane, and a neighbor was arrested. In May, the neighbor was cited for careless driving stemming from an unspecified May 3 incident.';
    assert.equal(eventDate(record, '2019-06-17T12:00:00Z'), '2019-06-15');
    // Told with its violence, the bare incident is the followed one: the charge is this report's later step.
    const charged = 'A man was arrested on Saturday and charged with murder in the May 3 incident on Birch Lane.';
    assert.equal(eventDate(charged, '2019-06-17T12:00:00Z'), '2019-05-03');
    const gun = 'Prosecutors filed charges on Friday against a man they say fired a gun at neighbors in a May 3 incident.';
    assert.equal(eventDate(gun, '2019-06-17T12:00:00Z'), '2019-05-03');
  });

  it('should weigh "arrests" as a later step, as "arrested" is, against the day of the killing', () => {
    // Published on Friday 2021-10-15: the arrests were announced on Thursday, the girl was killed the Saturday before.
    const body = 'The police chief announced the first two arrests on Thursday afternoon. Both men are members of a street gang, he said. Neighbors have set up a memorial of balloons and stuffed animals. An 8-year-old on a scooter was shot and killed on October 9.';
    assert.equal(eventDate(body, '2021-10-15T12:00:00Z'), '2021-10-09');
  });

  it('should keep the article its own event when its recent day reports one, or the earlier day is an arrest', () => {
    // The talks are this week's news; the summit they follow is an earlier event, not this one's date.
    const talks = 'The two ministers met on Friday in Seoul, their first meeting since the summit of August 18, 2023, where the three leaders were attacked in the press.';
    assert.equal(eventDate(talks, '2024-03-16T09:00:00Z'), '2024-03-15');
    const again = 'Two men were shot on Friday in the same block as the March 1 shooting, police said.';
    assert.equal(eventDate(again, '2024-03-16T09:00:00Z'), '2024-03-15');
    // An earlier arrest is no incident, however near the word 'shooting'.
    const arrest = 'A man was arrested in the shooting on March 4, 2013, officials said Tuesday.';
    assert.equal(eventDate(arrest, '2014-04-04T09:00:00Z'), '2014-04-01');
  });

  it('should date the event by a day the text ties to the incident ("the shooting happened Tuesday", "the Saturday shooting"), not by a step right before its day', () => {
    // Published Thursday 2016-05-19.
    const held = 'A man was jailed Thursday, charged with capital murder. The shooting happened Tuesday outside a mobile home near Harlan. The boy died Wednesday at a hospital.';
    assert.equal(eventDate(held, '2016-05-19T18:00:00Z'), '2016-05-17');
    const arraigned = 'Two teens appeared in court Tuesday over a shooting that hurt three people at the weekend. Police say the pair fired into a birthday cookout on Wexley Street Saturday night.';
    assert.equal(eventDate(arraigned, '2016-09-06T18:00:00Z'), '2016-09-03');
    // "on Sunday identified": the day of the naming, not of the killing the sentence also dates.
    assert.equal(eventDate("Deputies on Sunday identified the three relatives slain Christmas Eve in a farmhouse.", '2016-12-24T18:00:00Z'), '2016-12-24');
    // "set bail at $300,000 Monday", "A funeral is planned for Friday": a step's day, not the shooting's.
    assert.equal(eventDate('A judge set bail at $300,000 Monday for a man police say traded shots with a rival, wounding a girl nearby. The gunfire broke out on Friday on Tollard Street.', '2016-06-20T18:00:00Z'), '2016-06-17');
    assert.equal(eventDate('A funeral is planned for Friday for a two-year-old who found a loaded pistol and shot herself. The girl died at a hospital on Monday.', '2015-02-13T18:00:00Z'), '2015-02-09');
    // A gunshot wound is the event's word.
    assert.equal(eventDate('The coroner on Thursday ruled the death accidental. A night guard had a gunshot wound when coworkers reached him around 7:40 p.m. Monday, Nov. 7, at the arcade.', '2016-11-10T18:00:00Z'), '2016-11-07');
    // A clock time alone is no tie: its day is a guess ("said Friday" names the publication's day).
    const clock = 'A 16-year-old died Thursday when a rifle went off by the lake, deputies said. He could not be saved, the captain said Friday. The shooting occurred close to 6:10 p.m. on the pier, he said.';
    assert.equal(eventDate(clock, '2014-05-23T18:00:00Z'), '2014-05-22');
  });

  it("should find a follow-up's incident day where it happened, took place, or opens a sentence of the police's response", () => {
    assert.equal(eventDate('A man got a life term Wednesday. According to detectives, the shooting happened on March 8, 2013, near a bus depot.', '2014-09-17T18:00:00Z'), '2013-03-08');
    assert.equal(eventDate('Deputies are holding a 16-year-old over a fatal shooting at a graduation party in Indio on Saturday, May 17.', '2014-06-04T18:00:00Z'), '2014-05-17');
    assert.equal(eventDate('A man was booked Tuesday afternoon on drug counts. On the evening of Jan. 6, officers responded to a duplex in Newnan after a caller heard gunfire.', '2017-01-17T18:00:00Z'), '2017-01-06');
    assert.equal(eventDate('A 14-year-old faces charges over a teen\'s killing. Near 3:40 p.m. Sept. 1 on Ninth Avenue NE, police found two young men with gunshot wounds.', '2016-09-12T18:00:00Z'), '2016-09-01');
    // A death since the shooting: the shooting named by its day is the event.
    assert.equal(eventDate('A man was charged Tuesday with murder. Prosecutors say the case grew out of a November 29 shooting that left a teen with a bullet in his jaw. He died on December 25 of those wounds.', '2016-12-28T18:00:00Z'), '2016-11-29');
    // "over an Oct. 12 shooting", "the Nov. 29 death of", "died Monday, Dec. 19, after being shot".
    assert.equal(eventDate('Peoria police say they have charged a 15-year-old over an Oct. 12 shooting during a drug sale that left a man hurt.', '2016-10-25T18:00:00Z'), '2016-10-12');
    assert.equal(eventDate('A complaint filed in district court accuses a man of manslaughter over the Nov. 29 death of a high school senior.', '2016-02-01T18:00:00Z'), '2015-11-29');
    assert.equal(eventDate('Coroner records show that Tomas Velloro, 19, died Monday, Dec. 19, after being shot in a Van Nuys alley.', '2017-01-03T18:00:00Z'), '2016-12-19');
    // "Just before" is the day's own preposition, not a clause of its own (late-incident-day.ts).
    assert.equal(eventDate('Prosecutors charged another man over the killing of two cousins. Both killings happened just before 1 a.m. on April 3 near Elm and Fifth.', '2016-04-28T18:00:00Z'), '2016-04-03');
    // An incident of any kind is another case; a robbery is no shooting.
    assert.notEqual(eventDate('Dunmore faces two robbery counts over an incident that occurred March 20. Two men were shot on Friday night on Lee Road.', '2016-10-17T18:00:00Z'), '2016-03-20');
  });

  it('should take a day the text names over a clock time whose day it does not', () => {
    // Published on Saturday 2025-03-15: '6 p.m.' alone would be the publication day's.
    const body = 'Two men were shot around 6 p.m. outside a bar on Quay Street. The shooting happened on Thursday, police said.';
    assert.equal(eventDate(body, '2025-03-15T09:00:00Z'), '2025-03-13');
    // "last night" names its day: it is no clock time.
    const lastNight = 'A man was shot and killed last night in Dayton. His brother was wounded on Sunday in a separate shooting.';
    assert.equal(eventDate(lastNight, '2015-07-01T09:00:00Z'), '2015-06-30');
  });

  it('should not date an article by an earlier incident it cites as background, or by a death of illness', () => {
    // A telling is the article's own news; only a procedural step (arrest, court, funeral) hands the date over.
    assert.equal(eventDate('Israel said on Monday it had struck targets in Gaza. The Oct. 7 attack killed 1,200 people.', '2023-11-14'), '2023-11-13');
    assert.equal(eventDate('A man shot on Friday remained in critical condition. It is the third shooting on the street since the May 25 shooting.', '2015-07-13'), '2015-07-10');
    assert.equal(eventDate('Families gathered at a vigil on Sunday to mark the anniversary of the June 12, 2016 shooting at the club.', '2017-06-13'), '2017-06-11');
    assert.equal(eventDate('Five years after her son was killed on June 3, 2019, she campaigns for safer streets.', '2024-06-08'), '2024-06-08');
    assert.equal(eventDate('A man was charged Tuesday with murder. His wife died on March 3, 2021, of cancer.', '2022-06-08'), '2022-06-07');
  });

  it('should not date an article by another incident it compares its own with ("Unlike the ambush on July 7")', () => {
    // Published Saturday 2026-08-01: the arrest's Friday is the report's own day; the ambush is another story.
    const arrest = 'Police arrested a man Friday in the shooting of a deputy. Unlike the ambush that killed two troopers on July 7 in Dayton, there was no sign the deputy was targeted.';
    assert.equal(eventDate(arrest, '2026-08-01T12:00:00Z'), '2026-07-31');
    // With no day of its own, the report falls back to its publication, not to the compared incident's day.
    const quiet = 'Similar to the shooting that wounded four people at a cookout on May 1, bullets struck a house on Elm Street, but no one was hurt.';
    assert.equal(eventDate(quiet, '2026-06-20T12:00:00Z'), '2026-06-20');
    // Its own incident named by its day still dates a follow-up.
    const own = 'A man was charged Friday with murder in the May 1 shooting at a cookout on Elm Street.';
    assert.equal(eventDate(own, '2026-06-20T12:00:00Z'), '2026-05-01');
  });

  it("should find a follow-up's incident day past an age, a place, AP style, a fronted day, or a verb that governs the killing", () => {
    const friday = '2014-04-05';
    assert.equal(eventDate('Albert Ruiz was sentenced Friday to 40 years for killing Shane Moorcastle, 23, on March 4, 2013.', friday), '2013-03-04');
    assert.equal(eventDate('Ruiz was sentenced Friday for killing Moore in Dallas, Texas, on March 4, 2013.', friday), '2013-03-04');
    assert.equal(eventDate('Ruiz was sentenced Friday for killing Moore March 4, 2013.', friday), '2013-03-04');
    assert.equal(eventDate('Ruiz was sentenced Friday. On March 4, 2013, Ruiz shot Moore outside a bar.', friday), '2013-03-04');
    assert.equal(eventDate('He pleaded guilty Friday to shooting Moore on March 4, 2013.', friday), '2013-03-04');
    assert.equal(eventDate('Detectives said Monday they have charged a drifter who opened fire inside a shopping center, killing three, on Dec. 1.', '2015-12-16'), '2015-12-01');
  });

  it("should read a fronted incident day's sentence past a middle initial", () => {
    const body = 'A second man was charged Thursday. On May 2, Anna J. Reed was walking her dog along the canal when she was shot in the arm.';
    assert.equal(eventDate(body, '2015-05-22'), '2015-05-02');
  });

  it('should take a shoot-out or a gunfight as the incident a fronted day dates', () => {
    const body = 'The marina is quiet in winter. Fire crews drove out to the marina again on Saturday for a boat fire. On Aug. 3, 2012, the call there was a shootout between two crews of anglers.';
    assert.equal(eventDate(body, '2013-02-12'), '2012-08-03');
  });

  it('should date a follow-up by the day the text says the incident happened, not by a later visit', () => {
    const body = 'A nurse reported a gunshot wound in a boy of nine on Monday. His uncle told detectives the shooting happened March 9, in a barn behind the farmhouse.';
    assert.equal(eventDate(body, '2021-03-24'), '2021-03-09');
    // One incident of several: the article's own may be another.
    const first = 'Two men were shot on Monday outside a diner on Birch Road. The first shooting happened March 9 in a parking lot across town.';
    assert.equal(eventDate(first, '2021-03-24'), '2021-03-22');
  });

  it('should date an article by the meeting it announces, not by the day an official spoke', () => {
    // Published on Friday 2024-05-10: the meeting is on Tuesday the 14th.
    assert.equal(eventDate('Top diplomats from South Korea and Japan will meet on Tuesday in Seoul, Tokyo said Friday.', '2024-05-10T08:00:00Z'), '2024-05-14');
    assert.equal(eventDate('The two sides will hold talks on Tuesday in Seoul, the ministry said Friday.', '2024-05-10T08:00:00Z'), '2024-05-14');
    // A crime report keeps its own day: a funeral ahead is no meeting.
    assert.equal(eventDate('Two men were shot on Thursday night. Funeral services will be held on Tuesday, police said Friday.', '2024-05-10T08:00:00Z'), '2024-05-09');
  });

  it('should date a vote or a summit a report announces in the present tense on the day ahead', () => {
    // Published on Friday 2025-05-30: Sunday is June 1.
    assert.equal(eventDate('Voters in Poland go to the polls on Sunday in a presidential runoff.', '2025-05-30T10:00:00Z'), '2025-06-01');
    assert.equal(eventDate('Voters in Poland will go to the polls on Sunday in a presidential runoff.', '2025-05-30T10:00:00Z'), '2025-06-01');
    assert.equal(eventDate('Moldovans vote on Sunday in a parliamentary election.', '2025-09-26T10:00:00Z'), '2025-09-28');
    assert.equal(eventDate('G7 leaders meet in Kananaskis on Monday for talks lasting three days.', '2025-06-13T10:00:00Z'), '2025-06-16');
    // The past stays past.
    assert.equal(eventDate('Moldovans voted on Sunday in a parliamentary election.', '2025-09-29T10:00:00Z'), '2025-09-28');
    assert.equal(eventDate('The leaders did not meet on Monday, officials said.', '2025-06-18T10:00:00Z'), '2025-06-16');
    assert.equal(eventDate("The leaders didn't meet on Monday, officials said.", '2025-06-18T10:00:00Z'), '2025-06-16');
    // A noun is no present tense.
    assert.equal(eventDate('Lawmakers approved the budget in a parliamentary vote on Sunday.', '2025-06-16T10:00:00Z'), '2025-06-15');
    assert.equal(eventDate('The Senate passed the bill with 52 votes on Sunday.', '2025-06-16T10:00:00Z'), '2025-06-15');
    assert.equal(eventDate('A man was shot at a swim meet on Saturday.', '2025-06-16T10:00:00Z'), '2025-06-14');
  });

  it("should date an election by the day its possessive names, not by the day results were announced", () => {
    // Published on Monday 2026-03-16: the vote was on Sunday, the results on Monday.
    const courant = "The Mongolian People's Party has won Mongolia's parliamentary election, preliminary results showed on Monday, with 43.9% of the vote counted. The Democratic Party was on 31.2%, with almost all ballots counted from Sunday's vote.";
    assert.equal(eventDate(courant, '2026-03-16T03:40:00+00:00'), '2026-03-15');
    // "said early Monday": a telling, like "said Monday".
    const observer = "Mongolia's governing party won Sunday's parliamentary election, the General Election Commission said early Monday local time.";
    assert.equal(eventDate(observer, '2026-03-15T22:00:00-04:00'), '2026-03-15');
  });

  it("should not date an event by the end of a span ('till Wednesday')", () => {
    assert.equal(eventDate('Cyclone Murasu, which crossed the coast near Pasni at around 11:30pm on Monday, has claimed at least 14 lives, officials said. The Met Office said the storm had weakened but warned of heavy falls in Karachi till Wednesday.', '2026-11-03T17:10:00Z'), '2026-11-02');
  });

  it("should not date an event by the days of a tally's span ('since Friday', 'between Friday evening and Monday morning')", () => {
    // Published on Monday 2025-06-16.
    const since = 'Since Friday, there have been four shootings in the city. The latest wounded a man late Saturday outside a bakery on Pine Street.';
    assert.equal(eventDate(since, '2025-06-16T12:00:00Z'), '2025-06-14');
    const between = 'Two cousins were killed early Sunday on the East Side, among 11 people shot in the city between Friday evening and Monday morning.';
    assert.equal(eventDate(between, '2025-06-16T12:00:00Z'), '2025-06-15');
    // An hour's span within one night keeps its day.
    assert.equal(eventDate('Deputies said the shots were fired between 1:30 and 2 a.m. Sunday outside a lounge.', '2025-06-16T12:00:00Z'), '2025-06-15');
  });

  it('should not date an event by the day after publication when the time of publication is not known', () => {
    // Published on Monday 2025-06-16, the day alone: Tuesday is still to come.
    assert.equal(eventDate('The boy had found his father\'s handgun in a closet, deputies said. A vigil will be held Tuesday at the park.', '2025-06-16'), '2025-06-16');
    assert.equal(eventDate('A man shot in the chest on Elm Street is due in court Tuesday on a weapons charge.', '2025-06-16'), '2025-06-16');
  });

  it("should date a charge by the fire, blast or breach it follows, as by a shooting", () => {
    assert.equal(eventDate('Investigators charged a roofer, 41, with arson on Wednesday in connection with the March 3 fire that gutted a warehouse, the fire marshal said.', '2024-03-21T10:00:00Z'), '2024-03-03');
  });

  it("should date a lead of diplomacy by its own day, not by an earlier act a later sentence names", () => {
    // Published Friday 2027-05-14. The leads name no violent act; the later sentences name earlier acts.
    const council = 'GENEVA - The council on Thursday adopted new measures against the shipping firm. The step follows the April 30 rocket test and the fines announced by the ministry on Monday.';
    assert.equal(eventDate(council, '2027-05-14T09:00:00Z'), '2027-05-13');
    // "after its May 3 launch": the day in the lead's own "after" phrase belongs to the launch.
    const veto = 'UNITED NATIONS - Moscow on Thursday vetoed a draft that would have widened the embargo after its May 3 satellite launch.';
    assert.equal(eventDate(veto, '2027-05-14T09:00:00Z'), '2027-05-13');
    // Where the lead's day is only a later telling of an act ("said on Thursday"), the act's day still wins.
    const hack = 'The utility said on Thursday it was investigating. Its billing servers were encrypted late on Tuesday.';
    assert.equal(eventDate(hack, '2027-05-14T09:00:00Z'), '2027-05-11');
  });
  it('should not date the event by a day still to come, even the publication\'s own', () => {
    // Published on Thursday 2025-09-11: the autopsy is planned for that day, the shooting was on Wednesday.
    const body = 'A man will appear in court Thursday over the shooting of his cousin. Deputies went to the farmhouse late Wednesday.';
    assert.equal(eventDate(body, '2025-09-11T09:00:00Z'), '2025-09-10');
    const court = 'A teenager was charged with attempted murder. He is expected in front of a magistrate Thursday afternoon. The victim was shot on Tuesday night on Elm Street.';
    assert.equal(eventDate(court, '2025-09-11T09:00:00Z'), '2025-09-09');
  });

  it("should date the event by the shooting, not by the victim's surgery or discharge", () => {
    // Published on Sunday 2025-09-14: the girl was shot on Saturday; the surgery and discharge came after.
    const surgery = 'A toddler was wounded when her older brother fired a gun inside a house on Oak Street. She came through surgery Sunday, police said. The shooting happened late Saturday.';
    assert.equal(eventDate(surgery, '2025-09-14T18:00:00Z'), '2025-09-13');
    const discharged = 'A teen hit by a bullet in the ribs was discharged Sunday evening, the hospital said. He was wounded on Saturday at a park.';
    assert.equal(eventDate(discharged, '2025-09-14T20:00:00Z'), '2025-09-13');
    // A surgery told in the shooting's own sentence does not move its day.
    const spleen = 'A boy was still in critical condition Sunday following a shooting on Elm Street that hurt three others. He was shot in the side late Saturday, and surgeons took out his spleen, his mother said.';
    assert.equal(eventDate(spleen, '2025-09-14T20:00:00Z'), '2025-09-13');
  });
  it("should date a follow-up by the day it says shots were fired", () => {
    // Published on Friday 2025-11-14, five weeks after the shooting.
    const body = 'A man was arrested Thursday on an attempted murder count. Police say he fired a handgun into a corner store on Oct. 8, striking two customers.';
    assert.equal(eventDate(body, '2025-11-14T09:00:00Z'), '2025-10-08');
  });

  it('should not date a lawsuit or a hearing by the day someone was fired from a job', () => {
    // Published on Thursday 2025-03-13: "fired" here ends a job; no weapon is fired.
    const suit = 'A former clerk filed a lawsuit in federal court on Tuesday against the town of Alderbrook. Mara Quill was fired on January 5 after she reported her supervisor.';
    assert.equal(eventDate(suit, '2025-03-13T09:00:00Z'), '2025-03-11');
    const hearing = "A state senate panel held a hearing on Tuesday on the firing of the agency's auditor on January 17.";
    assert.equal(eventDate(hearing, '2025-03-13T09:00:00Z'), '2025-03-11');
    // A weapon fired keeps the incident's day.
    const rockets = 'The trial of two men opened on Tuesday. Rockets were fired on January 22 at an army depot, prosecutors said.';
    assert.equal(eventDate(rockets, '2025-03-13T09:00:00Z'), '2025-01-22');
  });

  it('should date a follow-up by the incident its day names: a shootout, the deaths of', () => {
    // Published on Friday 2025-11-14.
    const shootout = 'Three men pleaded guilty Thursday to their roles in the Sept. 21 shootout at a block party on Elm Street.';
    assert.equal(eventDate(shootout, '2025-11-14T09:00:00Z'), '2025-09-21');
    const deaths = 'A man was charged Thursday with four counts of murder in the Aug. 30 deaths of his parents, his sister and her son.';
    assert.equal(eventDate(deaths, '2025-11-14T09:00:00Z'), '2025-08-30');
  });

  it('should date a follow-up by the incident its day names, not by the day someone spoke of it', () => {
    // Published on Tuesday 2025-11-25, three weeks after the shooting.
    const body = 'Detectives are still working out what led to a Nov. 3 shooting on Birch Road. The man who was hurt went home from the hospital, the chief said Monday.';
    assert.equal(eventDate(body, '2025-11-25T09:00:00Z'), '2025-11-03');
  });

  it("should keep the lead's own day against a later sentence's shots fired", () => {
    // Published on Thursday 2026-03-19: the lead's statement answers a launch two weeks before.
    const body = 'SEOUL - The ministry vowed on March 17 to answer the new sanctions. The navy fired two missiles on March 4, the launch that set off the sanctions.';
    assert.equal(eventDate(body, '2026-03-19T09:00:00Z'), '2026-03-17');
  });
  it("should take a follow-up's incident day when the step is dated 'last week' in the same sentence", () => {
    // Published on Wednesday 2026-10-28: the arrest is the follow-up's news; "last week" dates a request, not an earlier incident.
    const body = 'Marshals arrested a man at his apartment, the task force said. Last week the sheriff sought the task force\'s help looking into the Sept. 27 shooting at a banquet hall.';
    assert.equal(eventDate(body, '2026-10-28T12:00:00Z'), '2026-09-27');
  });

  it('should keep an earlier incident cited as the last one as background', () => {
    // "the last shooting, on May 25" is not what the news of Friday follows.
    const body = 'Two men were charged on Friday with robbery. It was the third robbery on the block since the last shooting on May 25.';
    assert.equal(eventDate(body, '2026-07-18T12:00:00Z'), '2026-07-17');
  });

  it("should date a follow-up on charges by 'the June 13 incident' it names", () => {
    // Published on Monday 2026-07-20: the court step is Monday's, the incident five weeks before.
    const body = 'A judge set bond Monday for a man. He stood before her on counts of firing a gun at a car over the June 13 incident near Linden Park.';
    assert.equal(eventDate(body, '2026-07-20T18:00:00Z'), '2026-06-13');
  });

  it("should not read a video's length in a scraped list as a clock time", () => {
    // Published on Thursday 2026-10-15; the shooting was "Wednesday night"; the list below gives videos' lengths.
    const body = 'A man was shot Wednesday night outside a store, police said.\n\n3:09 Millennials ask: What is it like to retire?\n1:17 Can a new drug cure seizures?';
    const sentences = splitSentences(body);
    const reference = referenceFrom('2026-10-15T09:00:00Z');
    const found = chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference);
    assert.equal(found?.value, '2026-10-14');
    assert.equal(found?.text, 'Wednesday night');
    // Alone, the list gives no day at all: the publication date, marked as a fallback.
    const list = 'Videos\n\n3:09 Millennials ask: What is it like to retire?';
    const listSentences = splitSentences(list);
    assert.equal(chooseEventDate(list, listSentences, findTimexes(list, listSentences, reference), reference)?.fallback, true);
  });
  it("should take a follow-up's incident day after a long object and place ('shot a clerk in the back several times July 16')", () => {
    // Published on Tuesday 2026-07-28: the statement to detectives is the follow-up's, the shooting twelve days before.
    const body = 'Prosecutors on Monday charged a man with aggravated assault. Detectives say Frederick Bowsprey shot a night clerk in the back several times July 16 at a gas station in Oak Cliff.';
    assert.equal(eventDate(body, '2026-07-28T12:00:00Z'), '2026-07-16');
  });

  it('should not take a later clause\'s day as the incident\'s after a long object', () => {
    // "and" opens another step: July 16 is when he was found, not shot; the charge is the article's own day.
    const body = 'A man was charged Monday with aggravated assault. Police say he shot a guard outside a food store in West Dallas and was found July 16 at a motel.';
    assert.equal(eventDate(body, '2026-07-28T12:00:00Z'), '2026-07-27');
  });

  it('should date a follow-up by an incident its recent day\'s own sentence names first, not by the later act of its subject', () => {
    // Published on Thursday 2026-05-21: the suspect's death is the follow-up's news, the shooting of April 12 its incident.
    const body = 'One of two men jailed over the fatal shooting of a first-grader on April 12 died by suicide Wednesday, the county jail said.';
    assert.equal(eventDate(body, '2026-05-21T12:00:00Z'), '2026-04-12');
    // A day the text ties to an incident of its own keeps it: the earlier shooting is background.
    const fresh = 'Four people were shot outside a bakery on April 12, a block from Wednesday\'s shooting on Ash Street.';
    assert.equal(eventDate(fresh, '2026-05-21T12:00:00Z'), '2026-05-20');
  });

  it('should find a follow-up\'s incident day told by a clause after it ("on Dec. 23 when he shot himself", "during a drive-by shooting")', () => {
    // Published on Tuesday 2027-01-05: charges today, the injury eleven days before.
    const body = 'A boy broke his wrist on Dec. 23 when he shot himself with his uncle\'s pistol. On Tuesday, police said they had filed charges against the uncle.';
    assert.equal(eventDate(body, '2027-01-05T12:00:00Z'), '2026-12-23');
    const drive = 'The teen who fired into a house on Pine Street on Nov. 8 during a drive-by shooting wanted revenge, court papers say. He was taken into custody at 6:40 a.m. Wednesday.';
    assert.equal(eventDate(drive, '2026-11-26T12:00:00Z'), '2026-11-08');
    // A step before the day keeps the step's day: the arrest, not the shooting, was on Nov. 8.
    const arrested = 'The teen was arrested on Nov. 8 when officers found him in a car after a shooting. He appeared in court on Wednesday.';
    assert.notEqual(eventDate(arrested, '2026-11-26T12:00:00Z'), '2026-11-08');
  });

  it("should date a follow-up by its incident when its own day is one someone was taken into custody", () => {
    // "Taken into custody" is an arrest: a step after the incident, however the sentence tells of the shooting.
    const body = 'Police say a gunman fired into a house on Pine Street on Nov. 8. The teenager accused of shooting the boy was taken into custody Wednesday.';
    assert.equal(eventDate(body, '2026-11-26T12:00:00Z'), '2026-11-08');
  });

  it('should read a weapon that discharged on a day as the incident, and a patient discharged on a day as a later step', () => {
    // Published on Thursday 2026-11-26.
    const gun = 'Deputies on Wednesday released the name of a boy who was hurt. His shotgun discharged Monday while he was climbing a fence.';
    assert.equal(eventDate(gun, '2026-11-26T12:00:00Z'), '2026-11-23');
    const patient = 'A shopper was shot in the shoulder on Sunday outside a store on Elm Street. She was discharged Tuesday from the hospital.';
    assert.equal(eventDate(patient, '2026-11-26T12:00:00Z'), '2026-11-22');
  });

  it("should weigh less a day that belongs to another incident the article mentions", () => {
    // Published on Tuesday 2026-11-24: the article's shooting was on Monday; Sunday's is another one.
    const body = 'Detectives are also looking into a Sunday night shooting on Oak Street that hurt a man. A teenager was shot and wounded on Monday near a school on Pine Avenue.';
    assert.equal(eventDate(body, '2026-11-24T12:00:00Z'), '2026-11-23');
  });

  it("should read shootings 'in recent weeks' as other incidents than the report's own", () => {
    // Published on Thursday 2026-07-09: the report's shooting was on Sunday night; the holiday's are a judge's aside.
    const body = 'A landlord was charged on Wednesday with a weapons offense. He pointed a revolver at four tenants who showed up at his door Sunday night with a pipe, prosecutors said. The judge remarked that many kids were shot by stray rounds in recent weeks, two boys among them over the Fourth of July.';
    assert.equal(eventDate(body, '2026-07-09T12:00:00Z'), '2026-07-05');
  });

  it("should keep the report's own day where 'in recent days/weeks' tells the run-up to its shooting", () => {
    // Published on Thursday 2026-07-09: the court day was Wednesday, the shooting Sunday night.
    const weeks = 'A man appeared in court Wednesday. Prosecutors said he had threatened the victim repeatedly in recent weeks before he shot him on Sunday night.';
    assert.equal(eventDate(weeks, '2026-07-09T12:00:00Z'), '2026-07-05');
    const days = 'A woman appeared in court Wednesday. Prosecutors said she had threatened the victim repeatedly in recent days before she shot him on Sunday night.';
    assert.equal(eventDate(days, '2026-07-09T12:00:00Z'), '2026-07-05');
    const forWeeks = 'A man appeared in court Wednesday. Prosecutors said he had threatened the victim repeatedly for weeks before he shot him on Sunday night.';
    assert.equal(eventDate(forWeeks, '2026-07-09T12:00:00Z'), '2026-07-05');
    const argued = 'Two brothers were arraigned on Wednesday. Neighbours said the pair had argued in recent months before one of them fired at the other on Saturday afternoon.';
    assert.equal(eventDate(argued, '2026-07-09T12:00:00Z'), '2026-07-04');
  });

  it("should read recent shootings counted in the plural as other incidents than the report's own", () => {
    // Published on Thursday 2026-07-09: the report's wounding was on Monday; Saturday's shooting is one of the others (without the rule, its words of violence won).
    const body = 'A man was charged on Wednesday with attempted murder in the wounding of a neighbour on Monday. Several shootings on the block in recent weeks have left residents afraid, among them one on Saturday night when a teenager was shot in the leg.';
    assert.equal(eventDate(body, '2026-07-09T12:00:00Z'), '2026-07-06');
  });

  it('should weigh less the day of a death from wounds than the day of the shooting', () => {
    const body = 'A man died Tuesday at a hospital. He was shot at a gas station on Elm Street on Saturday.';
    assert.equal(eventDate(body, '2026-11-26T12:00:00Z'), '2026-11-21');
  });

  it('should find a follow-up\'s incident day between its subject and the act ("the brothers on Sept. 3 shot three people")', () => {
    const body = 'An indictment made public Tuesday says the two brothers on Sept. 3 shot three people outside a diner.';
    assert.equal(eventDate(body, '2026-11-26T12:00:00Z'), '2026-09-03');
  });

  it('should find a follow-up\'s incident day after the incident\'s noun and its place ("the shooting at the Elm Street bar on Aug. 29")', () => {
    const body = 'A third man now faces charges over the shooting at the Elm Street bar on Sept. 29, officials said Wednesday.';
    assert.equal(eventDate(body, '2026-11-26T12:00:00Z'), '2026-09-29');
  });

  it('should find a follow-up\'s incident day opening its sentence with "during the early morning hours of"', () => {
    const body = 'A man was sentenced on Monday. During the early morning hours of Sept. 12, gunfire outside a club wounded two people.';
    assert.equal(eventDate(body, '2026-11-26T12:00:00Z'), '2026-09-12');
  });

  it('should weigh less a day on which things only stood as they were or were told ("still in the hospital Sunday", "told WXYZ Sunday")', () => {
    // Published on Monday 2026-03-09: the shooting was on Saturday; each first sentence is about Sunday or Monday.
    const hospital = "A fourth-grader hit by gunfire was still in the hospital Sunday with leg wounds. Someone fired into his family's car Saturday night on Elm Street.";
    assert.equal(eventDate(hospital, '2026-03-09T12:00:00Z'), '2026-03-07');
    const unclear = 'It was unclear Sunday whether the gunman who shot three people knew the family. Three people were wounded Saturday at a birthday party.';
    assert.equal(eventDate(unclear, '2026-03-09T12:00:00Z'), '2026-03-07');
    const conference = 'At a news conference Monday morning, the sheriff said a deputy was shot. The deputy was shot late Saturday during a traffic stop on Route 9.';
    assert.equal(eventDate(conference, '2026-03-09T12:00:00Z'), '2026-03-07');
    const toldStation = 'Police told WXYZ Sunday evening that the teenager who was shot lived in the apartment. Shots were fired Saturday night on Pine Street.';
    assert.equal(eventDate(toldStation, '2026-03-09T12:00:00Z'), '2026-03-07');
    // A transcript in capitals: "TOLD" before capitalised words is no telling to someone named.
    assert.equal(eventDate('WE FIRST TOLD YOU ABOUT THIS SHOOTING LAST NIGHT ON OUR LATE NEWSCAST.', '2026-03-09T12:00:00Z'), '2026-03-08');
    // Taken to hospital on the day of the shooting: that day stays the event's.
    assert.equal(eventDate('A kindergartner was hospitalized Sunday after an accidental shooting at her home.', '2026-03-09T12:00:00Z'), '2026-03-08');
  });

  it('should weigh a time someone was pronounced dead like a death from wounds, below the shooting\'s day', () => {
    // Published on Monday 2026-03-09: shot on Saturday night, pronounced dead on Sunday.
    const body = 'A teenager was pronounced dead at 2:48 a.m. Sunday at St. Clare Hospital. Someone in a passing car shot him Saturday night on the West Side.';
    assert.equal(eventDate(body, '2026-03-09T12:00:00Z'), '2026-03-07');
  });

  it('should weigh less a day followed by what was given or not yet done on it ("on Sunday provided", "had yet to", "in her honor")', () => {
    // Published on Monday 2026-03-09: each incident was on Saturday.
    const notYet = 'Police on Sunday had yet to identify the man who was shot. He was found slumped dead in a pickup Saturday night.';
    assert.equal(eventDate(notYet, '2026-03-09T12:00:00Z'), '2026-03-07');
    const provided = 'Police on Sunday provided a timeline of the standoff. Officers went to the front door at 8:35 a.m. Saturday, and the man inside fired at them.';
    assert.equal(eventDate(provided, '2026-03-09T12:00:00Z'), '2026-03-07');
    const honour = 'Maria Lopez died Saturday, and her classmates wore purple ribbons Sunday in her honor.';
    assert.equal(eventDate(honour, '2026-03-09T12:00:00Z'), '2026-03-07');
  });

  it("should mark a day from a photo's or a video's caption left in the text as a caption's", () => {
    const sentences = (body: string) => splitSentences(body);
    const evidence = (body: string) => {
      const reference = referenceFrom('2026-03-10T12:00:00Z');
      return chooseEventDate(body, sentences(body), findTimexes(body, sentences(body), reference), reference);
    };
    const gallery = evidence('Image 3 of 12 Neighbors gather outside the house on Elm Street where two men were shot Sunday, March 8, 2026.');
    assert.equal(gallery?.value, '2026-03-08');
    assert.equal(gallery?.caption, true);
    assert.equal(evidence('Buy Photo Police speak with reporters March 9, 2026, after a man was shot on Pine Street.')?.caption, true);
    // A sentence that only mentions an image is the story's own.
    assert.equal(evidence('Two men were shot Sunday, March 8, 2026, in an image the police released.')?.caption, undefined);
  });

  it("should count the incident's own words as a report of the event ('where the shooter opened fire Monday evening')", () => {
    // Published on Tuesday 2026-03-10: the chief spoke on Tuesday, the gunman fired on Monday.
    const body = 'Cameras caught the shooting at a laundromat, the police chief said Tuesday. By Tuesday morning, shards of glass still littered the lot where the shooter opened fire Monday evening.';
    assert.equal(eventDate(body, '2026-03-10T12:00:00Z'), '2026-03-09');
  });

  it('should weigh less a day of a telling by release or to reporters ("said in a news release Wednesday", "met with reporters Wednesday")', () => {
    // Published on Thursday 2026-03-12.
    const reporters = 'The chief met with reporters Wednesday to talk about a teen killed in a holdup. The boy was shot Tuesday night during a robbery, police said.';
    assert.equal(eventDate(reporters, '2026-03-12T12:00:00Z'), '2026-03-10');
    const release = 'The cause of death of the boy was a gunshot wound, the coroner said in a news release Wednesday. The boy was killed Sunday when someone fired at the car he was riding in.';
    assert.equal(eventDate(release, '2026-03-12T12:00:00Z'), '2026-03-08');
  });

  it("should read a shooting 'just last week' as another incident than the report's own", () => {
    // Published on Wednesday 2026-03-11: the report's shooting was on Tuesday night.
    const body = 'Four men were shot near a park in Kingsville (updated).\n\nNeighbours said another young man died of gunshot wounds a few doors away just last week, on Saturday, March 7.\n\nThe four men were shot near the park on Tuesday night, just after 10 p.m.';
    assert.equal(eventDate(body, '2026-03-11T12:00:00Z'), '2026-03-10');
  });

  it("should not read 'last week's' before a word other than an incident's as another incident", () => {
    // Published on Thursday 2026-03-26: the shelling was on Wednesday; last week's ceasefire is what it breached.
    const body = "At least 14 people were killed on Wednesday when shells hit a busy bazaar, the worst violation so far of last week's ceasefire, medics said.\n\nThe rebels accused the army of violating the truce signed last Thursday.";
    assert.equal(eventDate(body, '2026-03-26T10:05:00Z'), '2026-03-25');
  });

  it("should weigh a day inside a quotation as the speaker's, a telling's", () => {
    // Published on Thursday 2026-03-12: the shooting was on Wednesday; "today" is the day the neighbour spoke.
    const body = 'Gunfire wounded three people at a housing complex, police said. Officers arrived at the building shortly after 3 p.m. Wednesday. \u201cIt breaks my heart that so many of us got hurt here today,\u201d a neighbour said.';
    assert.equal(eventDate(body, '2026-03-12T12:00:00Z'), '2026-03-11');
  });

  it("should weigh a pledge's day as a telling's, not the incident's", () => {
    // Published on Tuesday 2026-03-17: the escape attempt was on Monday; the sheriff made his pledge on Tuesday.
    const body = 'A county sheriff pledged Tuesday to review how deputies move prisoners after an inmate grabbed an officer\'s gun at the courthouse. The sheriff told reporters the inmate had no cuffs on Monday during the attempt, in which two bailiffs were shot.';
    assert.equal(eventDate(body, '2026-03-17T15:00:00Z'), '2026-03-16');
    const vowed = 'The mayor vowed Sunday to find whoever fired into the crowd. Three concertgoers were wounded in the gunfire Saturday night outside a music hall.';
    assert.equal(eventDate(vowed, '2026-03-16T09:00:00Z'), '2026-03-14');
  });

  it('should date an incident told as days after a holiday by the day counted, not the holiday', () => {
    // Published on Tuesday 2026-12-01: the shooting was on the Friday after Thanksgiving (Nov. 26).
    const body = 'Police have named a man they want to question about the day-after-Thanksgiving shooting of a teenager in a housing complex.';
    assert.equal(eventDate(body, '2026-12-01T09:00:00Z'), '2026-11-27');
  });

  it("should date a late report with no day of its own by the day it gives the incident, not by its publication", () => {
    // Published on Thursday 2025-06-26, four weeks after the shooting.
    const body = 'A boy died nearly a month ago, on May 29, killed by a gunshot to the chest. His family still waits for answers.';
    assert.equal(eventDate(body, '2025-06-26T09:00:00Z'), '2025-05-29');
  });

  it("should date a late report by the incident's day it writes out when its own day is only a later step's", () => {
    // Published on Friday 2025-07-18: the hearing was on Thursday, the shooting on June 21.
    const body = 'A judge on Thursday denied bond for a man accused in the case. Shortly after closing time on June 21, two bartenders were shot outside a tavern on Elm Street.';
    assert.equal(eventDate(body, '2025-07-18T09:00:00Z'), '2025-06-21');
  });

  it('should read "since he was shot" and "since being charged" as the follow-up\'s own incident, not as an earlier one', () => {
    // Published on Thursday 2025-08-14: the bond motion was on Wednesday, the shooting on June 29.
    const jailed = 'On Wednesday a defense lawyer asked a judge to set bond. His client has sat in jail more than four weeks, charged with murder in the June 29 shooting at a motorcycle shop.';
    assert.equal(eventDate(jailed, '2025-08-14T09:00:00Z'), '2025-06-29');
    // "The third shooting since the June 29 shooting" still cites another incident: the arrest keeps its day.
    const third = 'Police arrested a man on Wednesday after a fight downtown. It was the third shooting on the block since the June 29 shooting at a motorcycle shop.';
    assert.equal(eventDate(third, '2025-08-14T09:00:00Z'), '2025-08-13');
  });

  it('should take a fronted day before gunfire as the incident\'s ("Shortly after 3 a.m. on Nov. 21, gunfire broke out")', () => {
    // Published on Wednesday 2026-01-07: the hearing was on Tuesday.
    const body = 'On Tuesday a federal magistrate denied the man bail. Shortly after 3 a.m. on Nov. 21, gunfire broke out by the doors of a nightclub on Pike Street.';
    assert.equal(eventDate(body, '2026-01-07T09:00:00Z'), '2025-11-21');
  });

  it('should not take a day counted from another ("the following day") for a follow-up\'s incident', () => {
    // Published on Wednesday 2026-01-07: "the following day" is Nov. 23, a day after something, never the incident's own.
    const body = 'A man was charged on Tuesday. Crews boarded up the bar on Nov. 22. The mayor met with workers near the shooting the following day.';
    assert.equal(eventDate(body, '2026-01-07T09:00:00Z'), '2026-01-06');
  });

  it("should date a follow-up by its stated incident rather than by a photo caption's day", () => {
    // Published on Tuesday 2026-08-25: the caption's "Sunday morning" is the photo's, the attack was on July 17.
    const body = 'Buy Photo Mourners lay roses on Sunday morning for the deputies slain in the ambush.\n\nThe gunman killed two deputies and wounded four more on July 17 outside a store.';
    assert.equal(eventDate(body, '2026-08-25T09:00:00Z'), '2026-07-17');
  });

  it('should prefer an earlier day of the killing to a later day of arrests that weigh the same', () => {
    // Published on Wednesday 2025-04-16.
    const body = 'The chief named two suspects in custody just after 4 p.m. Wednesday. A stray round killed the girl on April 10 while she was out on her bike.';
    assert.equal(eventDate(body, '2025-04-16T22:00:00Z'), '2025-04-10');
  });

  it("should weigh a search's or an inquiry's day as a telling, not as the shooting's (\"Police were searching late Monday\")", () => {
    // Published on Tuesday 2026-03-10: the search was on Monday, the shots on Saturday night.
    const searching = 'Police were searching late Monday for a man who fired at a crowd outside a bar in Eastport. The gunman opened fire near 11:50 p.m. Saturday by the door of the Rialto Lounge.';
    assert.equal(eventDate(searching, '2026-03-10T09:00:00Z'), '2026-03-07');
    // Published on Monday 2026-03-09: the searchers stand a few words before their verb.
    const worked = 'Investigators in the river town of Alton worked Sunday to learn why a forklift driver shot three co-workers. The driver opened fire at the warehouse Saturday morning.';
    assert.equal(eventDate(worked, '2026-03-09T09:00:00Z'), '2026-03-07');
  });

  it('should read men pulling guns on a day as the incident told ("pulled guns near 10:20 p.m. Saturday")', () => {
    // Published on Wednesday 2026-03-11: the police spoke on Tuesday.
    const body = 'Four people were wounded outside a nightclub, police said Tuesday. The two men pulled guns near 10:20 p.m. Saturday by the club\'s entrance.';
    assert.equal(eventDate(body, '2026-03-11T09:00:00Z'), '2026-03-07');
  });

  it('should weigh a day that names a later step ("at his Saturday arraignment") as that step\'s', () => {
    // Published on Thursday 2026-06-25: the arraignment was on Saturday, the robbery and shooting on June 17.
    const body = 'A 17-year-old was charged with attempted murder at his Saturday arraignment in the Elm Street shooting. The teen and a friend approached two men on a porch on June 17 close to 5 a.m., prosecutors said.';
    assert.equal(eventDate(body, '2026-06-25T09:00:00Z'), '2026-06-17');
  });

  it("should date a follow-up by its incident rather than by a fundraiser held since", () => {
    // Published on Wednesday 2026-07-29: the fundraiser was on July 20, the shooting on July 12.
    const body = 'Deputy Len Asherby has remained in critical condition since he was shot Sunday, July 12. A barbecue fundraiser for his medical bills was held Monday, July 20.';
    assert.equal(eventDate(body, '2026-07-29T09:00:00Z'), '2026-07-12');
  });

  it('should prefer a day named outright to one counted back in weeks ("died a week ago", "died February 21")', () => {
    // Published on Monday 2026-03-02: "a week ago" is Feb. 23 to the day, but the text names Feb. 21.
    const body = 'Classmates have started a fund for the relatives of a sophomore who died a week ago. Dana Reyes, 15, died February 21 when a pistol fired in her room.';
    assert.equal(eventDate(body, '2026-03-02T09:00:00Z'), '2026-02-21');
  });

  it('should date killings found after the fact by the day the dead were found, told right before it', () => {
    // Published on Thursday 2026-10-08: the deaths were discovered on Wednesday; Thursday is the telling.
    const found = 'A family of four lay dead in their house, authorities said Thursday. Officials would not say if the deaths, which were found Wednesday afternoon, involved a murder and a suicide.';
    assert.equal(eventDate(found, '2026-10-08T09:00:00Z'), '2026-10-07');
    // A finding in a sentence dated by something else (a news conference) does not date it.
    const conference = 'Two men were shot dead late Saturday on a farm road. At a news conference Monday, the sheriff would not say where the bodies were found.';
    assert.equal(eventDate(conference, '2026-03-10T09:00:00Z'), '2026-03-07');
  });

  it('should leave out an update\'s stamp written with a comma, a colon or dashes ("Update, 8:10 a.m. Sunday:")', () => {
    // Published on Sunday 2025-03-16: the stamp is Sunday's, the shooting was on Saturday afternoon.
    const comma = 'Update, 8:10 a.m. Sunday: Police said a teenager died after being shot on Birch Street.\n\nPolice got a call about the shooting around 5 p.m. Saturday.';
    assert.equal(eventDate(comma, '2025-03-16'), '2025-03-15');
    const dashes = 'Update-- March 16, 2025, 11:37 a.m.: A 10th-grader died of gunshot wounds at a house on Clover Street.\n\nNeighbors heard the shots around 1:15 p.m. Saturday, police said.';
    assert.equal(eventDate(dashes, '2025-03-16'), '2025-03-15');
    // Not a stamp: the update tells the day of its news ("UPDATE: Sunday's shooting has claimed a second life").
    assert.equal(eventDate("UPDATE: Sunday's shooting on Oak Street has claimed a second life, police said.", '2025-03-18'), '2025-03-16');
  });

  it('should weigh the day something was made public as a telling ("released photos Tuesday", "a report released Monday")', () => {
    // Published on Wednesday 2025-03-19: the photos came out on Tuesday, the shooting was early Saturday.
    const photos = 'Police released photos Tuesday of two men wanted for questioning over gunfire that hurt five people at a nightclub.\n\nThe bar was shutting down early Saturday when the shooting happened, officers said.';
    assert.equal(eventDate(photos, '2025-03-19'), '2025-03-15');
    const report = 'The sheriff released a report Monday naming all four people hit by gunfire.\n\nA girl, 3, was badly hurt by a bullet to her stomach in the shooting Saturday night on the east side.';
    assert.equal(eventDate(report, '2025-03-18'), '2025-03-15');
  });

  it('should read "said later Thursday" as a telling, as "said Thursday" is', () => {
    // Published on Thursday 2025-03-20: the boy shot himself on Tuesday.
    const body = 'Early accounts said a boy hurt by his own gunshot had died, but officers said later Thursday he is still alive in intensive care.\n\nHe shot himself in the hand near 5:50 p.m. Tuesday at a house on Quarry Bend Lane.';
    assert.equal(eventDate(body, '2025-03-20'), '2025-03-18');
  });

  it('should read a suspect who turned himself in or is behind bars on a day as a later step, not the incident', () => {
    // Published on Sunday 2025-03-16: the father was held on Sunday, the gun went off on Saturday.
    const bars = 'Police in Brooklyn are investigating. Neighbors said they were stunned.\n\nA couple face charges after the man\'s pistol went off by accident and hit their baby girl on Saturday, police said. The father was behind bars Sunday morning over the wounding of the infant.';
    assert.equal(eventDate(bars, '2025-03-16'), '2025-03-15');
    // Published on Friday 2025-03-21: he turned himself in on Thursday; the girl was shot on Monday.
    const surrendered = 'The man police say fired into a courtyard and killed a high school junior turned himself in Thursday night.\n\nThe girl was shot several times Monday morning outside her mother\'s home.';
    assert.equal(eventDate(surrendered, '2025-03-21'), '2025-03-17');
  });

  it('should weigh a day someone "died from his wounds" on as a death\'s, after the shooting', () => {
    // Published on Sunday 2025-03-16: the gunman opened fire on Thursday, a wounded sailor died on Saturday.
    const body = 'Flags flew at half-staff across the city. The governor ordered them lowered.\n\nA sailor hurt in the attack died from his wounds early Saturday. The gunman opened fire at two military sites on Thursday.';
    assert.equal(eventDate(body, '2025-03-16'), '2025-03-13');
  });

  it('should give the publication day, as a fallback, rather than a bare weekday read six days back that tells no shooting', () => {
    // Published on Sunday 2025-03-16: "Monday" reads back to March 10; the report gives no other day.
    const body = 'Officials named the child Monday as Wren Talliford, of Maiden.';
    const sentences = splitSentences(body);
    const reference = referenceFrom('2025-03-16');
    const found = chooseEventDate(body, sentences, findTimexes(body, sentences, reference), reference);
    assert.equal(found?.value, '2025-03-16');
    assert.equal(found?.fallback, true);
  });

  it("should not date the event by a page's weather forecast (\"scattered showers developing this evening\")", () => {
    // Published on Tuesday 2025-03-18: the station's forecast sits above the story, whose shooting was on Monday.
    const body = 'Partly sunny with scattered showers developing this evening.\n\nA teenager was wounded by gunfire on the north side; officers are hunting the shooter.\n\nNeighbors heard several shots on Monday.';
    assert.equal(eventDate(body, '2025-03-18'), '2025-03-17');
  });
});

describe('chooseEventDate on a follow-up with a clock time of no named day', () => {
  it("should take the incident's stated day over a clock time whose day is only the publication's guess", () => {
    // Published on Tuesday 2021-03-30, weeks after the shooting: "12:30 a.m." names no day.
    const body = 'A third suspect is in custody over the wounding of five teens near a housing complex. Officers arrived close to 12:40 a.m. and found the teens hurt in a courtyard. Soon after leaving a volleyball match on March 6, the five were shot by gunmen in a slow-moving sedan.';
    assert.equal(eventDate(body, '2021-03-30T12:00:00Z'), '2021-03-06');
    const clerk = 'The family of a store clerk is asking for help a month after he was wounded. Officers found him shot behind the counter at about 9 p.m., his brother said. A man in a red ski jacket shot the clerk on Feb. 26 during a robbery, according to police.';
    assert.equal(eventDate(clerk, '2021-03-30T12:00:00Z'), '2021-02-26');
  });

  it('should keep a clock time with its day named over an older stated day', () => {
    const body = 'Officers reached the housing complex close to 12:40 a.m. Monday and found two men wounded. One of them had been shot in the same courtyard on March 6, police said.';
    assert.equal(eventDate(body, '2021-03-30T12:00:00Z'), '2021-03-29');
  });
});

describe('chooseEventDate: a death after the shooting, a weapon named again, a memorial, an ambush', () => {
  it("should date the shooting, not the death told in the sentence before it", () => {
    // Published on Monday 2027-04-12: shot on Friday, pronounced dead on Saturday.
    const body = 'Two teenagers face charges over a boy who was shot while a friend handled a pistol in a basement Friday afternoon. He was pronounced dead Saturday morning at Lakeside General. Officers said he had been shot about 2 p.m. the day before.';
    assert.equal(eventDate(body, '2027-04-12T09:00:00Z'), '2027-04-09');
  });

  it('should keep a death as the only day where the text dates no shooting', () => {
    const body = 'A man who was found wounded in a parking garage was pronounced dead Saturday morning, officers said.';
    assert.equal(eventDate(body, '2027-04-12T09:00:00Z'), '2027-04-10');
  });

  it('should date a follow-up by the shooting "the same gun" was used in, not by the arrest', () => {
    // Published on Wednesday 2027-05-19, weeks after the shooting.
    const body = 'A robbery arrest has been tied to the wounding of a boy on Elm Court. Dana Pike, 20, was arrested for robbing a pharmacy on Birch Street on May 10. Detectives say Pike carried a revolver, the same gun fired when the boy was hit back on April 24.';
    assert.equal(eventDate(body, '2027-05-19T09:00:00Z'), '2027-04-24');
  });

  it('should still read "the same block" as another incident', () => {
    const body = 'Officers found a woman shot in the arm on Cedar Lane on Tuesday night. Two men were wounded on the same block on April 24, neighbors said.';
    assert.equal(eventDate(body, '2027-05-19T09:00:00Z'), '2027-05-18');
  });

  it("should weigh a memorial gathering's day below the day of an ambush", () => {
    // Published on Monday 2027-06-14: a balloon release on Saturday for a teen ambushed on Tuesday.
    const body = 'Relatives of a teenager mourned him at a park. Friends let balloons go there Saturday evening. The teen and three friends waited in a car Tuesday morning when a gunman crouched behind a hedge opened fire on them.';
    assert.equal(eventDate(body, '2027-06-14T09:00:00Z'), '2027-06-08');
  });
});

describe("chooseEventDate: a follow-up's incident day written with its part of the day", () => {
  it('should take "on the evening of Sept. 26" that opens a bullet\'s impact over a later day of surgery', () => {
    // Published on Saturday 2027-10-16, three weeks after the shooting.
    const body = 'Doctors took a bullet fragment out of the infant\'s head. A little after 7 on the evening of Sept. 26, as the family ate, a bullet came through the kitchen window. On Thursday, the infant had another operation.';
    assert.equal(eventDate(body, '2027-10-16T09:00:00Z'), '2027-09-26');
  });

  it('should date a follow-up on probation by the incident it names, not by the day of the sentence', () => {
    // Published on Thursday 2025-09-11, a year and a half after the shooting.
    const body = 'A teenager received two years of probation Thursday for accidentally shooting his cousin. He had been charged with reckless endangerment for shooting his cousin in the arm on March 8, 2024, while showing off a rifle in a barn.';
    assert.equal(eventDate(body, '2025-09-11T15:00:00Z'), '2024-03-08');
  });
});

describe("chooseEventDate: a clock time after a day named only as a telling's", () => {
  it('should put the clock on the day the incident was named, not on the day police spoke', () => {
    // Published on Friday 2025-06-13: the shooting was on Wednesday night, police spoke on Thursday.
    const body = 'A woman hit by gunfire Wednesday night went home from the hospital, police said Thursday.\n\nThe shooting, reported a little before 9 p.m., came after a quarrel outside a corner store.';
    assert.equal(eventDate(body, '2025-06-13T08:00:00Z'), '2025-06-11');
  });

  it('should read a night named before the telling as the clock time of the night', () => {
    // Published on Monday 2025-06-16: "late Saturday night", then the telling's Sunday, then "about 11:30 p.m.".
    const body = 'Two men hurt when a fight at a bar ended in gunfire late Saturday night remained in the hospital, the sheriff said Sunday.\n\nDeputies said the shots rang out near 11:50 p.m. by the front door.';
    assert.equal(eventDate(body, '2025-06-16T08:00:00Z'), '2025-06-14');
  });

  it('should leave the clock on the telling day when no other day was named before it', () => {
    // Published on Friday 2025-06-13: nothing but the telling's Thursday names a day.
    const body = 'Police said Thursday that a teen was wounded in the foot at a park.\n\nThe gunfire broke out close to 4 p.m. by the tennis courts.';
    assert.equal(eventDate(body, '2025-06-13T08:00:00Z'), '2025-06-12');
  });
});

describe('chooseEventDate: a weekday six days back in a sentence that names the shooting', () => {
  it("should leave out a weekday that dates a later step, though the sentence names the killing", () => {
    // Published on Tuesday 2025-06-10: "Wednesday" reads back to 2025-06-04, a warrant's day, not the shooting's.
    const body = 'A warrant went out Wednesday for a man wanted over the killing of a teen outside a gas station.';
    assert.equal(eventDate(body, '2025-06-10T08:00:00Z'), '2025-06-10');
  });

  it('should keep a weekday six days back that follows the killing itself', () => {
    // Published on Wednesday 2025-06-11: a follow-up a week on, "killed Thursday night" is 2025-06-05.
    const body = 'A woman was shot dead Thursday night outside her home, and officers have yet to find the shooter.';
    assert.equal(eventDate(body, '2025-06-11T08:00:00Z'), '2025-06-05');
  });

  it('should keep a weekday six days back whose clause goes on to tell the shooting', () => {
    // Published on Monday 2025-06-09: "Tuesday morning when a gunman opened fire" is 2025-06-03.
    const body = 'Two brothers waited in a pickup Tuesday morning when a gunman opened fire on them.';
    assert.equal(eventDate(body, '2025-06-09T08:00:00Z'), '2025-06-03');
  });
});

describe('chooseEventDate: a day that names the earlier event an act is aimed at', () => {
  it("should date a court challenge by its own day, not by the vote it asks the court to annul", () => {
    // Published on Wednesday 2026-03-18: "on Tuesday" is 2026-03-17; the vote was on March 8.
    const body = 'Opposition leader Marta Sedlak on Tuesday asked the Supreme Court to annul the March 8 parliamentary election, saying the count had been falsified in three regions.';
    assert.equal(eventDate(body, '2026-03-18T09:00:00Z'), '2026-03-17');
    const filed = "Lakeland's opposition filed a challenge with the Supreme Court on Tuesday seeking to overturn the result of the March 8 election.";
    assert.equal(eventDate(filed, '2026-03-18T09:00:00Z'), '2026-03-17');
  });

  it("should date reactions from abroad by the day they came, not by the day of the vote they question", () => {
    // Published on Thursday 2026-03-12: the vote was on Sunday 2026-03-08, the call on Wednesday.
    const body = "The European Union and Canada on Wednesday called on the Lakeland authorities to investigate reports of ballot stuffing in Sunday's presidential election.";
    assert.equal(eventDate(body, '2026-03-12T09:00:00Z'), '2026-03-11');
  });

  it('should not date a congratulation, a welcome or a condemnation by the vote it is about', () => {
    // Published on Wednesday 2026-03-11: the vote was on Sunday 2026-03-08.
    const congratulated = "The Lakeland foreign ministry congratulated Ana Ruiz on her victory in Sunday's presidential election.";
    assert.notEqual(eventDate(congratulated, '2026-03-11T09:00:00Z'), '2026-03-08');
    const welcomed = "The Lakeland government on Tuesday welcomed the outcome of Sunday's referendum.";
    assert.equal(eventDate(welcomed, '2026-03-11T09:00:00Z'), '2026-03-10');
    const condemned = 'Neighbouring states on Monday condemned the March 8 parliamentary election as neither free nor fair.';
    assert.equal(eventDate(condemned, '2026-03-11T09:00:00Z'), '2026-03-09');
  });

  it("should keep the vote's day for a report of its result, and the shooting's for a call for witnesses", () => {
    const result = "The election commission on Tuesday declared Ana Ruiz the winner of Sunday's presidential election with a 52 percent share.";
    assert.equal(eventDate(result, '2026-03-11T09:00:00Z'), '2026-03-08');
    // A follow-up of violence joins its incident: the shooting's day, as before.
    const witnesses = "Police on Monday urged anyone with information to come forward about Saturday's shooting outside a nightclub.";
    assert.equal(eventDate(witnesses, '2026-03-10T09:00:00Z'), '2026-03-07');
  });
});

describe('chooseEventDate with a GMT conversion in brackets', () => {
  it('should date the event by the local clock, not by the day of its GMT conversion', () => {
    const body = 'A rocket hit a fuel depot outside the port at about 03:40 local time (20:40 GMT Tuesday), the navy said.';
    assert.equal(eventDate(body, '2026-06-10T05:00:00+07:00'), '2026-06-10');
  });

  it('should still read a GMT time stated on its own', () => {
    assert.equal(eventDate('The ferry sank at 21:10 GMT on Tuesday, the coastguard said.', '2026-06-10T05:00:00Z'), '2026-06-09');
  });
});

describe('event date: a past act and the sitting ahead it leads to', () => {
  it("should date a lead's act by its own day, not by the later meeting the act was put before", () => {
    // Published on Wednesday 2025-03-12: Tuesday is the 11th.
    const body = 'VIENNA -- The fishing league on Tuesday asked the river commission to review the new quota rules. The complaint will be placed on the agenda of the commission\'s meeting on April 2.';
    assert.equal(eventDate(body, '2025-03-12T09:00:00Z'), '2025-03-11');
    const due = 'OSLO -- The port authority on Tuesday filed a claim against the shipping firm. A ruling is due at the tribunal\'s session on March 28.';
    assert.equal(eventDate(due, '2025-03-12T09:00:00Z'), '2025-03-11');
  });

  it('should still date an announced meeting by its day when the lead tells no act of its own', () => {
    assert.equal(eventDate('Farm ministers of the two countries will hold talks on Monday in Lyon, the ministry said on Wednesday.', '2025-03-12T09:00:00Z'), '2025-03-17');
  });
});

describe('chooseEventDate: the act a report leads with, and blame told days after an incident', () => {
  it("should date a report of what followed a public body's act by the act's own day", () => {
    // Published on Saturday 2026-04-18: the crossing closed on Thursday, the queues formed on Friday.
    const queues = 'Long queues of lorries formed at the Desaguadero crossing on Friday after Peru closed the border post to buses on Thursday over the fuel dispute.';
    assert.equal(eventDate(queues, '2026-04-18T07:30:00Z'), '2026-04-16');
    const declared = 'Shops in the old town stayed shut on Wednesday after the council declared a state of emergency on Tuesday over the floods.';
    assert.equal(eventDate(declared, '2026-04-16T07:30:00Z'), '2026-04-14');
  });

  it('should keep the day of an act the lead tells on its own, and the day of news that follows no act', () => {
    const closed = 'Peru on Thursday closed the Desaguadero border post to buses, the interior ministry said.';
    assert.equal(eventDate(closed, '2026-04-18T07:30:00Z'), '2026-04-16');
    const queues = 'Long queues of lorries formed at the Desaguadero crossing on Friday after heavy snow on Thursday.';
    assert.equal(eventDate(queues, '2026-04-18T07:30:00Z'), '2026-04-17');
  });

  it('should date two sides blaming each other by the incident they blame, not the day they spoke', () => {
    // Published on Wednesday 2027-02-10: the ferries collided on Monday, the blame came on Tuesday.
    const blame = 'Greece and Turkey blamed each other on Tuesday for a collision between two patrol boats near the islet. The Greek coast guard said a Turkish boat struck its vessel on Monday evening and hurt two of its crew.';
    assert.equal(eventDate(blame, '2027-02-10T08:00:00Z'), '2027-02-08');
    const clash = "Coast guard officials said on Tuesday that the four sailors held after Monday's clash near the islet were unhurt.";
    assert.equal(eventDate(clash, '2027-02-10T08:00:00Z'), '2027-02-08');
  });
});

describe('event date: a measure delayed, and the day it was to take effect', () => {
  it('should date the delay by its own day, not by the day the measure was to start, though talks are named', () => {
    // Published on Wednesday 2025-03-12: Tuesday is the 11th, Friday the 14th.
    const body = 'ROME -- The agriculture ministry on Tuesday delayed the olive oil levy that was due to come into force on Friday, to leave time for negotiations with growers.';
    assert.equal(eventDate(body, '2025-03-12T09:00:00Z'), '2025-03-11');
  });
});

describe('chooseEventDate on a public act that answers an incident of an earlier day', () => {
  it("should date a curfew imposed on Thursday after Tuesday's shooting by Thursday", () => {
    assert.equal(eventDate("A curfew was imposed in Dorrance on Thursday after Tuesday's shooting in which four died.", '2026-03-05T18:00:00Z'), '2026-03-05');
  });

  it("should keep the shooting's day for an arrest after it, and for a curfew told with no day of its own", () => {
    assert.equal(eventDate("Two men were arrested in Dorrance on Thursday after Tuesday's shooting in which four died.", '2026-03-05T18:00:00Z'), '2026-03-03');
    assert.equal(eventDate("A curfew remains in force in Dorrance after Tuesday's shooting in which four died.", '2026-03-05T18:00:00Z'), '2026-03-03');
  });

  it('should keep the day of an act told before a meeting planned to review it', () => {
    // Published on Thursday 2026-03-05: the council's meeting is on Monday the 9th.
    const curfew = "The city council imposed a curfew in Dorrance on Thursday after Tuesday's shooting in which four died. The council will meet on Monday to review it.";
    assert.equal(eventDate(curfew, '2026-03-05T18:00:00Z'), '2026-03-05');
    const passive = "A curfew was imposed in Dorrance on Thursday after Tuesday's shooting in which four died. The council will meet on Monday to review it.";
    assert.equal(eventDate(passive, '2026-03-05T18:00:00Z'), '2026-03-05');
  });

  it("should keep a preview's planned meeting as its day, before or beside a day told of something else", () => {
    assert.equal(eventDate('Leaders will meet in Geneva on Monday to discuss the ceasefire, the foreign ministry said on Thursday.', '2026-03-05T18:00:00Z'), '2026-03-09');
    // The act comes after the preview's lead: the meeting stays the report's event.
    const preview = 'Leaders will meet in Geneva on Monday to discuss the ceasefire. The rebels closed the border crossing on Thursday, the foreign ministry said.';
    assert.equal(eventDate(preview, '2026-03-05T18:00:00Z'), '2026-03-09');
  });

  it('should date an act told as a span of days after something dated later in its sentence by its own day', () => {
    // Published Friday 2026-03-06: the raid is Thursday's; the agency's warning, Wednesday's or Tuesday's, came before it.
    const one = 'Gunmen killed six guards at a depot in Ranvik on Thursday, a day after the border agency, in a statement on Wednesday, warned that attacks were rising.';
    assert.equal(eventDate(one, '2026-03-06T09:00:00Z'), '2026-03-05');
    const two = 'Gunmen killed six guards at a depot in Ranvik on Thursday, two days after the border agency, in a statement on Tuesday, warned that attacks were rising.';
    assert.equal(eventDate(two, '2026-03-06T09:00:00Z'), '2026-03-05');
  });

  it('should date an act by its own day, not by the day of the earlier thing a "<span> after" clause tells', () => {
    // Published Friday 2026-03-06.
    assert.equal(eventDate('Gunmen killed six guards at a depot in Ranvik on Thursday, a day after the border agency warned on Wednesday that attacks were rising.', '2026-03-06T09:00:00Z'), '2026-03-05');
    assert.equal(eventDate('Gunmen killed six guards at a depot in Ranvik on Thursday, a day after a similar raid on Wednesday in Osterby.', '2026-03-06T09:00:00Z'), '2026-03-05');
    assert.equal(eventDate('Gunmen killed six guards at a depot in Ranvik on Thursday, two days after the border agency warned on Tuesday that attacks were rising.', '2026-03-06T09:00:00Z'), '2026-03-05');
    // An arrest a span after the bombing it follows is still dated by the bombing (days-after.ts).
    assert.equal(eventDate('Police arrested a man in Ranvik on Thursday, two days after a bomb killed nine guards there on Tuesday.', '2026-03-06T09:00:00Z'), '2026-03-03');
  });

  it("should keep a lead's own day over a later paragraph's step still to come", () => {
    // Published on Tuesday 2027-06-08: the ruling was that day; the oath is on June 30.
    const ruling = "Freedonia's Supreme Court on Tuesday upheld Mayor Lina Ortis's re-election and dismissed her rival's appeal.\n\nThe chief justice read the decision in Port Alba.\n\nOrtis is due to be sworn in on June 30.";
    assert.equal(eventDate(ruling, '2027-06-08T15:00:00+02:00'), '2027-06-08');
    // Published on Saturday 2027-05-15 in the evening: the march was that day; the vote is Monday's.
    const march = 'Hundreds of farmers marched through central Tarvik on Saturday against a new land tax.\n\nTheir union said it would ask deputies to vote on a repeal on Monday.';
    assert.equal(eventDate(march, '2027-05-15T19:00:00+02:00'), '2027-05-15');
  });

  it("should keep a planned day as a preview's event where its lead looks ahead or the plan is in the lead's paragraph", () => {
    const ahead = 'The two parties agreed on Tuesday that their leaders will meet again.\n\nThe talks will be held in Vela on June 11.';
    assert.equal(eventDate(ahead, '2027-06-08T15:00:00+02:00'), '2027-06-11');
    const same = 'The electoral board said on Tuesday that the runoff will be held on June 20.';
    assert.equal(eventDate(same, '2027-06-08T15:00:00+02:00'), '2027-06-20');
  });

  it("should date a lead's act by its own day, not by a later sentence's 'the May 12 protest'", () => {
    // Published on Friday 2027-05-14: the entry bans are Thursday's; the protest is an earlier event.
    const bans = 'VIENNA -- Austria on Thursday imposed entry bans on the head of Arland\'s election board and two of his deputies.\n\nA spokeswoman said the bans also covered officials responsible for breaking up the May 12 protest in Corvo, in which one man was killed.';
    assert.equal(eventDate(bans, '2027-05-14T09:00:00+02:00'), '2027-05-13');
  });

  it("should keep 'the May 12 protest' as the day of a report whose lead tells no day of its own", () => {
    const recap = 'Austria has imposed entry bans on the head of Arland\'s election board.\n\nA spokeswoman said the bans also covered officials responsible for breaking up the May 12 protest in Corvo, in which one man was killed.';
    assert.equal(eventDate(recap, '2027-05-14T09:00:00+02:00'), '2027-05-12');
  });
});
