import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findCasualties } from './casualties.js';

/** The figures read, as [killed, injured], or null where none is read. */
function killedInjured(text: string): [number | null, number | null] | null {
  const c = findCasualties(text);
  return c ? [c.killed, c.injured] : null;
}

describe('findCasualties', () => {
  it('should read a headline count and take the wounded as those shot less those killed', () => {
    assert.deepEqual(findCasualties('5 Shot, 1 Killed Outside Riverside Bar.\n\nPolice said the gunman fled on foot.'), { killed: 1, injured: 4 });
  });

  it('should read a toll a death brings to ("bringing the death toll to two")', () => {
    assert.deepEqual(findCasualties("A second victim of Saturday's shooting at the mall has died, bringing the death toll to two, police said."), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('Rescuers found six more bodies, raising the toll to 38.'), { killed: 38, injured: null });
  });

  it('should read a toll told as known dead, or risen far from its words, over a partitive death it includes', () => {
    assert.deepEqual(findCasualties('Nine people are now known to have died after a Russian drone attack on Kharkiv late on Tuesday night, after two of the wounded died in hospital, the emergency service said.'), { killed: 9, injured: null });
    assert.deepEqual(findCasualties('The number of people killed by the earthquake that struck western Afghanistan late Saturday has climbed to 312, the ministry said on Monday.'), { killed: 312, injured: null });
  });

  it('should count one person killed or wounded when the report names no number', () => {
    assert.deepEqual(findCasualties('A 19-year-old man was shot and killed on Elm Street late Friday, police said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A woman is in critical condition after a shooting near the depot on Sunday.'), { killed: null, injured: 1 });
  });

  it('should read the dead among those shot however the report parts them', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Six people were shot Sunday, two fatally.'), [2, 4]);
    assert.deepEqual(read('Four people were shot early Sunday, one of them fatally.'), [1, 3]);
    assert.deepEqual(read('3 shot, 1 dies in North Philly shooting'), [1, 2]);
    assert.deepEqual(read('Ten people were shot, two of whom died.'), [2, 8]);
    assert.deepEqual(read('Two of the four people shot were killed.'), [2, 2]);
    assert.deepEqual(read('Two men were shot Saturday. One of them died.'), [1, 1]);
    // A part of a whole is the part: "one of the three victims died" is one death, not three.
    assert.deepEqual(read('One of the three victims died at the hospital.'), [1, null]);
    assert.deepEqual(read('Both victims died.'), [2, null]);
  });

  it('should read counts past a clause of who they were, stabbings, and tolls told as lives', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Four people, including two children, were shot.'), [null, 4]);
    assert.deepEqual(read('Three men, ages 19, 22 and 25, were shot.'), [null, 3]);
    assert.deepEqual(read('Gunman Shoots 4 People Outside Restaurant'), [null, 4]);
    assert.deepEqual(read('Three people were stabbed at a party early Sunday.'), [null, 3]);
    assert.deepEqual(read('A man was stabbed to death Saturday night in Queens.'), [1, null]);
    assert.deepEqual(read('Two people were pronounced dead at the scene of the shooting.'), [2, null]);
    assert.deepEqual(read('The crash claimed the lives of two teens.'), [2, null]);
  });

  it('should raise a toll by a later death told by its rank, and keep other shootings and past weekends out', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read("A third victim of Saturday's shooting has died, police said."), [3, null]);
    assert.deepEqual(read('Three people were killed Saturday. A fourth victim has died.'), [4, null]);
    // A third person, not a third death.
    assert.deepEqual(read('Two men were wounded and a third man died at the scene.'), [1, 2]);
    assert.deepEqual(read('A man was shot and killed Sunday. In a separate shooting, three men were wounded.'), [1, null]);
    assert.deepEqual(read('Two people were shot Sunday. Last weekend, 30 people were shot across the city.'), [null, 2]);
    assert.deepEqual(read('Police say two people died and a third was hospitalized.'), [2, 1]);
    assert.deepEqual(read('Four people are recovering after a shooting outside a restaurant.'), [null, 4]);
  });

  it('should not read a death or a wounding across a negation', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A man was shot in the leg; nobody was killed.'), [null, 1]);
    assert.deepEqual(read('A woman was wounded in the shooting, but no one died.'), [null, 1]);
    assert.deepEqual(read('A man was killed and a woman was critically injured in the crash.'), [1, 1]);
  });

  it('should count the people a gunman\'s shots hit ("hitting three people")', () => {
    assert.deepEqual(findCasualties('Police are looking for a man accused of firing shots inside a club, hitting three people.'), { killed: null, injured: 3 });
  });

  it("should not take a month's toll for the event's", () => {
    assert.deepEqual(findCasualties('Seven people were shot early Sunday in West Baltimore, all of them in the leg. It came amid a violent two-hour span in which 10 people were shot and one man was killed, after 45 people were killed in July.'), { killed: null, injured: 7 });
    // Alone, a month's toll is still read: a follow-up may tell its own event so.
    assert.deepEqual(findCasualties('Four people were killed in July when a gunman opened fire at a party.'), { killed: 4, injured: null });
  });

  it('should not count a harm that did not happen ("could have killed someone", "nearly killed")', () => {
    assert.deepEqual(findCasualties('A woman was struck by a stray bullet on Main Street. "They could have killed someone," she said.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A woman was hit in the leg by a stray bullet. "I could have been killed," she said.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A man was shot in the leg on Friday. He said the gunman would have killed him.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A boy was nearly killed when a bullet struck him in the chest; he is in critical condition.'), { killed: null, injured: 1 });
    // A death that did happen still counts, and a guess at one ("may have") is no harm undone.
    assert.deepEqual(findCasualties('A man was shot and killed on Friday. "It could have been any of us," a neighbour said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Deputies found a man dead in the yard. Investigators said he may have killed himself.'), { killed: 1, injured: null });
    // The harm a modal clause only supposes, after a harm that did happen: "could have hit her heart and killed her".
    assert.deepEqual(findCasualties('A 7-year-old girl was struck in the shoulder by a stray bullet on Pine Street and is home from hospital. Doctors said the bullet could have gone an inch lower and killed her.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A man was shot and wounded outside a store on Friday. The clerk said the gunman would have fired again or killed him.'), { killed: null, injured: 1 });
  });

  it('should read the corrected count over one the report says was given first', () => {
    assert.deepEqual(findCasualties('Police had originally said that seven people were shot outside the club on Friday, but corrected the figure overnight. Four people were wounded, none of them seriously.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Initially, officers said eight teens were injured in the gunfire. Three teens were hurt, the sheriff said on Sunday.'), { killed: null, injured: 3 });
    // Where the rest gives no count of its own, the first count is all there is.
    assert.deepEqual(findCasualties('Officials initially reported that six people were shot at the fair, a count they have not revised.'), { killed: null, injured: 6 });
  });

  it('should count one dead where the report tells of brain death or that doctors could not save the victim', () => {
    assert.deepEqual(findCasualties('A 5-year-old girl was shot in the head on Oak Street on Monday. Her family said doctors have declared her brain dead.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A teenager was shot in the chest at a party on Saturday. He was rushed to hospital, but doctors were not able to save him.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('The boy, who was shot in the head last week, was taken off life support on Sunday, his family said.'), { killed: 1, injured: null });
  });

  it('should read a toll told in the perfect ("12 people have died", "two had died"), not one death', () => {
    assert.deepEqual(findCasualties('Floods hit Porto Alegre on Thursday. Officials said 12 people have died and 30 were injured.'), { killed: 12, injured: 30 });
    assert.deepEqual(findCasualties('Two people had died by Friday, police said.'), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('At least 14 people have now died.'), { killed: 14, injured: null });
  });

  it('should read a figure given as a bound or an estimate, of any people, and no figure for "dozens"', () => {
    assert.deepEqual(findCasualties('A missile strike on Sumy on Sunday killed more than 30 people.'), { killed: 30, injured: null });
    assert.deepEqual(findCasualties('The quake killed over 1,100 people and injured 3,500.'), { killed: 1100, injured: 3500 });
    assert.deepEqual(findCasualties('The death toll rose to more than 1,100 on Tuesday.'), { killed: 1100, injured: null });
    assert.deepEqual(findCasualties('At least 35 worshippers were killed in the drone strike.'), { killed: 35, injured: null });
    assert.deepEqual(findCasualties('At least 12 Palestinians were killed overnight.'), { killed: 12, injured: null });
    // Not the one death that "killed" alone would mean.
    assert.equal(findCasualties('Dozens of people were killed when the market was shelled.'), null);
    // A time or a measure after "about" is no figure; "several times" is no vague toll.
    assert.deepEqual(findCasualties('He died of a single gunshot wound about 30 minutes after the shooting.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Police received the call for a self-inflicted gunshot wound around 10:20 p.m.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A 20-year-old man was shot several times and died at a hospital.'), { killed: 1, injured: null });
    // A clock time after "around" is no toll; nor are geese or taxis people; one death stays one beside a war's toll.
    assert.deepEqual(findCasualties('The man was shot and killed around 11 Saturday night, police said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A woman was wounded around 9 Friday night.'), { killed: null, injured: 1 });
    assert.equal(findCasualties('Forty geese were found dead near the lake.'), null);
    assert.equal(findCasualties('Two taxis were struck by gunfire on Main Street.'), null);
    assert.deepEqual(findCasualties('A Palestinian journalist was killed in a strike in Gaza on Tuesday. The war has killed thousands of people.'), { killed: 1, injured: null });
  });

  it('should read a count of people described on the way ("two young men", "two adult males", "Two juveniles")', () => {
    assert.deepEqual(findCasualties('Police said two young men were shot on Main Street on Friday.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties("The gunman's two young boys were also wounded by gunfire."), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('Two adult males were injured in the shooting.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('Two juveniles were shot Friday night near the park.'), { killed: null, injured: 2 });
  });

  it("should leave out a past event's toll named with its year, unless the text gives no other", () => {
    assert.deepEqual(findCasualties('An earthquake struck Malatya province early on Sunday, killing at least 37 people. The region was among those devastated by the February 2023 earthquakes, which killed more than 50,000 people in Turkey.'), { killed: 37, injured: null });
    // A follow-up telling its own event by its year keeps that toll.
    assert.deepEqual(findCasualties('Two men were charged on Monday in the 2015 shooting that killed three people.'), { killed: 3, injured: null });
  });

  it('should leave out the toll of another event the story is set beside by the span between them', () => {
    const text = 'Six workers were killed and nine injured when a boiler exploded at a factory on Thursday. The explosion comes three days after a blast at a chemical plant in another state killed 19 people.';
    assert.deepEqual(findCasualties(text), { killed: 6, injured: 9 });
    assert.deepEqual(findCasualties('Two people died in the fire on Sunday, which came weeks after another fire killed 12 residents of the same street.'), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('A gas leak killed four people on Monday, following a similar leak that killed 11 in March.'), { killed: 4, injured: null });
    // The article's own event told by the span after it keeps its toll.
    assert.deepEqual(findCasualties('Police arrested a man on Friday, two days after a shooting that killed three people.'), { killed: 3, injured: null });
    // With no toll of its own, the sentence is all there is.
    assert.deepEqual(findCasualties('The crash comes a week after another crash killed two people.'), { killed: 2, injured: null });
  });

  it('should never take an age or a year for a toll', () => {
    const c = findCasualties('Officers said they killed 17-year-old suspect Dale Ruiz after he fired at them. In 2014, killed 3 was the toll of a similar raid.');
    assert.notEqual(c?.killed, 17);
    assert.notEqual(c?.killed, 2014);
  });

  it('should not take a list of ages for a toll ("ages 21, 32, and 49, and two males, 30 and 42 were injured")', () => {
    // Not 42; the five are not counted either (no pattern reads "three women ... and two men").
    assert.equal(findCasualties('Three women, ages 21, 32, and 49, and two men, 30 and 42 were injured in the shooting.'), null);
    assert.equal(findCasualties('Two men, 30 and 42 were wounded outside the bar.'), null);
    assert.deepEqual(findCasualties('Between 20 and 30 people were shot at the festival.'), { killed: null, injured: 30 });
    assert.deepEqual(findCasualties('The gunman killed 2, and 3 others were wounded.'), { killed: 2, injured: 3 });
    // A long run of numbers: read in linear time (the lookbehinds are bounded).
    assert.deepEqual(findCasualties(`Four people were shot. ${'1 '.repeat(20_000)}`), { killed: null, injured: 4 });
    // A number before a long run of spaces: read in linear time too (it took minutes at 100 KB).
    assert.deepEqual(findCasualties(`Four people were shot. 7${' '.repeat(100_000)}x`), { killed: null, injured: 4 });
  });

  it('should count one wounded from how a lone wounding is told as an object or a wound ("injured a juvenile", "shot in leg")', () => {
    assert.deepEqual(findCasualties('Police are investigating a weekend shooting at a Jackson park that injured a juvenile.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Man shot in leg at training facility'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Shots were fired into the home, hitting the 15-year-old victim.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A 17-year-old had a bullet graze wound to his arm after the shots.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The juvenile was taken to Duke Hospital with non-life threatening injuries, police said.'), { killed: null, injured: 1 });
    // With a death, a wound told so may be the dead man's: it is not counted.
    assert.deepEqual(findCasualties('He was shot in the chest and died at the scene, police said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A teen was killed in a shooting that also left a man wounded.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('The teen was taken to hospital in critical condition, where he died on Monday.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A man died at the scene. A second man was taken to the hospital in serious condition.'), { killed: 1, injured: 1 });
    // The one who died, told of again before they died: no one else was hurt.
    assert.deepEqual(findCasualties('A farm boy died after his cousin fired a rifle in the barn. Medics said the victim was flown to a city hospital in critical condition.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('An old trucker was killed at a truck stop on Friday. He was in grave condition when deputies found him.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('An old trucker was killed at a truck stop on Friday. The other driver was listed in stable condition.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('An old trucker was killed at a truck stop on Friday. Ruiz remains in serious condition.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Boy in critical condition after shooting at home\n\nA man was shot dead in the kitchen, police said.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Two people were wounded in a shooting that killed a 19-year-old.'), { killed: 1, injured: 2 });
    assert.deepEqual(findCasualties("A bullet struck the victim's car as he drove away; he was not hurt."), null);
    assert.equal(findCasualties('Shots hit two parked cars. No one was injured.'), null);
  });

  it('should not count a death from a bare word ("homicide", "killed") in a report that counts the wounded', () => {
    assert.deepEqual(findCasualties('Four men were wounded in a shooting on Elm Street. Homicide detectives were called as a precaution.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Police are investigating a homicide on Elm Street.'), { killed: 1, injured: null });
  });

  it("should not take a city's or a year's tally for the event's toll", () => {
    const text = 'Two men were wounded in a shooting on Elm Street on Friday. More than 750 people have been killed in Chicago so far this year. ' +
      'Besides them, 41 other people were wounded in gun violence citywide. Since January 1, 2014, 133 children have been killed in accidental shootings. ' +
      'In two-and-a-half years, 29 children were wounded.';
    assert.deepEqual(findCasualties(text), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('Four people were killed this morning; police said 12 were wounded last year at the same club.'), { killed: 4, injured: null });
    assert.deepEqual(findCasualties('Two men were wounded on Elm Street. In other weekend shootings, nine people were wounded and three killed in three separate attacks.'), { killed: null, injured: 2 });
    // The event's own place in a tally keeps its count; so do "this year's" and abbreviations.
    assert.deepEqual(findCasualties("The city's third shooting this year left two dead and four wounded."), { killed: 2, injured: 4 });
    assert.deepEqual(findCasualties("At this year's festival, two people were killed and five were wounded."), { killed: 2, injured: 5 });
    assert.deepEqual(findCasualties('A man was wounded on Elm Street. So far this year in St. Louis, 150 people have been killed.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A man was wounded on Elm Street. Since Jan. 1, 133 children have been killed.'), { killed: null, injured: 1 });
  });

  it('should read "a triple homicide" as three killed and keep the highest toll a report gives', () => {
    assert.equal(findCasualties('Detectives are investigating a triple homicide at a motel.')?.killed, 3);
    assert.deepEqual(findCasualties('Three people were killed and 27 others injured. The death toll has risen to four.'), { killed: 4, injured: 27 });
  });

  it('should count victims told by the hospital, by gunshot wounds, or far from their verb', () => {
    assert.deepEqual(findCasualties('Four men coming from a repast to honor a slain friend were shot, one fatally, near the boulevard.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Four people were transported to the hospital after an early morning shooting.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Police say four people were hit in an overnight shooting.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Officers found two people inside the club with gunshot wounds to their legs.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('All four victims suffered non-life threatening injuries.'), { killed: null, injured: 4 });
  });

  it('should count one hurt from how a lone wounding is told, but not where someone died', () => {
    assert.deepEqual(findCasualties('An 8-year-old boy accidentally shot himself in the hand on Tuesday.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The boy suffered a gunshot wound to the leg.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A 14-year-old boy was fatally shot on Friday. The boy was shot in the chest.'), { killed: 1, injured: null });
  });

  it('should count one killed from how a death is told without a count', () => {
    for (const text of [
      'A Lodi eighth-grader died Friday after being accidentally shot at his home Thursday.',
      'One of the five people taken to hospital after a drive-by shooting in Liberty Square last weekend has died, police said.',
      'Harshman was taken to a hospital where he died.',
      'A 9-month-old died from a gunshot wound to the head Monday morning.',
    ]) assert.equal(findCasualties(text)?.killed, 1, text);
  });

  it('should read attempted murder as no death, and a gunman who shot three then took his own life as four dead', () => {
    assert.equal(findCasualties('He faces five counts of attempted first-degree murder after five teens were shot.')?.killed, null);
    // The degree named otherwise: "attempted aggravated murder", "attempted capital murder".
    assert.equal(findCasualties('He faces two counts of attempted aggravated murder after a man was shot in the arm.')?.killed, null);
    assert.equal(findCasualties('She is charged with attempted capital murder of a police officer.'), null);
    assert.deepEqual(findCasualties('He used a rifle to fatally shoot three people, wound another person and then take his own life.'), { killed: 4, injured: 1 });
  });

  it('should read "N shot, one fatally" as one killed and the rest wounded', () => {
    assert.deepEqual(findCasualties('Four people were shot, one man fatally, outside a home on Sunday, police said.'), { killed: 1, injured: 3 });
  });

  it('should count one killed from "one of the victims later died", "is dead" and "succumbed to his injuries"', () => {
    assert.equal(findCasualties('Three people were taken to hospital. One of the victims later died.')?.killed, 1);
    assert.equal(findCasualties('A teenager is dead after an early shooting near the laundromat.')?.killed, 1);
    assert.equal(findCasualties('He was taken to the county hospital, where he succumbed to his injuries.')?.killed, 1);
  });

  it('should count one more wounded beside those killed ("and another injured", "wounding another")', () => {
    assert.deepEqual(findCasualties('The shooting at the motel left three people dead and another injured, police said.'), { killed: 3, injured: 1 });
    assert.deepEqual(findCasualties('He fatally shot two men and wounded three others before fleeing.'), { killed: 2, injured: 3 });
    assert.equal(findCasualties('One victim died; three others sustained non-fatal gunshot wounds.')?.injured, 3);
  });

  it('should count murder charges and a gunman who then killed himself', () => {
    assert.equal(findCasualties('He was charged with two counts of first-degree murder on Thursday.')?.killed, 2);
    assert.equal(findCasualties('The gunman killed three people before turning the gun on himself.')?.killed, 4);
  });

  it('should not count a wounded person from a self-inflicted shot alone', () => {
    assert.equal(findCasualties('The boy accidentally shot himself in the chest and died at the scene.')?.injured ?? null, null);
  });
  it('should not count animals killed, nor read the first digits of a number with thousands as the number', () => {
    assert.deepEqual(findCasualties('Hunters killed 90,280 deer in the first three days of the season. A 39-year-old man was killed Sunday.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('The earthquake killed 1,200 people.'), { killed: 1200, injured: null });
  });
  it('should count one wounded told by age alone, with an adverb, as an object, or by several wounds', () => {
    assert.deepEqual(findCasualties('The 15-year-old was hunting with another minor when he was accidentally shot, the sheriff said.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Detectives are looking for whoever shot a 17-year-old in the shoulder late Saturday.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The officer saw the man had no weapons, but did have multiple gunshot wounds.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A 16-year-old was shot and killed on Monday.'), { killed: 1, injured: null });
  });

  it('should not count the wounded of a tally of gun violence', () => {
    assert.equal(findCasualties('Two boys, ages 5 and 7, were among 70 people wounded in gun violence over the holiday weekend.')?.injured ?? null, null);
  });
  it('should keep the review\'s cases right: gun violence at one place, hunters, "does", nobody hurt, fatally shot', () => {
    const cases: [string, { killed: number | null; injured: number | null } | null][] = [
      ['Two people were killed and 3 injured in gun violence at a party on Main Street.', { killed: 2, injured: 3 }],
      ['A gunman killed six deer hunters in northern Wisconsin.', { killed: 6, injured: null }],
      ['Police said the man who killed two does not have a criminal record.', { killed: 2, injured: null }],
      ['Hunters killed 90,280 deer this season.', null],
      ['The 18-year-old shooter fired at officers, but no one was hurt.', null],
      ['Police say the man fatally shot a 17-year-old.', { killed: 1, injured: null }],
      ['The man shot a 17-year-old in the chest, killing him.', { killed: 1, injured: null }],
    ];
    for (const [text, expected] of cases) assert.deepEqual(findCasualties(text), expected, text);
  });

  it('should read a toll with a clause between count and verb, and a death told as a fatal wound', () => {
    assert.deepEqual(findCasualties('Seven people, including the shooter, were killed in the incident.'), { killed: 7, injured: null });
    assert.deepEqual(findCasualties('Officers answered a call of shots fired, which left one victim fatally wounded and three others injured.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Toddler suffers fatal gunshot wound to the face'), { killed: 1, injured: null });
    assert.equal(findCasualties('All four victims suffered non-fatal gunshot wounds, police said.')?.killed ?? null, null);
  });

  it('should count a lone death told of a named person, in a headline without an article, or as "pronounced him dead"', () => {
    assert.deepEqual(findCasualties('Officers arrived within minutes. Lowery was found dead at the scene.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Randy Lee Jessingham, 21, Killed; Three Injured in North St. Louis Shooting.\n\nPolice have no suspect.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Police: 2-Year-Old Boy Killed, 3 Adults Injured In Kensington Shooting.\n\nThe scene was taped off.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Calhoun area girl, 9, dies from accidental gunshot wound.\n\nThe sheriff is investigating.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Jones was shot in the chest, and doctors pronounced him dead at a local hospital.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('The gunfight left a bystander dead on Bourbon Street.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('That little girl died a short time later at the hospital.'), { killed: 1, injured: null });
    // "Nobody" is no name.
    assert.equal(findCasualties('"Nobody died up here last night," a neighbour said of the shooting.'), null);
  });

  it("should add the killer's own death to those he killed, not to a toll that already counts him", () => {
    assert.equal(findCasualties('Four people were killed by a man on a rampage before he was shot and killed by police.')?.killed, 5);
    assert.equal(findCasualties('The gunman killed three co-workers before turning the gun on himself.')?.killed, 4);
    assert.equal(findCasualties('5 dead after officer kills family.\n\nPolice believe he shot his wife, two children and his mother-in-law before killing himself.')?.killed, 5);
    assert.equal(findCasualties('Police: 4 dead, including gunman, in Neenah shooting. The gunman was killed by officers.')?.killed, 4);
    assert.deepEqual(findCasualties('The gunman killed 2, and 3 others were wounded.'), { killed: 2, injured: 3 });
  });

  it("should keep the second review's cases right: no death from a wound called not fatal, a death of another year, 'Several', a possessive", () => {
    assert.deepEqual(findCasualties('Three people suffered non fatal gunshot wounds.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('One person was shot Sunday. Police said it was not a fatal gunshot wound.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Two men were shot Sunday. Witnesses said Marcus was killed last spring in the same block.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('A teen was shot in the leg outside Kennedy High School. Kennedy was shot dead in Dallas in 1963.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Two people were shot. Several died.'), { killed: null, injured: 2 });
    assert.equal(findCasualties("The gunman killed three people, including the gunman's estranged wife, before he was shot and killed by police.")?.killed, 4);
    assert.equal(findCasualties('Four people were killed at a bar Saturday before the gunman was shot and killed by police.')?.killed, 5);
    // The killer's death is no victim's: of five shot, two died and three were wounded.
    assert.deepEqual(findCasualties('Five people were shot, killing two, before he was shot and killed by police.'), { killed: 3, injured: 3 });
  });

  it('should count two counts joined by "and" as one', () => {
    // Not of some of them, not shot to death or shot at, and a capital "A" counts.
    assert.deepEqual(findCasualties('Police said one of the two men and a woman was shot.'), { killed: null, injured: 1 });
    assert.equal(findCasualties('Two men and two women were shot to death in the home.')?.injured ?? 0, 0);
    assert.deepEqual(findCasualties('Three Men And A Woman Were Shot Outside Bar'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Four days after three men and a woman were wounded by gunfire, police had no suspect.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Two boys and two girls were shot outside the school; one boy was killed.'), { killed: 1, injured: 3 });
  });

  it('should count one wounded from a headline alone, when the page kept no story', () => {
    const weather = '.\n\nWindy with thunderstorms this morning. High 67F.';
    assert.deepEqual(findCasualties(`Teen injured in accidental shooting${weather}`), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties(`5-year-old shot allegedly by 7-year-old sister${weather}`), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties(`11-year-old girl accidentally shoots self in hand${weather}`), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties(`Boy stable after accidental shooting${weather}`), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties(`16-year-old suffers accidental gunshot wound${weather}`), { killed: null, injured: 1 });
    // Shot and killed is no wounding; an arrest is neither; the rule reads the headline, not the body.
    assert.deepEqual(findCasualties(`Man shot, killed in Memphis${weather}`), { killed: 1, injured: null });
    assert.equal(findCasualties(`Man arrested after shooting${weather}`), null);
    // A death later in the headline, an illness, the shooter, an older victim's family: no wounded.
    for (const headline of ['Man shot by police dies', 'Man hospitalized with COVID', 'Man shot at officers before arrest', 'Family of man shot last year speaks out']) {
      assert.equal(findCasualties(`${headline}${weather}`)?.injured ?? null, null, headline);
    }
    assert.equal(findCasualties('Police looked for a car.\n\nTeen injured in accidental shooting, a link to another story'), null);
  });

  it('should count one killed from a headline alone: a name in commas, a longer place, "claims", a deadly shooting, a killing', () => {
    const weather = '.\n\nWindy with thunderstorms this morning. High 67F.';
    for (const headline of [
      'Carthage youth, Hank Bollingrave, dies in Marion County hunting accident',
      'Wabasha County Girl Dies After Being Accidentally Shot',
      'Accidental Shooting Claims Cass Lake Teen',
      '3-year-old girl fatally shoots herself with gun left in car',
      'Three arrested following deadly Forest Park shooting',
      '2 Osceola men charged in killing',
      'Teen shot to death in Maple Grove apartment complex',
      'Woman stabbed to death outside bakery',
    ]) {
      assert.deepEqual(findCasualties(`${headline}${weather}`), { killed: 1, injured: null }, headline);
    }
    // An older victim's family, deadly force, a fatal crash with nobody named: no death counted here.
    for (const headline of [
      'Mother of boy killed last year speaks', 'Deadly force used, officer says', 'Studies of ladies bodies',
      // After review: a weapon, no fatal injuries, an attempt, a debate, claims made, natural deaths, a bill.
      'He was charged with assault with a deadly weapon in the shooting', 'There were no fatal injuries in the shooting',
      'Non-fatal shooting on Elm Street', 'Man charged in attempted killing of officer', 'Deadly shooting debate continues in Congress',
      'Shooting Claims By Teen Were False', 'Senior Officer Dies Of Covid', 'Queen Mother Dies At 101', 'Measure To Protect Child Dies In House',
    ]) {
      assert.equal(findCasualties(`${headline}${weather}`)?.killed ?? null, null, headline);
    }
  });

  it("should not count a headline that gives a round-up's count, which the body's lead tallies over separate shootings", () => {
    const page = '4 people shot in East Side.\n\nFour people were shot in separate shootings on the East Side overnight, police said. A man was shot in the leg on Oak Street. He is in stable condition.';
    assert.deepEqual(findCasualties(page), { killed: null, injured: 1 });
    // A lone incident's headline keeps its count.
    assert.deepEqual(findCasualties('4 people shot in East Side.\n\nFour people were shot outside a bar on the East Side overnight, police said.'), { killed: null, injured: 4 });
  });

  it("should count no death from a cry of one who lived ('They killed me!') or from what could've happened", () => {
    assert.deepEqual(findCasualties('A stray bullet hit the girl in the shoulder. "She screamed, \'They killed me!\'" her mother said. The girl is expected to recover.'), { killed: null, injured: 1 });
    assert.equal(findCasualties("The boy was shot in the arm while his friends played with a pistol. He said he could've easily died.")?.killed ?? null, null);
  });

  it('should count two wounded where a gunman wounds both, and the people of a count told with a word before them', () => {
    assert.deepEqual(findCasualties('A man shot his wife and her 12-year-old daughter, wounding both, before killing himself in the garage.'), { killed: 1, injured: 2 });
    assert.equal(findCasualties('A man was found dead in the car, and police said two unidentified men suffered minor injuries in the shooting.')?.injured, 2);
  });

  it('should read no count from an age ("a child under the age of 10 was killed") nor a death from a harm foretold', () => {
    assert.deepEqual(findCasualties('A child under the age of 10 was killed in a drive-by shooting on Thursday night.'), { killed: 1, injured: null });
    assert.equal(findCasualties('A hard freeze is expected tonight. Flowers that have already bloomed could be damaged or killed.'), null);
  });

  it('should read a headline\'s two counts written without a comma ("1 killed 3 injured") as one dead and three hurt', () => {
    assert.deepEqual(findCasualties('1 killed 3 injured in weekend shooting in Riverside.\n\nPolice are investigating.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Man arrested in shooting that killed 1, wounded 8.\n\nPolice made the arrest on Friday.'), { killed: 1, injured: 8 });
  });

  it('should read no count from figures hung on a word or a figure by a hyphen ("an AK-47", "ages 20-27", "I-10")', () => {
    // A span's end is no count of the shot (27 shot, less the dead, had been 26 wounded).
    assert.equal(findCasualties('Police said the men, ages 20-27 were shot near the store.'), null);
    assert.deepEqual(findCasualties('A man armed with an AK-47 killed two people and wounded a deputy.'), { killed: 2, injured: 1 });
    assert.deepEqual(findCasualties('A man was shot by a stray bullet along I-10 on Monday.'), { killed: null, injured: 1 });
  });

  it('should count people told as shot "along with" others, the dead among them', () => {
    assert.deepEqual(findCasualties('A mother and her daughter were killed on Tuesday. The two were shot, along with another woman, just before 1 a.m.'), { killed: 2, injured: 1 });
    assert.deepEqual(findCasualties('Police said Ellis, 44, was shot along with three others outside the club.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('He was shot along with a 16-year-old boy and a 21-year-old man near the park.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('The boy was wounded along with his cousin.'), { killed: null, injured: 2 });
  });

  it('should not count people hurt in a fight, with no gun in the sentence, as wounded', () => {
    assert.equal(findCasualties('A teen was arrested after a shooting near the high school. Eight students were injured in a fight at a middle school last week.')?.injured ?? null, null);
    assert.deepEqual(findCasualties('Two men were shot and wounded in a fight outside the bar.'), { killed: null, injured: 2 });
  });

  it('should count no death from a negated or generic one, or from the unit that investigates', () => {
    assert.equal(findCasualties('No one was killed in the crash, the fire chief said.'), null);
    assert.equal(findCasualties('Nobody was injured or killed when the shots hit the house.'), null);
    // A kind of harm in a tally, not a death.
    assert.equal(findCasualties('This is the eighth child in the state to be injured or killed by a loaded gun left within reach.'), null);
    assert.deepEqual(findCasualties('A boy was wounded by birdshot and is expected to be OK, said a captain of the Metro Homicide Unit.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Homicide detectives are investigating the shooting of a 14-year-old girl, who is in stable condition.'), { killed: null, injured: 1 });
    // Still a death: the word alone, and a homicide unit beside one.
    assert.deepEqual(findCasualties('The shooting was ruled a homicide.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('No one else was hurt. A man was killed.'), { killed: 1, injured: null });
  });

  it('should count one killed from "shot to death", "declared dead", "a boy shot dead" and a manslaughter charge', () => {
    assert.deepEqual(findCasualties('A person was found shot to death Saturday morning behind a vacant house.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Officers found the teenager in the parking lot. He was declared dead at the scene.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Deputies are looking into reports of a 4-year-old shot dead at a sitter’s house.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A 19-year-old was arrested on a manslaughter charge after a gun went off at a party.'), { killed: 1, injured: null });
    assert.equal(findCasualties('He was charged with attempted manslaughter.'), null);
  });

  it('should count one killed from "charged with killing", "indicted for killing", "kills self" and "fatally shot herself"', () => {
    assert.deepEqual(findCasualties('Teen charged with killing aunt in Monroe'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Five indicted for killing of former Cranston girl'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Deputies: teen accidentally shoots, kills self with shotgun'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('The 3-year-old who fatally shot herself in Lemoore has been identified.'), { killed: 1, injured: null });
    assert.equal(findCasualties('He was charged with attempted killing.'), null);
    assert.equal(findCasualties('Police said the man had threatened to kill himself.'), null);
    assert.equal(findCasualties('Officers talked the man out of killing himself on the bridge.'), null);
    assert.equal(findCasualties('A man was charged with killing two dogs at a shelter.'), null);
    assert.deepEqual(findCasualties('He shot his wife before killing himself, police said.'), { killed: 1, injured: null });
  });

  it('should count one wounded from "has been shot", "critical but stable condition", "shooting his daughter" and "a minor was injured"', () => {
    assert.deepEqual(findCasualties('A teenager has been accidentally shot at a farm on Saturday.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The chief said the girl was in critical but stable condition.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('His pistol went off while he was cleaning it, shooting his 4-year-old daughter in the arm.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A minor was injured in a shooting on Sunday morning, responders said.'), { killed: null, injured: 1 });
    assert.equal(findCasualties('A minor crash was reported on the bridge.'), null);
    assert.deepEqual(findCasualties('A man has been shot to death on Elm Street.'), { killed: 1, injured: null });
  });

  it('should count one wounded from "injured herself", "shot her in the face" and "shoots 3-year-old sister", one killed from ", killing him"', () => {
    assert.deepEqual(findCasualties('A 4-year-old girl was airlifted to a hospital after she injured herself with a gun.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties("The girl's 6-year-old brother accidentally shot her in the face with a handgun."), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Young boy accidentally shoots 3-year-old sister in face'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The officer shot him in the chest, killing him.'), { killed: 1, injured: null });
  });

  it('should read "Name, 66 and Name, 64 were found dead" as the two named, not 64', () => {
    assert.deepEqual(findCasualties('Officials said Dennie Rookswaite, 66 and Ginger Rookswaite, 64 were found dead inside a home on Saturday.'), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('In New Orleans, 3 were killed on Sunday.'), { killed: 3, injured: null });
  });

  it('should count two wounded a headline names together, and no two where the headline tells of a death', () => {
    assert.deepEqual(findCasualties('Man, 2-year-old girl wounded in shooting\n\nPolice are looking for the gunman.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('Toddler, teen hurt in Thanksgiving shooting'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('Boy, 6, and girl, 9, shot in Dayton'), { killed: null, injured: 2 });
    assert.notDeepEqual(findCasualties('Man and woman shot; one dies'), { killed: null, injured: 2 });
  });

  it('should read long runs of blanks (tallies are blanked to spaces) without backtracking over them', () => {
    // Each took seconds to minutes before its pattern was bounded.
    assert.deepEqual(findCasualties('Man' + ' '.repeat(200_000) + 'dies'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Smith, 23,' + ' '.repeat(200_000) + 'killed'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('killed and' + ' '.repeat(200_000) + 'another injured'), { killed: 1, injured: 1 });
  });

  it('should count one more wounded told in a clause or sentence of its own, and others described before their noun', () => {
    assert.deepEqual(findCasualties('A 50-year-old man was shot and killed; a second man was critically injured.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Another 5-year-old was hurt and Juliet Lanchbury was killed.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('One man died at the scene. Another man was wounded in the leg.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Four unnamed others were struck by gunfire and treated for various injuries.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Twenty-nine people were injured and eight killed, the governor said.'), { killed: 8, injured: 29 });
    // "fatally wounding the victim" is a death, not a wounding.
    assert.deepEqual(findCasualties('A gun went off, fatally wounding the victim, officials said.'), { killed: 1, injured: null });
    // Another wounded soldier he spoke of is no casualty of the event.
    assert.equal(findCasualties('He had another wounded soldier with him at the parade.'), null);
  });

  it('should count one more wounded "also shot" beside dead who use up a count of the shot', () => {
    assert.deepEqual(findCasualties('Three people were shot to death at a home on Elm Street. Her boyfriend was also shot in the leg and is expected to recover.'), { killed: 3, injured: 1 });
    // Not the dead shot again.
    assert.deepEqual(findCasualties('A man was shot and killed on Elm Street. He was also shot multiple times in the back.'), { killed: 1, injured: null });
  });

  it('should count one person and others ("he and three others were shot"), and an object of two counts ("injured three adults and an 11-year-old child")', () => {
    assert.deepEqual(findCasualties('A 12-year-old was in critical condition after he and three others were shot on a basketball court.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Police seek the people behind a drive-by shooting that injured three adults and an 11-year-old child.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('The gunman killed two, wounding two men and a woman.'), { killed: 2, injured: 3 });
    // "Another man was shot" beside a death is one wounded; another shot dead is not.
    assert.deepEqual(findCasualties('A 31-year-old man was shot several times and died at a hospital. Another 31-year-old man was shot in the foot and released.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('A man was shot and killed on Elm Street. Another man was shot and killed on Oak Street.'), { killed: 1, injured: null });
  });

  it("should not take a round-up's count over several shootings for the event's", () => {
    assert.equal(findCasualties('Three people were killed and at least five others were wounded in South Side shootings Wednesday.'), null);
    assert.equal(findCasualties('One man and one woman were killed, and six more men were wounded in five separate shooting incidents across the city.'), null);
    assert.equal(findCasualties('The shooting came during a violent weekend in Baltimore that saw 20 people shot over 80 hours.'), null);
    // One incident's shootings keep their count.
    assert.deepEqual(findCasualties('Four men were wounded in the shootings at the bar.'), { killed: null, injured: 4 });
  });

  it('should add two counts joined by "and" or a comma, of the dead too ("2 Adults, 3 Children Dead")', () => {
    assert.deepEqual(findCasualties('2 Adults, 3 Children Dead Investigated as Murder-Suicide'), { killed: 5, injured: null });
    assert.deepEqual(findCasualties('Investigators say two adults and three children were found dead in a home.'), { killed: 5, injured: null });
    assert.deepEqual(findCasualties('Two men and a woman were shot and killed outside the bar.'), { killed: 3, injured: null });
    assert.deepEqual(findCasualties('Four children, two adults injured in gun range accident'), { killed: null, injured: 6 });
    // Taken to hospital: all shot, the dead among them.
    assert.deepEqual(findCasualties('Three females and two males were taken to Rhode Island Hospital.'), { killed: null, injured: 5 });
    assert.deepEqual(findCasualties('Two men and a woman were taken to the hospital, where one man died.'), { killed: 1, injured: 2 });
  });

  it('should count the wounded told as "more" beside the dead ("1 dead, 3 more hurt")', () => {
    assert.deepEqual(findCasualties('One man was killed and three more were wounded outside the bar on Friday.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Deputies found two men dead and two more who were injured inside the house.'), { killed: 2, injured: 2 });
    assert.deepEqual(findCasualties('Shooting leaves 1 dead, 4 more hurt'), { killed: 1, injured: 4 });
  });

  it('should add two counts of officers, civilians or students, and take others told as also shot beside the dead as wounded', () => {
    assert.deepEqual(findCasualties('Six officers and two civilians were hurt when the sniper opened fire.'), { killed: null, injured: 8 });
    assert.deepEqual(findCasualties('One student was killed. Two other students and a 40-year-old woman were also shot.'), { killed: 1, injured: 3 });
    // Those shot, without "other" or "also": the dead among them.
    assert.deepEqual(findCasualties('Two students and an officer were shot in the hallway, one fatally.'), { killed: 1, injured: 2 });
  });

  it('should count others struck beside the dead as wounded, murder counts as deaths, and an age alone as a headline\'s victim', () => {
    assert.deepEqual(findCasualties('Three men were killed. Four unnamed others were struck by gunfire and treated for injuries.'), { killed: 3, injured: 4 });
    assert.deepEqual(findCasualties('The judge held him for trial on three first-degree murder counts.'), { killed: 3, injured: null });
    assert.deepEqual(findCasualties('Police: 20-month old dead after shooting in Searcy'), { killed: 1, injured: null });
  });

  it('should count shooting victims by that name, and the shot told with how many of them died ("five men, one fatally, were shot")', () => {
    assert.deepEqual(findCasualties('One man died in the parking lot. Two other gunshot victims reached a clinic by car.'), { killed: 1, injured: 2 });
    assert.deepEqual(findCasualties('Medics treated three shooting victims outside the arena.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('Outside a diner, five men, one fatally, were shot after a quarrel.'), { killed: 1, injured: 4 });
    // A death told of someone by what they were, beside the others shot, is still one death.
    assert.deepEqual(findCasualties('The owner of a corner bar, Sam Ortiz, was shot and killed on Saturday. The other three shooting victims are expected to live.'), { killed: 1, injured: 3 });
  });

  it('should count "all four victims are in stable condition", "sent four people to the hospital" and "a six-year-old and three people were shot"', () => {
    assert.deepEqual(findCasualties('All four victims are listed in stable condition at local hospitals.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('A drive-by shooting Sunday sent four people to the hospital with non-life-threatening injuries.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('A six-year-old and three people were shot in Southwest Atlanta.'), { killed: null, injured: 4 });
    // Sent to hospital, one of them died: the others are the wounded.
    assert.deepEqual(findCasualties('The shooting sent five people to the hospital. A 20-year-old man was pronounced dead there.'), { killed: 1, injured: 4 });
  });

  it('should count people treated in hospital as hurt ("a total of 44 people received hospital treatment")', () => {
    assert.deepEqual(findCasualties('Two more people have died, bringing the death toll to five. A total of 44 people received hospital treatment; nine remain in a serious condition.'), { killed: 5, injured: 44 });
    assert.deepEqual(findCasualties('Twelve passengers were treated in hospital after the bus overturned.'), { killed: null, injured: 12 });
  });

  it('should count no death the text doubts ("not able to say if the man had died", "dead or alive")', () => {
    assert.deepEqual(findCasualties('Four men were wounded on Elm Street. Police were not able to say if the man had died.'), { killed: null, injured: 4 });
    assert.equal(findCasualties('They were not sure if the baby, shot through the wall, was dead or alive.')?.killed ?? null, null);
    assert.deepEqual(findCasualties('A man was shot on Elm Street and later died.'), { killed: 1, injured: null });
  });

  it('should not take the top of an age range for a count, nor a toll told between two years for the event\'s', () => {
    assert.notEqual(findCasualties('Police say five men between the ages of 21 and 58 were shot.')?.injured, 58);
    assert.deepEqual(findCasualties('Three people were killed early Monday. Between January 2010 and August 2013, seven people were killed in crashes on the road.'), { killed: 3, injured: null });
    assert.equal(findCasualties('Since 2010, 40 people have been shot in the park.'), null);
  });

  it('should count people named together as shot, hurt or killed, and one dead beside one hurt', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A 3-year-old girl and a 19-year-old man were injured during a shooting on Tuesday.'), [null, 2]);
    assert.deepEqual(read('A mother and her daughter were wounded in a shooting.'), [null, 2]);
    assert.deepEqual(read('A man, a woman and a boy were wounded in a shooting.'), [null, 3]);
    assert.deepEqual(read('A 62-year-old man, 44-year-old woman and 57-year-old man suffered gunshot wounds to the leg.'), [null, 3]);
    assert.deepEqual(read('Four days later he was arrested for the shootout that injured a 5-year-old boy and a 20-year-old woman.'), [null, 2]);
    assert.deepEqual(read('A father and son were shot Saturday; the father died.'), [1, 1]);
    assert.deepEqual(read('A man and woman were shot and killed Saturday.'), [2, null]);
    // Named as shot in the story of a slaying: the death told without a number still counts.
    assert.deepEqual(read('Police arrested a man in the slaying of a 7-year-old. The girl and her mother were shot on Wednesday.'), [1, 1]);
    // Not as an object of "shot": those a man shot before killing himself died.
    assert.deepEqual(read('Investigators suspect he shot his wife and child before killing himself.'), [1, null]);
    assert.deepEqual(read('Man killed, woman injured in Southside shooting'), [1, 1]);
    assert.deepEqual(read('A 19-year-old was killed and his cousin wounded in a shooting Saturday night.'), [1, 1]);
    assert.deepEqual(read('The shooting left a 7-year-old girl dead and her 8-year-old friend injured.'), [1, 1]);
  });

  it('should read a count whose people are set off by dashes, or given an age span, before the verb', () => {
    assert.deepEqual(killedInjured('Five people -- including a 9-year-old girl -- were wounded outside the rec center on Friday.'), [null, 5]);
    assert.deepEqual(killedInjured('Three men \u2014 including the store clerk \u2014 were injured when the gunman fired.'), [null, 3]);
    assert.deepEqual(killedInjured('Police said seven people, ages 15 to 40, were shot near the park; none of the wounds were life-threatening.'), [null, 7]);
  });

  it('should read a count of people given with their age ("two 6-year-old boys were hurt")', () => {
    assert.deepEqual(killedInjured('Two 6-year-old boys were hurt when a bullet came through the window of their bedroom.'), [null, 2]);
  });

  it('should count two hurt where "both" are told as still in hospital', () => {
    assert.deepEqual(killedInjured('A man was shot in the arm and his cousin was grazed on Maple Street. Both remain hospitalized.'), [null, 2]);
    assert.deepEqual(killedInjured('A teen on a scooter was shot and a woman was hit by a stray round. Both are at an area hospital and are expected to be fine.'), [null, 2]);
  });

  it('should count people listed with where each was hit, "both victims", and the shot told with an adverb', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A 23-year-old man was shot in the leg, a 31-year-old woman in the arm.'), [null, 2]);
    assert.deepEqual(read('Police said a 20-year-old man was shot in the back, a 22-year-old man in the leg and a 19-year-old woman in the foot.'), [null, 3]);
    assert.deepEqual(read('A 20-year-old woman was shot in the back and a 5-year-old boy was shot in the arm.'), [null, 2]);
    assert.deepEqual(read('Both victims suffered non-life-threatening injuries.'), [null, 2]);
    assert.deepEqual(read('Both victims were taken to the hospital, where one died.'), [1, 1]);
    assert.deepEqual(read('Police say two teenage girls were accidentally shot Friday night.'), [null, 2]);
    assert.deepEqual(read('Two brothers were shot, one fatally, on Sunday.'), [1, 1]);
    assert.deepEqual(read('4 teen boys shot in West Philadelphia'), [null, 4]);
    assert.deepEqual(read('A 19-year-old was charged in the shooting that wounded two kids and two teens.'), [null, 4]);
    assert.deepEqual(read('A woman was grazed in the shooting.'), [null, 1]);
    // Shot at is no wound; shot at a place is.
    assert.deepEqual(read('Two men were shot at but not hit.'), null);
    assert.deepEqual(read('Two men were shot at a party on Sunday.'), [null, 2]);
    assert.deepEqual(read('Two girls and two men were shot at a birthday party early Sunday, police said.'), [null, 4]);
    assert.deepEqual(read('Two men and a woman were shot at but not hit.'), null);
    assert.deepEqual(read('A woman and two other men were also shot, police said.'), [null, 3]);
    // "Zone 5 officers accidentally shot" a man: no count of the shot.
    assert.deepEqual(read('The Zone 5 officers accidentally shot a man in the leg.'), [null, 1]);
  });

  it('should read a lone wounding a headline tells by condition or by what hit, a victim treated and released, and the bare sent to hospital', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Police: 10-year-old boy critical after accidental shooting'), [null, 1]);
    assert.deepEqual(read('4-year-old boy hit by stray bullet outside apartments'), [null, 1]);
    assert.deepEqual(read('Teen struck by shotgun pellets during turkey hunt'), [null, 1]);
    assert.deepEqual(read('Man hospitalized after accidental shooting'), [null, 1]);
    assert.deepEqual(read('A man was shot and killed Sunday. A second victim was treated at a local hospital and released.'), [1, 1]);
    assert.deepEqual(read('A man was killed. A second victim was treated and released.'), [1, 1]);
    assert.deepEqual(read('The gunfire sent six to the hospital.'), [null, 6]);
    assert.deepEqual(read('Four people are in the hospital after a shooting at a party.'), [null, 4]);
  });
  it('should count a shooter killed by police as a death when the report gives no other', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('The shooter was killed by police after he wounded two people.'), [1, 2]);
    assert.deepEqual(read('Officers shot and killed the suspect. A woman was wounded in the leg.'), [1, 1]);
  });
  it('should not count those hurt in a crash as the shooting\'s wounded', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A man was shot and killed Sunday. The suspect fled and crashed into another car, injuring two people.'), [1, null]);
    // A sentence that names the gun keeps its count.
    assert.deepEqual(read('The gunman fired into a car that then crashed, injuring two people.'), [null, 2]);
  });
  it('should take a count since a month for a tally', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A man was wounded Sunday. Police said 25 people have been shot in the district since June.'), [null, 1]);
  });

  it('should count people a report names one by one as hurt, and those shot less the dead', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('The gunman opened fire in the yard, wounding Maria Lopez and Tom Reed, 19, the sheriff said.'), [null, 2]);
    assert.deepEqual(read('Deputies said Alan Park, Bea Ruiz and Carl Ode all suffered minor injuries in the shooting.'), [null, 3]);
    assert.deepEqual(read('Ana Bell and Joe Kim were shot outside the store. Bell died at the hospital.'), [1, 1]);
    // A count in a headline is no name: read as the count it is.
    assert.deepEqual(read('Gunman Opens Fire, Wounding Three Officers And A Bystander'), [null, 3]);
  });

  it('should read those a gunman gunned down as killed', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Two brothers were charged on Friday with gunning down 3 men outside a bar. Two others were injured.'), [3, 2]);
  });

  it('should keep reading no count after "no" where counts are checked once per start', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    // The count patterns leave the checks before a count to one shared reading at each start.
    assert.deepEqual(read('There were no 4 people shot, officers said; 3 people were injured.'), [null, 3]);
    assert.deepEqual(read('Of the five people shot, 2 were killed and three others were wounded.'), [2, 3]);
  });
  it('should read a wounded person told apart from the dead past a place or a report ("another man in the house was wounded")', () => {
    assert.deepEqual(findCasualties('Two brothers were shot and killed in their kitchen on Friday. Another man in the house was wounded.'), { killed: 2, injured: 1 });
    assert.deepEqual(findCasualties('A driver was fatally shot near the gas station. A second person was reported to have been injured.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Two men died at the scene. A third shooting victim was shot in the leg and is expected to recover.'), { killed: 2, injured: 1 });
  });

  it('should count those being treated and a part of the victims hurt', () => {
    assert.deepEqual(findCasualties('One man died early Sunday. Two others are being treated for gunshot wounds.'), { killed: 1, injured: 2 });
    assert.deepEqual(findCasualties('Four of the victims suffered minor injuries, and the fifth died on Tuesday.'), { killed: 1, injured: 4 });
  });

  it('should count children shot as people shot', () => {
    assert.deepEqual(findCasualties('Prosecutors say the man shot three children, one of them fatally, outside the school.'), { killed: 1, injured: 2 });
  });

  it('should read an age written in words as one person', () => {
    assert.deepEqual(findCasualties('Deputies say the gunman killed two adults and wounded a nine-year-old girl before he fled.'), { killed: 2, injured: 1 });
  });

  it('should not take a hospital named "Nationwide" for a nationwide tally', () => {
    assert.deepEqual(findCasualties('The boy is in serious condition at Nationwide Children\'s Hospital, police said.'), { killed: null, injured: 1 });
  });

  it('should count a wounded suspect beside the victims when no count takes them in', () => {
    assert.deepEqual(findCasualties('A clerk was killed in the robbery. An officer returned fire and the suspect was struck by gunfire; he is in stable condition.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('A 17-year-old robbery suspect was shot by officers as he ran from the bank.'), { killed: null, injured: 1 });
  });
  it('should count a lone victim told apart from a wounded suspect as two hurt, unless police shot the one told of', () => {
    assert.deepEqual(findCasualties('A 15-year-old was accidentally shot in the arm on Friday. When the gun went off, the suspect was hit in the hand.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('A man was shot by a deputy on Sunday after a chase. The suspect was hospitalized in stable condition.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A clerk was wounded in the robbery. The suspect was shot in the leg by the clerk.'), { killed: null, injured: 2 });
  });
  it('should not count the dead again as one wounded when a report told of a death names them wounded', () => {
    assert.deepEqual(findCasualties('A 3-year-old boy died on Monday after he found a loaded pistol. The gun discharged, wounding the boy in the chest.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A man was shot dead on Elm Street. The gunman also wounded a teenager who was walking by.'), { killed: 1, injured: 1 });
  });
  it('should read one more wounded told as also hit, as another who had been shot, or as a relative wounded', () => {
    assert.deepEqual(findCasualties('A 20-year-old man died on the sidewalk. A woman standing nearby was also hit, but her wound is minor.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Officers found a man dead in the yard and another man who had been shot in the foot.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Police say a father shot and wounded his 6-year-old daughter before killing himself.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('A 15 year old boy was killed and a 16 year old is wounded, police said.'), { killed: 1, injured: 1 });
  });

  it('should not take a car or a house also struck by bullets for one more wounded', () => {
    assert.deepEqual(findCasualties('A 30-year-old man was shot and killed on Pine Street. Two parked cars were also struck by gunfire.'), { killed: 1, injured: null });
  });
});

describe('findCasualties with "mortally"', () => {
  it('should read "mortally wounded" as a death, not a wounding', () => {
    assert.deepEqual(findCasualties('Shooting on Main Street.\n\nTwo men were mortally wounded and a woman was hurt.'), { killed: 2, injured: 1 });
  });
});

describe('findCasualties of one person hurt, a wounded who died, and animals', () => {
  it('should count one person taken to hospital in a shooting where nobody died, and not outside a shooting', () => {
    assert.deepEqual(findCasualties('Shots fired on Cedar Lane.\n\nThe victim was taken to a local hospital by a relative. Police have made no arrest.'), { killed: null, injured: 1 });
    assert.equal(findCasualties('Mayor in hospital.\n\nThe mayor was taken to the hospital after a fall at home.'), null);
  });

  it('should count one person found suffering or bleeding from gunshot wounds', () => {
    assert.deepEqual(findCasualties('Deputies found a man suffering from gunshot wounds to the leg behind a store on Route 9.'), { killed: null, injured: 1 });
  });

  it('should count a person wounded who then died as a death only', () => {
    assert.deepEqual(findCasualties('Shooting on Cedar Lane.\n\nA man was critically wounded late Friday. He died Saturday morning.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A man was wounded in the shooting on Cedar Lane and later died at the hospital.'), { killed: 1, injured: null });
  });

  it('should not count an animal shot or killed as a person', () => {
    assert.deepEqual(findCasualties('A man was shot and killed on Cedar Lane. His dog was also shot.'), { killed: 1, injured: null });
    assert.equal(findCasualties("Deputies shot and killed the neighbor's pit bull after it bit a mail carrier."), null);
  });

  it('should count relatives, neighbors or family members a gunman shot', () => {
    assert.deepEqual(findCasualties('Man shoots 3 neighbors, killing 1.'), { killed: 1, injured: 2 });
  });

  it('should take people told as hurt whose sentence goes on to their death as shot, not wounded', () => {
    assert.deepEqual(findCasualties('Two found dead in home.\n\nDeputies said both Brown and Lee suffered gunshot wounds, which appear to be the cause of death.'), { killed: 2, injured: 0 });
    assert.deepEqual(findCasualties('Shooting on Cedar Lane.\n\nA man and his son suffered gunshot wounds. Both are expected to survive.'), { killed: null, injured: 2 });
  });

  it('should not take a count on the next line as the count of a verb ending a line', () => {
    assert.deepEqual(findCasualties('KEY POINTS\n\nJohn Doe, 31, was killed\n\nFour others struck by bullets'), { killed: 1, injured: 4 });
  });

  it('should count people who took themselves to hospital, and victims who showed up there, as shot', () => {
    assert.deepEqual(findCasualties('After the shooting, two men drove themselves to the hospital.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('Three victims later showed up at an area hospital, police said.'), { killed: null, injured: 3 });
    assert.equal(findCasualties('Four teens showed up at Mercy Hospital about 9 p.m. to visit a friend.'), null);
  });

  it('should count people a shooting left in the hospital as hurt', () => {
    assert.deepEqual(findCasualties('The gunfire outside the bar left four people in the hospital.'), { killed: null, injured: 4 });
  });

  it("should not count a death the sentence places in another shooting", () => {
    assert.deepEqual(findCasualties('Three men were wounded outside the store on Friday. A teen was killed in a previous shooting at the same corner.'), { killed: null, injured: 3 });
  });

  it('should count people named as also struck by bullets as wounded, others than the dead', () => {
    assert.deepEqual(findCasualties('A man died after the shooting on Pine Road. Ann Lee, Tom Ray and Joe Fox were also struck by bullets.'), { killed: 1, injured: 3 });
  });

  it('should count people told as hurt in a relative clause, but not a part of a whole', () => {
    assert.deepEqual(findCasualties('A man was killed outside the lounge. Two others who were wounded in the gunfire are expected to recover.'), { killed: 1, injured: 2 });
    assert.equal(findCasualties('The cashier was one of four people who were injured when the robber fired.'), null);
  });

  it('should count a person who shot his own hand or foot as hurt', () => {
    assert.deepEqual(findCasualties('Deputies said the hunter shot his own foot while climbing into a tree stand.'), { killed: null, injured: 1 });
  });

  it('should count people told as hurt with where they were between the count and the verb', () => {
    assert.deepEqual(findCasualties('A man was killed at the party. Three other men inside the garage were later injured.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('A man was shot dead at the diner. Two other people at the diner were also hit by gunfire.'), { killed: 1, injured: 2 });
  });

  it('should not count a part of a whole told with where they were as hurt', () => {
    assert.equal(findCasualties('None of the other six people inside the shop were injured.'), null);
  });

  it('should count someone shot who lived as wounded beside the dead', () => {
    assert.deepEqual(findCasualties('A woman was killed on Maple Drive. Her brother was shot in the hip but survived.'), { killed: 1, injured: 1 });
  });

  it('should take gunshot wounds told of all the victims as every victim shot, the dead among them', () => {
    assert.deepEqual(killedInjured('Deputies said three men sustained gunshot wounds in the triple homicide on Birch Lane.'), [3, 0]);
    assert.deepEqual(killedInjured('Two victims suffered gunshot wounds and were taken to hospital in stable condition.'), [null, 2]);
  });

  it('should count two people of one age phrase ("a 15- and a 16-year-old")', () => {
    assert.deepEqual(killedInjured('A 15- and a 16-year-old were shot outside the rink on Friday.'), [null, 2]);
    assert.deepEqual(killedInjured('Police said a 15 and 16-year-old were wounded near the rink.'), [null, 2]);
  });

  it('should count people told together as each shot', () => {
    assert.deepEqual(killedInjured('Maria Lopez and Ana Ruiz were each shot in the leg on Cedar Street.'), [null, 2]);
    assert.deepEqual(killedInjured('A 14-year-old girl and a 22-year-old woman were each shot in the arm, police said.'), [null, 2]);
  });

  it('should count one person and a number of others told together ("a 17-year-old boy and two girls")', () => {
    assert.deepEqual(killedInjured('A 17-year-old boy and two girls were wounded in the shooting near the pool.'), [null, 3]);
    const dead = findCasualties('A woman and three men were shot to death inside the garage, police said.');
    assert.equal(dead?.killed, 4);
    assert.ok(!dead?.injured);
  });

  it('should count people named together as killed', () => {
    assert.deepEqual(killedInjured('Tom Baker, 40, and Lee Grant, 38, were killed in the shooting at the lodge.'), [2, null]);
    assert.deepEqual(killedInjured('Ames, Bell and Cole were pronounced dead at the farm.'), [3, null]);
    assert.deepEqual(killedInjured('Officers found two men shot behind the lodge. Tom Baker and Lee Grant died at the scene.'), [2, 0]);
  });

  it('should count a death told as a relative killed, a death after the hospital ("but died"), or "was shot and died"', () => {
    assert.deepEqual(killedInjured('Police said the 19-year-old is accused of killing his 12-year-old brother at their home on Oak Road.'), [1, null]);
    assert.deepEqual(killedInjured('The girl was rushed to a hospital in Dayton but died the next morning.'), [1, null]);
    assert.deepEqual(killedInjured('Jordan Hale was shot and died in the street outside the laundromat on Friday.'), [1, null]);
    // A relative wounded, not killed, and a killing of an animal, are no death.
    assert.equal(findCasualties('The man was charged with wounding his brother in the leg.')?.killed ?? null, null);
  });

  it('should count the dead by counts of aggravated murder, one a victim', () => {
    assert.deepEqual(killedInjured('The neighbor was booked on three counts of aggravated murder, police said.'), [3, null]);
  });

  it('should count one death in words of "shooting deaths" where no one is told as hurt', () => {
    assert.deepEqual(killedInjured('Teen held in the shooting deaths at the farmhouse near Milton.'), [1, null]);
  });

  it('should count the people a killer killed, told together as his object', () => {
    assert.deepEqual(killedInjured('Three men were charged with murdering a 13-year-old and his father at their home.'), [2, null]);
    assert.deepEqual(killedInjured('Deputies said he fatally shot a woman, her mother and her 4-year-old son before fleeing.'), [3, null]);
    assert.deepEqual(killedInjured('Detectives are investigating the shooting deaths of a woman, her son and a little girl on Pine Street.'), [3, null]);
    // The second person wounded, not killed: a verb follows "and", not a person.
    assert.deepEqual(killedInjured('The gunman fled after killing a man and wounding a woman outside the bar.'), [1, 1]);
  });

  it('should read no harm done to "someone" or "anyone": a harm doubted or foreseen', () => {
    assert.deepEqual(killedInjured('A boy was shot in the arm while friends played with a pistol. "They are lucky it did not go as far as where someone was killed," the sheriff said.'), [null, 1]);
    assert.equal(findCasualties('Shots were fired on Elm Street overnight; it was not known if anyone was injured.'), null);
  });

  it('should leave out a chronicle of past cases, line by line with their dates, where the story has a toll of its own', () => {
    const text = 'Boy, 5, wounded in the hand.\n\nA five-year-old boy was shot in the hand on Sunday and is in good condition.\n\nOther shootings of children this year:\nJune 29: a 13-year-old was shot and killed while friends played with a gun.\nApril 7: a 9-year-old boy shot himself in the hand.';
    assert.deepEqual(killedInjured(text), [null, 1]);
  });

  it('should read those sent to hospital or found suffering from gunshot wounds as shot', () => {
    assert.deepEqual(killedInjured('Three people were sent to the hospital after gunfire broke out at a house party on Cedar Street.'), [null, 3]);
    assert.deepEqual(killedInjured('Officers found four people suffering from gunshot wounds outside the bar, police said.'), [null, 4]);
  });

  it('should read those "also hit by gunfire" and one a bullet grazed', () => {
    assert.deepEqual(killedInjured('A man was killed. Three other men were also hit by gunfire and taken to the hospital.'), [1, 3]);
    assert.deepEqual(killedInjured('An officer fired at the dog, and a bullet grazed a deputy standing nearby.'), [null, 1]);
  });

  it('should count those a shooter killed or shot among his own relatives ("killed his two sons")', () => {
    assert.deepEqual(killedInjured('Police say the man shot and killed his two sons at their home on Friday.'), [2, null]);
    assert.deepEqual(killedInjured('Police say the man shot his two young sons at their home on Friday.'), [null, 2]);
    assert.equal(killedInjured('The fire killed his two dogs.'), null);
  });

  it('should leave out of the wounded someone hurt but not shot, where the report counts those shot', () => {
    assert.deepEqual(killedInjured('Five people were shot and a girl was injured near the bus stop. The girl was injured when she fell while running away.'), [null, 5]);
    assert.deepEqual(killedInjured('Six people were injured in the shooting at the bus stop, police said.'), [null, 6]);
  });
});
