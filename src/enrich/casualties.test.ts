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

  it('should read a toll raised with the event named between ("raising the death toll from the slide to two")', () => {
    assert.deepEqual(findCasualties('Divers on Tuesday found the body of a second fisherman under the collapsed pier, raising the death toll from the collapse to two, the coast guard said.'), { killed: 2, injured: null });
  });

  it('should leave a toll raised from one number to another as it was read', () => {
    assert.equal(findCasualties('The ministry revised its figures, raising the death toll from 12 to 14.'), null);
  });

  it('should read a truck driver or a lorry driver killed as one death', () => {
    assert.deepEqual(findCasualties('A rockfall on Monday closed the pass road, killing a truck driver, the roads agency said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Floodwater swept a lorry off the bridge near Dorn on Sunday, killing a lorry driver.'), { killed: 1, injured: null });
  });

  it('should not count a truck driver who only saw what happened', () => {
    assert.equal(findCasualties('A truck driver who saw the rockfall called the roads agency.'), null);
  });

  it('should read a toll told as known dead, or risen far from its words, over a partitive death it includes', () => {
    assert.deepEqual(findCasualties('Nine people are now known to have died after a Russian drone attack on Kharkiv late on Tuesday night, after two of the wounded died in hospital, the emergency service said.'), { killed: 9, injured: null });
    assert.deepEqual(findCasualties('The number of people killed by the landslide that buried hill villages in northern Nepal late Saturday has climbed to 312, officials said on Monday.'), { killed: 312, injured: null });
  });

  it('should read a round toll of thousands as a count, not a year ("killed 2,000 people", "kills 2000")', () => {
    assert.deepEqual(findCasualties('A cyclone killed 2,000 people along the coast of Bangladesh on Tuesday.'), { killed: 2000, injured: null });
    assert.deepEqual(findCasualties('The mudslide killed at least 2000 villagers in the hills, officials said.'), { killed: 2000, injured: null });
    assert.deepEqual(findCasualties('Cyclone kills 2,000 along Bangladesh coast'), { killed: 2000, injured: null });
  });

  it('should read a round toll of thousands as the subject or second count ("At least 2000 were killed", "dead and 2000 injured")', () => {
    assert.deepEqual(findCasualties('At least 2000 were killed when the dam burst above the town on Monday, officials said.'), { killed: 2000, injured: null });
    assert.deepEqual(findCasualties('The cyclone on Friday left 1,400 dead and 2000 injured along the delta, officials said.'), { killed: 1400, injured: 2000 });
    assert.deepEqual(findCasualties('The airliner crash on Sunday killed 189 travellers from around the world, the carrier said.'), { killed: 189, injured: null });
  });

  it('should count one person killed or wounded when the report names no number', () => {
    assert.deepEqual(findCasualties('A 43-year-old roofer was shot and killed on Elm Street late Friday, police said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A cyclist is in critical condition after being hit by gunfire near the depot on Sunday.'), { killed: null, injured: 1 });
  });

  it('should read the dead among those shot however the report parts them', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Six people were shot Sunday, two fatally.'), [2, 4]);
    assert.deepEqual(read('Four people were shot near the ferry landing early Sunday, one of them fatally.'), [1, 3]);
    assert.deepEqual(read('3 shot, 1 dies in North Philly shooting'), [1, 2]);
    assert.deepEqual(read('Ten revelers were shot, two of whom died.'), [2, 8]);
    assert.deepEqual(read('Two of the four people shot were killed.'), [2, 2]);
    assert.deepEqual(read('Two men were shot Saturday. One of them died.'), [1, 1]);
    // A part of a whole is the part: "one of the three victims died" is one death, not three.
    assert.deepEqual(read('One of the three victims died at the hospital.'), [1, null]);
    assert.deepEqual(read('Both victims died.'), [2, null]);
  });

  it('should read counts past a clause of who they were, stabbings, and tolls told as lives', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Four people, including two cousins, were shot.'), [null, 4]);
    assert.deepEqual(read('Three men, ages 19, 22 and 25, were shot.'), [null, 3]);
    assert.deepEqual(read('Gunman Shoots 4 People Outside Restaurant'), [null, 4]);
    assert.deepEqual(read('Three people were stabbed at a party early Sunday.'), [null, 3]);
    assert.deepEqual(read('A man was stabbed to death Saturday night in Queens.'), [1, null]);
    assert.deepEqual(read('Two brothers were pronounced dead where they fell, outside the mill.'), [2, null]);
    assert.deepEqual(read('The crash claimed the lives of two teens.'), [2, null]);
  });

  it('should raise a toll by a later death told by its rank, and keep other shootings and past weekends out', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read("A third victim of Saturday's shooting has died, police said."), [3, null]);
    assert.deepEqual(read('Three people were killed Saturday. A fourth victim has died.'), [4, null]);
    // A third person, not a third death.
    assert.deepEqual(read('Two men were wounded and a third man died at the scene.'), [1, 2]);
    assert.deepEqual(read('A cook was shot and killed near the bakery on Sunday. In a separate shooting, three men were wounded.'), [1, null]);
    assert.deepEqual(read('Two people were shot Sunday. Last weekend, 30 people were shot across the state.'), [null, 2]);
    assert.deepEqual(read('Police say two people died and a third was hospitalized.'), [2, 1]);
    assert.deepEqual(read('Four patrons are recovering after gunfire erupted outside a taqueria.'), [null, 4]);
  });

  it('should not read a death or a wounding across a negation', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A courier was shot in the thigh; nobody was killed.'), [null, 1]);
    assert.deepEqual(read('A woman was wounded in the shooting, but no one died.'), [null, 1]);
    assert.deepEqual(read('A pilot was killed and a teenager was critically injured in the crash.'), [1, 1]);
  });

  it('should count the people a gunman\'s shots hit ("hitting three people")', () => {
    assert.deepEqual(findCasualties('Detectives want to question a man they say fired shots into a crowded bowling alley, hitting three people.'), { killed: null, injured: 3 });
  });

  it("should not take a month's toll for the event's", () => {
    assert.deepEqual(findCasualties('Seven people were shot at a cookout in East Baltimore early Sunday, each in the legs. It capped a bloody two-hour span in which 11 people were shot and a woman was slain, after 38 people were killed in July.'), { killed: null, injured: 7 });
    // Alone, a month's toll is still read: a follow-up may tell its own event so.
    assert.deepEqual(findCasualties('Four people were killed in July when a man fired into a backyard party.'), { killed: 4, injured: null });
  });

  it('should not count a harm that did not happen ("could have killed someone", "nearly killed")', () => {
    assert.deepEqual(findCasualties('A teenager was struck by a stray bullet near Main Street. "They could have killed someone," she said.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A grandmother was hit in the hip by a stray bullet. "I could have been killed," she said.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A baker was shot in the hip on Friday. He said the robber would have killed him.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A boy was nearly killed when a round tore into his chest; he is in critical condition.'), { killed: null, injured: 1 });
    // A death that did happen still counts, and a guess at one ("may have") is no harm undone.
    assert.deepEqual(findCasualties('A welder was shot and killed on Friday. "That could have been any one of us," a neighbour said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Deputies found a man dead in the yard. Investigators said he may have killed himself.'), { killed: 1, injured: null });
    // The harm a modal clause only supposes, after a harm that did happen: "could have hit her heart and killed her".
    assert.deepEqual(findCasualties('A 6-year-old was struck in the shoulder by a stray bullet on Pine Street and is back home. Doctors said the round could have drifted an inch lower and killed her.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A delivery driver was shot and wounded outside a store on Friday. The clerk said the gunman would have fired again or killed him.'), { killed: null, injured: 1 });
  });

  it('should read the corrected count over one the report says was given first', () => {
    assert.deepEqual(findCasualties('Police originally reported that seven patrons were shot at the lounge on Friday, then revised the number overnight. Four people were wounded, none seriously.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Initially, officers said eight teens were injured in the gunfire. Three teens were hurt, the sheriff said on Sunday.'), { killed: null, injured: 3 });
    // Where the rest gives no count of its own, the first count is all there is.
    assert.deepEqual(findCasualties('Officials initially reported that six people were shot at the fair, a count they have not revised.'), { killed: null, injured: 6 });
  });

  it('should count one dead where the report tells of brain death or that doctors could not save the victim', () => {
    assert.deepEqual(findCasualties('A bullet struck a girl, 4, in the head on Oak Street on Monday. Relatives said physicians have declared her brain dead.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Someone shot a boy, 16, in the ribs at a barbecue on Saturday. He was driven to hospital, where surgeons were not able to save him.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('The teen, hit in the neck by a bullet eight days earlier, was taken off life support Sunday, relatives said.'), { killed: 1, injured: null });
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
    assert.equal(findCasualties('Dozens of villagers were killed when the market was shelled.'), null);
    // A time or a measure after "about" is no figure; "several times" is no vague toll.
    assert.deepEqual(findCasualties('She died of one gunshot wound about 40 minutes after the ambush.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Dispatchers took a call about a self-inflicted gunshot wound around 11:45 p.m.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A mechanic, 27, was shot several times and later died in hospital.'), { killed: 1, injured: null });
    // A clock time after "around" is no toll; nor are geese or taxis people; one death stays one beside a war's toll.
    assert.deepEqual(findCasualties('The man was shot and killed around 11 Saturday night, police said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A woman was wounded around 9 Friday night.'), { killed: null, injured: 1 });
    assert.equal(findCasualties('Forty geese were found dead near the lake.'), null);
    assert.equal(findCasualties('Two taxis were struck by gunfire on Main Street.'), null);
    assert.deepEqual(findCasualties('A Palestinian journalist was killed in a strike in Gaza on Tuesday. The war has killed thousands of people.'), { killed: 1, injured: null });
  });

  it('should read a count of people described on the way ("two young men", "two adult males", "Two juveniles")', () => {
    assert.deepEqual(findCasualties('Two young men were shot on Main Street on Friday, police said.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties("The gunman's two young boys were wounded as well, deputies said."), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('Two adult males were hurt in the exchange of fire.'), { killed: null, injured: 2 });
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
    assert.deepEqual(findCasualties('Police arrested a man on Friday, two days after gunfire at a bus stop killed three people.'), { killed: 3, injured: null });
    // With no toll of its own, the sentence is all there is.
    assert.deepEqual(findCasualties('The crash comes a week after another crash killed two people.'), { killed: 2, injured: null });
  });

  it('should never take an age or a year for a toll', () => {
    const c = findCasualties('Officers said they killed 17-year-old suspect Dale Ruiz after he fired at them. In 2014, killed 3 was the toll of a similar raid.');
    assert.notEqual(c?.killed, 17);
    assert.notEqual(c?.killed, 2014);
  });

  it('should not take a list of ages for a toll ("ages 23, 36, and 51, and two men, 28 and 44 were hurt")', () => {
    // Not 44; the five are not counted either (no pattern reads "three women ... and two men").
    assert.equal(findCasualties('Three women, ages 23, 36, and 51, and two men, 28 and 44 were hurt by the gunfire.'), null);
    assert.equal(findCasualties('Two men, 28 and 44 were wounded outside the bar.'), null);
    assert.deepEqual(findCasualties('Between 20 and 30 people were shot at the festival.'), { killed: null, injured: 30 });
    assert.deepEqual(findCasualties('The gunman killed 2, and 3 others were wounded.'), { killed: 2, injured: 3 });
    // A long run of numbers: read in linear time (the lookbehinds are bounded).
    assert.deepEqual(findCasualties(`Four people were shot. ${'1 '.repeat(20_000)}`), { killed: null, injured: 4 });
    // A number before a long run of spaces: read in linear time too (it took minutes at 100 KB).
    assert.deepEqual(findCasualties(`Four people were shot. 7${' '.repeat(100_000)}x`), { killed: null, injured: 4 });
  });

  it('should count one wounded from how a lone wounding is told as an object or a wound ("injured a juvenile", "shot in leg")', () => {
    assert.deepEqual(findCasualties('Detectives are looking into gunfire at a Jackson ballfield on Saturday that injured a juvenile.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Man shot in leg at training facility'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Shots were fired through the bedroom window, hitting the 13-year-old victim.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A 12-year-old was left with a bullet graze wound to the wrist.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Officers said the juvenile went to Duke Hospital and has non-life threatening injuries.'), { killed: null, injured: 1 });
    // With a death, a wound told so may be the dead man's: it is not counted.
    assert.deepEqual(findCasualties('She took a bullet to the abdomen and died at the scene, a deputy said.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A teen was killed in an ambush Friday that also left a woman wounded.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('The teen reached the hospital in critical condition and died there on Monday.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('One man died on the porch. A second man was rushed to a trauma center in serious condition.'), { killed: 1, injured: 1 });
    // The one who died, told of again before they died: no one else was hurt.
    assert.deepEqual(findCasualties('A farm boy died after his cousin fired a rifle in the barn. Medics said the boy had been flown to a city hospital in critical condition.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('An old trucker was killed at a truck stop on Friday. He was in grave condition when deputies found him.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('An old trucker was killed at a truck stop on Friday. The other driver was listed in stable condition.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('An old trucker was killed at a truck stop on Friday. Ruiz remains in serious condition.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Boy in critical condition after shooting at home\n\nA man was shot dead in the kitchen, police said.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Two bystanders were wounded in the gunfire that killed a 23-year-old.'), { killed: 1, injured: 2 });
    assert.deepEqual(findCasualties("A bullet struck the victim's car as he drove away; he was not hurt."), null);
    assert.equal(findCasualties('Shots hit two parked cars. No one was injured.'), null);
  });

  it('should not count a death from a bare word ("homicide", "killed") in a report that counts the wounded', () => {
    assert.deepEqual(findCasualties('Four men were wounded by gunfire on Elm Street. Homicide detectives were called as a precaution.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Police are investigating a homicide on Elm Street.'), { killed: 1, injured: null });
  });

  it("should not take a city's or a year's tally for the event's toll", () => {
    const text = 'Two men were hurt by gunfire on Elm Street on Friday. More than 610 residents have been killed across Chicago so far this year. ' +
      'On top of those, 38 other people were wounded by gunfire citywide. Since March 1, 2016, 97 children have been killed in accidental shootings. ' +
      'In four years, 23 children were wounded.';
    assert.deepEqual(findCasualties(text), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('Four people were killed this morning; police said 12 were wounded last year at the same club.'), { killed: 4, injured: null });
    assert.deepEqual(findCasualties('Two men were wounded on Elm Street. In other weekend shootings, nine people were wounded and three killed in three separate attacks.'), { killed: null, injured: 2 });
    // The event's own place in a tally keeps its count; so do "this year's" and abbreviations.
    assert.deepEqual(findCasualties("The city's third shooting this year left two dead and four wounded."), { killed: 2, injured: 4 });
    assert.deepEqual(findCasualties("At this year's regatta, two spectators were killed and five were wounded."), { killed: 2, injured: 5 });
    assert.deepEqual(findCasualties('A man was wounded on Elm Street. So far this year in St. Louis, 150 people have been killed.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A man was wounded on Elm Street. Since Jan. 1, 133 children have been killed.'), { killed: null, injured: 1 });
  });

  it('should read "a triple homicide" as three killed and keep the highest toll a report gives', () => {
    assert.equal(findCasualties('Detectives are investigating a triple homicide at a motel.')?.killed, 3);
    assert.deepEqual(findCasualties('Three miners were killed and 27 others injured. The death toll has since risen to four.'), { killed: 4, injured: 27 });
  });

  it('should count victims told by the hospital, by gunshot wounds, or far from their verb', () => {
    assert.deepEqual(findCasualties('Four men leaving a wake for a murdered cousin were shot, one fatally, near the boulevard.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Four people were transported to a hospital after gunfire at a dawn house party.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Four people were hit when gunfire broke out overnight, police say.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Officers found two people in the stairwell with gunshot wounds in their legs.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('All four victims sustained non-life threatening injuries.'), { killed: null, injured: 4 });
  });

  it('should count one hurt from how a lone wounding is told, but not where someone died', () => {
    assert.deepEqual(findCasualties('On Tuesday a 9-year-old shot himself in the thumb by accident.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The girl was left with a gunshot wound in her knee.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A 15-year-old was fatally shot on Friday. A bullet hit the teen in the stomach.'), { killed: 1, injured: null });
  });

  it('should count one killed from how a death is told without a count', () => {
    for (const text of [
      'A Lodi seventh-grader who was shot by accident in his family\'s garage on Saturday died Sunday.',
      'One of five patrons hospitalized after gunfire at a Liberty Square cookout last weekend has died, police said.',
      'Pellwright was rushed to a clinic, where he died.',
      'An 11-month-old boy died Monday morning from a bullet wound to the neck.',
    ]) assert.equal(findCasualties(text)?.killed, 1, text);
  });

  it('should read attempted murder as no death, and a gunman who shot three then took his own life as four dead', () => {
    assert.equal(findCasualties('He faces 4 counts of attempted first-degree murder after four teens were wounded at the rink.')?.killed, null);
    // The degree named otherwise: "attempted aggravated murder", "attempted capital murder".
    assert.equal(findCasualties('Two counts of attempted aggravated murder were filed after a cyclist was shot in the arm.')?.killed, null);
    assert.equal(findCasualties('She is charged with attempted capital murder of a police officer.'), null);
    assert.deepEqual(findCasualties('With a shotgun he fatally shot three neighbors, wounded another man and then took his own life.'), { killed: 4, injured: 1 });
  });

  it('should read "N shot, one fatally" as one killed and the rest wounded', () => {
    assert.deepEqual(findCasualties('Four people were shot, one woman fatally, on a front porch Sunday, police said.'), { killed: 1, injured: 3 });
  });

  it('should count one killed from "one of the victims later died", "is dead" and "succumbed to her injuries"', () => {
    assert.equal(findCasualties('Three people went to the hospital in ambulances. One of the victims later died.')?.killed, 1);
    assert.equal(findCasualties('A teenager is dead after an early shooting near the laundromat.')?.killed, 1);
    assert.equal(findCasualties('She was flown to a trauma center, where she succumbed to her injuries.')?.killed, 1);
  });

  it('should count one more wounded beside those killed ("and another injured", "wounding another")', () => {
    assert.deepEqual(findCasualties('The ambush at the motel left three guests dead and another injured, police said.'), { killed: 3, injured: 1 });
    assert.deepEqual(findCasualties('He fatally shot two men and wounded three others before fleeing.'), { killed: 2, injured: 3 });
    assert.equal(findCasualties('One victim died; three others sustained non-fatal gunshot wounds.')?.injured, 3);
  });

  it('should count murder charges and a gunman who then killed himself', () => {
    assert.equal(findCasualties('A grand jury returned two first-degree murder counts against him on Thursday.')?.killed, 2);
    assert.equal(findCasualties('The gunman killed three people, then shot himself.')?.killed, 4);
  });

  it('should not count a wounded person from a self-inflicted shot alone', () => {
    assert.equal(findCasualties('The teen shot himself by accident in the stomach and died in the yard.')?.injured ?? null, null);
  });
  it('should not count animals killed, nor read the first digits of a number with thousands as the number', () => {
    assert.deepEqual(findCasualties('Hunters killed 90,280 deer during opening week. A 52-year-old hunter was killed Sunday.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('The earthquake killed 1,200 people.'), { killed: 1200, injured: null });
  });
  it('should count one wounded told by age alone, with an adverb, as an object, or by several wounds', () => {
    assert.deepEqual(findCasualties('The 13-year-old was accidentally shot while out squirrel hunting with a friend, the sheriff said.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Detectives are seeking whoever shot a 16-year-old in the shoulder late Saturday.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The deputy saw that the stranger was unarmed but had multiple gunshot wounds.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A 16-year-old cashier was shot and killed Monday.'), { killed: 1, injured: null });
  });

  it('should not count the wounded of a tally of gun violence', () => {
    assert.equal(findCasualties('Two girls, ages 6 and 8, were counted among 64 people wounded in gun violence during the long weekend.')?.injured ?? null, null);
  });
  it('should keep the review\'s cases right: gun violence at one place, hunters, "does", nobody hurt, fatally shot', () => {
    const cases: [string, { killed: number | null; injured: number | null } | null][] = [
      ['Two people were killed and 3 injured in gun violence at a party on Main Street.', { killed: 2, injured: 3 }],
      ['A gunman killed six deer hunters in northern Wisconsin.', { killed: 6, injured: null }],
      ['Police said the man who killed two does not have a criminal record.', { killed: 2, injured: null }],
      ['Hunters killed 90,280 deer this season.', null],
      ['The 18-year-old shooter fired at officers, but no one was hurt.', null],
      ['Police say the man fatally shot a 14-year-old.', { killed: 1, injured: null }],
      ['The man shot a 14-year-old in the back, killing him.', { killed: 1, injured: null }],
    ];
    for (const [text, expected] of cases) assert.deepEqual(findCasualties(text), expected, text);
  });

  it('should read a toll with a clause between count and verb, and a death told as a fatal wound', () => {
    assert.deepEqual(findCasualties('Seven people, including the gunman himself, were killed at the warehouse.'), { killed: 7, injured: null });
    assert.deepEqual(findCasualties('The ambush left one victim fatally wounded; three others were hurt, officers said.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties("Preschooler suffers fatal gunshot wound at cousin's house"), { killed: 1, injured: null });
    assert.equal(findCasualties('Each of the four victims had non-fatal gunshot wounds, the sheriff said.')?.killed ?? null, null);
  });

  it('should count a lone death told of a named person, in a headline without an article, or as "pronounced him dead"', () => {
    assert.deepEqual(findCasualties('Officers arrived within minutes. Tamsworth was found dead in the hallway.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Corey Vantassel, 24, Killed; Three Injured at South Side Block Party.\n\nPolice have no suspect.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Police: 2-Year-Old Boy Killed, 3 Adults Injured In Kensington Shooting.\n\nThe scene was taped off.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Calhoun area girl, 9, dies from accidental gunshot wound.\n\nThe sheriff is investigating.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Pruett was hit in the back; doctors later pronounced him dead at the medical center.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('The gunfight left a bystander dead on Bourbon Street.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('The toddler died a little while later in the emergency room.'), { killed: 1, injured: null });
    // "Nobody" is no name.
    assert.equal(findCasualties('"Nobody died on this street last night," a neighbour said of the shooting.'), null);
  });

  it("should add the killer's own death to those he killed, not to a toll that already counts him", () => {
    assert.equal(findCasualties('Four shoppers were killed by a man with a rifle before he was killed by troopers.')?.killed, 5);
    assert.equal(findCasualties('The gunman killed three co-workers before turning the gun on himself.')?.killed, 4);
    assert.equal(findCasualties('5 dead after deputy kills family.\n\nInvestigators believe he shot his wife, two sons and his father-in-law before killing himself.')?.killed, 5);
    assert.equal(findCasualties('Police: 4 dead, including gunman, in Neenah shooting. The gunman was killed by officers.')?.killed, 4);
    assert.deepEqual(findCasualties('The gunman killed 2, and 3 others were wounded.'), { killed: 2, injured: 3 });
  });

  it("should keep the second review's cases right: no death from a wound called not fatal, a death of another year, 'Several', a possessive", () => {
    assert.deepEqual(findCasualties('Three people suffered non fatal gunshot wounds.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('One person was shot Sunday. Police said it was not a fatal gunshot wound.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Two men were shot Sunday. Witnesses said Marcus was killed last spring in the same block.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('A teen was wounded in the foot outside Kennedy High School. Kennedy was shot dead in Dallas in 1963.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Two people were shot. Several died.'), { killed: null, injured: 2 });
    assert.equal(findCasualties("The gunman killed three people, including the gunman's former girlfriend, before he was killed by troopers.")?.killed, 4);
    assert.equal(findCasualties('Four people were killed at a tavern Saturday before the gunman was shot dead by a deputy.')?.killed, 5);
    // The killer's death is no victim's: of five shot, two died and three were wounded.
    assert.deepEqual(findCasualties('Five people were shot, killing two, before he was killed by a trooper.'), { killed: 3, injured: 3 });
  });

  it('should count two counts joined by "and" as one', () => {
    // Not of some of them, not shot to death or shot at, and a capital "A" counts.
    assert.deepEqual(findCasualties('Witnesses said one of the two brothers and a woman was shot.'), { killed: null, injured: 1 });
    assert.equal(findCasualties('Two women and two men were shot to death Friday in a duplex.')?.injured ?? 0, 0);
    assert.deepEqual(findCasualties('Three Men And A Teen Were Shot Outside Arcade'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('A week after three men and a girl were wounded by gunfire, police had no suspect.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Two boys and two girls were shot outside the school; one boy was killed.'), { killed: 1, injured: 3 });
  });

  it('should count one wounded from a headline alone, when the page kept no story', () => {
    const weather = '.\n\nWindy with thunderstorms this morning. High 67F.';
    assert.deepEqual(findCasualties(`Teen hurt in accidental shooting at deer camp${weather}`), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties(`5-year-old shot allegedly by 7-year-old sister${weather}`), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties(`11-year-old girl accidentally shoots self in hand${weather}`), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties(`Toddler stable after accidental shooting at cabin${weather}`), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties(`17-year-old hunter suffers accidental gunshot wound${weather}`), { killed: null, injured: 1 });
    // Shot and killed is no wounding; an arrest is neither; the rule reads the headline, not the body.
    assert.deepEqual(findCasualties(`Man shot, killed in Memphis${weather}`), { killed: 1, injured: null });
    assert.equal(findCasualties(`Man arrested after shooting${weather}`), null);
    // A death later in the headline, an illness, the shooter, an older victim's family: no wounded.
    for (const headline of ['Man shot by police dies', 'Man hospitalized with COVID', 'Man shot at officers before arrest', 'Family of man shot last year speaks out']) {
      assert.equal(findCasualties(`${headline}${weather}`)?.injured ?? null, null, headline);
    }
    assert.equal(findCasualties('Police looked for a car.\n\nTeen hurt in accidental shooting at deer camp, a link to another story'), null);
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
      'Teen faces assault with a deadly weapon charge after shooting', 'There were no fatal injuries in the shooting',
      'Non-fatal shooting on Elm Street', 'Man charged in attempted killing of officer', 'Deadly shooting debate continues in Congress',
      'Shooting Claims By Teen Were False', 'Senior Officer Dies Of Covid', 'Queen Mother Dies At 101', 'Measure To Protect Child Dies In House',
    ]) {
      assert.equal(findCasualties(`${headline}${weather}`)?.killed ?? null, null, headline);
    }
  });

  it("should not count a headline that gives a round-up's count, which the body's lead tallies over separate shootings", () => {
    const page = '4 people shot in East Side.\n\nFour people were hurt in four separate shootings on the East Side overnight, police said. A cook was wounded in the hip on Oak Street. He is in stable condition.';
    assert.deepEqual(findCasualties(page), { killed: null, injured: 1 });
    // A lone incident's headline keeps its count.
    assert.deepEqual(findCasualties('4 people shot in East Side.\n\nFour people were shot outside a bar on the East Side overnight, police said.'), { killed: null, injured: 4 });
  });

  it("should count no death from a cry of one who lived ('They killed me!') or from what could've happened", () => {
    assert.deepEqual(findCasualties('A stray bullet hit the girl in the shoulder. "She screamed, \'They killed me!\'" her mother said. The girl is expected to recover.'), { killed: null, injured: 1 });
    assert.equal(findCasualties("The boy was hit in the forearm while friends were handling a pistol. He told reporters he could've easily died.")?.killed ?? null, null);
  });

  it('should count two wounded where a gunman wounds both, and the people of a count told with a word before them', () => {
    assert.deepEqual(findCasualties('A man shot his wife and her 12-year-old daughter, wounding both, before killing himself in the garage.'), { killed: 1, injured: 2 });
    assert.equal(findCasualties('A driver was found dead behind the wheel, and police said two unidentified men suffered minor injuries in the shooting.')?.injured, 2);
  });

  it('should read no count from an age ("a boy under the age of 8 was killed") nor a death from a harm foretold', () => {
    assert.deepEqual(findCasualties('A boy under the age of 8 was killed when bullets struck a minivan on Thursday night.'), { killed: 1, injured: null });
    assert.equal(findCasualties('A hard freeze is expected tonight. Flowers that have already bloomed could be damaged or killed.'), null);
  });

  it('should read a headline\'s two counts written without a comma ("1 killed 3 injured") as one dead and three hurt', () => {
    assert.deepEqual(findCasualties('1 killed 3 injured at Riverside skate park.\n\nPolice are investigating.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Suspect held in shooting that killed 1, wounded 8.\n\nPolice made the arrest on Friday.'), { killed: 1, injured: 8 });
  });

  it('should read no count from figures hung on a word or a figure by a hyphen ("an AK-47", "ages 20-27", "I-10")', () => {
    // A span's end is no count of the shot (24 shot, less the dead, had been 23 wounded).
    assert.equal(findCasualties('Deputies said the men, ages 19-24 were shot near the laundromat.'), null);
    assert.deepEqual(findCasualties('A man armed with an AK-47 killed two people and wounded a deputy.'), { killed: 2, injured: 1 });
    assert.deepEqual(findCasualties('A woman driving along I-10 was struck by a stray bullet Monday.'), { killed: null, injured: 1 });
  });

  it('should count people told as shot "along with" others, the dead among them', () => {
    assert.deepEqual(findCasualties('A father and his son were killed on Tuesday. The two were shot, along with a third man, shortly after midnight.'), { killed: 2, injured: 1 });
    assert.deepEqual(findCasualties('Police said Marsh, 38, was shot along with three others outside the arcade.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('He was shot along with his 15-year-old niece and a 33-year-old woman near the pier.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('The boy was wounded along with his cousin.'), { killed: null, injured: 2 });
  });

  it('should not count people hurt in a fight, with no gun in the sentence, as wounded', () => {
    assert.equal(findCasualties('A teen was arrested after gunfire near the high school. Six students were injured in a brawl at a junior high last week.')?.injured ?? null, null);
    assert.deepEqual(findCasualties('Two men were shot and wounded in a fight outside the bar.'), { killed: null, injured: 2 });
  });

  it('should count no death from a negated or generic one, or from the unit that investigates', () => {
    assert.equal(findCasualties('No one was killed in the crash, the fire chief said.'), null);
    assert.equal(findCasualties('Nobody was injured or killed when the shots hit the house.'), null);
    // A kind of harm in a tally, not a death.
    assert.equal(findCasualties('He is the fifth child in the county to be injured or killed by a gun left unlocked.'), null);
    assert.deepEqual(findCasualties('A boy was wounded by birdshot and should recover, said a captain of the Metro Homicide Unit.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('Homicide detectives are looking into the shooting of a girl, 13, who is in stable condition.'), { killed: null, injured: 1 });
    // Still a death: the word alone, and a homicide unit beside one.
    assert.deepEqual(findCasualties('The shooting was ruled a homicide.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('No one else was hurt. A man was killed.'), { killed: 1, injured: null });
  });

  it('should count one killed from "shot to death", "declared dead", "a boy shot dead" and a manslaughter charge', () => {
    assert.deepEqual(findCasualties('An elderly man was found shot to death behind an empty duplex early Saturday.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Officers found the teenager near the dumpsters. He was declared dead a few minutes later.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Deputies are looking into word of a 3-year-old shot dead at a babysitter’s apartment.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A 19-year-old was arrested on a manslaughter charge after a gun went off at a party.'), { killed: 1, injured: null });
    assert.equal(findCasualties('He was charged with attempted manslaughter.'), null);
  });

  it('should count one killed from "charged with killing", "indicted for killing", "kills self" and "fatally shot herself"', () => {
    assert.deepEqual(findCasualties('Teen charged with killing aunt in Monroe'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Three indicted for killing of Pawtucket teen'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('Sheriff: boy accidentally shoots, kills self with rifle'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('The toddler who fatally shot herself in Visalia was named on Friday.'), { killed: 1, injured: null });
    assert.equal(findCasualties('He was charged with attempted killing.'), null);
    assert.equal(findCasualties('Police said the man had threatened to kill himself.'), null);
    assert.equal(findCasualties('Officers talked the man out of killing himself on the bridge.'), null);
    assert.equal(findCasualties('A man was charged with killing two dogs at a shelter.'), null);
    assert.deepEqual(findCasualties('He shot his wife before killing himself, police said.'), { killed: 1, injured: null });
  });

  it('should count one wounded from "has been shot", "critical but stable condition", "shooting his 7-year-old son" and "a minor was injured"', () => {
    assert.deepEqual(findCasualties('A teenage farmhand has been accidentally shot at an orchard.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The girl was in critical but stable condition Sunday, the chief said.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The rifle discharged while he was cleaning it, shooting his 7-year-old son in the wrist.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A minor was injured by gunfire early Sunday, responders said.'), { killed: null, injured: 1 });
    assert.equal(findCasualties('A minor crash was reported on the bridge.'), null);
    assert.deepEqual(findCasualties('A man has been shot to death on Elm Street.'), { killed: 1, injured: null });
  });

  it('should count one wounded from "injured herself", "shot her in the jaw" and "shoots 2-year-old sister", one killed from ", killing him"', () => {
    assert.deepEqual(findCasualties("A girl, 5, was flown to a trauma center after she injured herself with her grandfather's revolver."), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties("Her brother, 8, accidentally shot her in the jaw with a revolver."), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties("Boy accidentally shoots 2-year-old sister at grandparents' home"), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('The officer shot him in the chest, killing him.'), { killed: 1, injured: null });
  });

  it('should read "Name, 71 and Name, 69 were found dead" as the two named, not 69', () => {
    assert.deepEqual(findCasualties('Officials said Ottilie Quillfeather, 71 and Wendell Quillfeather, 69 were found dead in their cabin on Saturday.'), { killed: 2, injured: null });
    assert.deepEqual(findCasualties('In New Orleans, 3 were killed on Sunday.'), { killed: 3, injured: null });
  });

  it('should count two wounded a headline names together, and no two where the headline tells of a death', () => {
    assert.deepEqual(findCasualties('Man, 2-year-old girl wounded in drive-by\n\nPolice are looking for the gunman.'), { killed: null, injured: 2 });
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
    assert.deepEqual(findCasualties('A grocer, 58, was shot and killed at his store. A second man, a customer, was critically injured.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Another 6-year-old was hurt and Petra Oyelaran was killed.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('One man died on the steps. Another man was wounded in the shoulder.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Four unnamed others were hit by gunfire and are being treated.'), { killed: null, injured: 4 });
    assert.deepEqual(findCasualties('Twenty-nine people were injured and eight killed, the governor said.'), { killed: 8, injured: 29 });
    // "fatally wounding the victim" is a death, not a wounding.
    assert.deepEqual(findCasualties('The rifle discharged, fatally wounding the victim, deputies said.'), { killed: 1, injured: null });
    // Another wounded soldier he spoke of is no casualty of the event.
    assert.equal(findCasualties('He had another wounded soldier with him at the parade.'), null);
  });

  it('should count one more wounded "also shot" beside dead who use up a count of the shot', () => {
    assert.deepEqual(findCasualties('Three relatives were shot to death inside an Elm Street bungalow. Her fiancé was also shot in the hip and should survive.'), { killed: 3, injured: 1 });
    // Not the dead shot again.
    assert.deepEqual(findCasualties('A barber was shot and killed on Elm Street. He was also shot several times in the back.'), { killed: 1, injured: null });
  });

  it('should count one person and others ("she and two others were shot"), and an object of two counts ("injured two adults and a 9-year-old child")', () => {
    assert.deepEqual(findCasualties('A 13-year-old girl remained in critical condition after she and two others were shot at a bus shelter.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('Police seek whoever fired from a passing car and injured two adults and a 9-year-old child.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('The gunman killed two, wounding two men and a woman.'), { killed: 2, injured: 3 });
    // "Another man was shot" beside a death is one wounded; another shot dead is not.
    assert.deepEqual(findCasualties('A 44-year-old was hit by several bullets and died at a clinic. Another man was shot through the ankle and released.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('A tailor was shot and killed on Elm Street. Another man was shot and killed on Oak Street.'), { killed: 1, injured: null });
  });

  it("should not take a round-up's count over several shootings for the event's", () => {
    assert.equal(findCasualties('In West Side shootings on Friday, two men were killed and six others were hurt.'), null);
    assert.equal(findCasualties('A man and a teen were killed, and seven more people were hurt in four separate shooting incidents overnight.'), null);
    assert.equal(findCasualties('The gunfire capped a violent weekend in Memphis that saw 17 people shot in 60 hours.'), null);
    // One incident's shootings keep their count.
    assert.deepEqual(findCasualties('Four patrons were wounded in the shootings at the pool hall.'), { killed: null, injured: 4 });
  });

  it('should add two counts joined by "and" or a comma, of the dead too ("2 Adults, 3 Children Dead")', () => {
    assert.deepEqual(findCasualties('2 Adults, 3 Children Dead in Suspected Murder-Suicide'), { killed: 5, injured: null });
    assert.deepEqual(findCasualties('Deputies say two adults and three children were all found dead at a farmhouse.'), { killed: 5, injured: null });
    assert.deepEqual(findCasualties('Two men and a girl were shot and killed near the pier.'), { killed: 3, injured: null });
    assert.deepEqual(findCasualties('Four children, two adults hurt in shooting range mishap'), { killed: null, injured: 6 });
    // Taken to hospital: all shot, the dead among them.
    assert.deepEqual(findCasualties('Three females and two males were rushed to Hartford Hospital.'), { killed: null, injured: 5 });
    assert.deepEqual(findCasualties('Two men and a teenager were taken to a hospital, where one man died.'), { killed: 1, injured: 2 });
  });

  it('should count the wounded told as "more" beside the dead ("1 dead, 3 more hurt")', () => {
    assert.deepEqual(findCasualties('A man was killed and three more were wounded outside a tavern on Friday.'), { killed: 1, injured: 3 });
    assert.deepEqual(findCasualties('Deputies found two men dead and two more who were hurt in the garage.'), { killed: 2, injured: 2 });
    assert.deepEqual(findCasualties('Shooting leaves 1 dead, 4 more hurt'), { killed: 1, injured: 4 });
  });

  it('should add two counts of officers, civilians or students, and take others told as also shot beside the dead as wounded', () => {
    assert.deepEqual(findCasualties('Five officers and three civilians were hurt when the sniper opened fire.'), { killed: null, injured: 8 });
    assert.deepEqual(findCasualties('One student was killed. Two other students and a woman were also shot.'), { killed: 1, injured: 3 });
    // Those shot, without "other" or "also": the dead among them.
    assert.deepEqual(findCasualties('Two students and an officer were shot in the hallway, one fatally.'), { killed: 1, injured: 2 });
  });

  it('should count others struck beside the dead as wounded, murder counts as deaths, and an age alone as a headline\'s victim', () => {
    assert.deepEqual(findCasualties('Three men were killed. Two unnamed others were hit by bullets and treated at a clinic.'), { killed: 3, injured: 2 });
    assert.deepEqual(findCasualties('A judge ordered three first-degree murder counts to go to trial.'), { killed: 3, injured: null });
    assert.deepEqual(findCasualties('Police: 20-month old dead after shooting at Searcy home'), { killed: 1, injured: null });
  });

  it('should count shooting victims by that name, and the shot told with how many of them died ("five men, one fatally, were shot")', () => {
    assert.deepEqual(findCasualties('One man died in the parking lot. Two other gunshot victims reached a clinic by car.'), { killed: 1, injured: 2 });
    assert.deepEqual(findCasualties('Medics treated three shooting victims outside the arena.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('Outside a diner, five men, one fatally, were shot after a quarrel.'), { killed: 1, injured: 4 });
    // A death told of someone by what they were, beside the others shot, is still one death.
    assert.deepEqual(findCasualties('The owner of a corner bar, Ignatius Brell, was shot and killed late Saturday. The other three shooting victims are expected to live.'), { killed: 1, injured: 3 });
  });

  it('should count "all three victims remain in stable condition", "sent N people to the hospital" and "an eight-year-old and two people were shot"', () => {
    assert.deepEqual(findCasualties('All three victims remain in stable condition at a regional hospital.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('Gunfire from a passing car on Sunday sent three people to the hospital; none of the wounds is life-threatening.'), { killed: null, injured: 3 });
    assert.deepEqual(findCasualties('An eight-year-old and two people were shot in Southeast Atlanta.'), { killed: null, injured: 3 });
    // Sent to hospital, one of them died: the others are the wounded.
    assert.deepEqual(findCasualties('The gunfire sent five people to the hospital. One of them, a man of 23, was pronounced dead there.'), { killed: 1, injured: 4 });
  });

  it('should count people treated in hospital as hurt ("a total of 44 people received hospital treatment")', () => {
    assert.deepEqual(findCasualties('Two more people have died, bringing the death toll to five. A total of 44 people received hospital treatment; nine remain in a serious condition.'), { killed: 5, injured: 44 });
    assert.deepEqual(findCasualties('Twelve passengers were treated in hospital after the bus overturned.'), { killed: null, injured: 12 });
  });

  it('should count no death the text doubts ("not able to tell if the driver had died", "dead or alive")', () => {
    assert.deepEqual(findCasualties('Four men were wounded on Elm Street. Deputies were not able to tell if the driver had died.'), { killed: null, injured: 4 });
    assert.equal(findCasualties('Neighbors were unsure whether the infant, hit through the wall, was dead or alive.')?.killed ?? null, null);
    assert.deepEqual(findCasualties('A man was shot on Elm Street and later died.'), { killed: 1, injured: null });
  });

  it('should not take the top of an age range for a count, nor a toll told between two years for the event\'s', () => {
    assert.notEqual(findCasualties('Officers say four men between the ages of 19 and 63 were shot.')?.injured, 63);
    assert.deepEqual(findCasualties('Three people were killed before dawn Monday. Between March 2011 and June 2015, nine people were killed in wrecks on that highway.'), { killed: 3, injured: null });
    assert.equal(findCasualties('Since 2012, 37 people have been shot around the lake.'), null);
  });

  it('should count people named together as shot, hurt or killed, and one dead beside one hurt', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A toddler and a 26-year-old woman were injured when gunfire erupted Tuesday.'), [null, 2]);
    assert.deepEqual(read('A mother and her daughter were wounded by gunfire.'), [null, 2]);
    assert.deepEqual(read('A man, a woman and a boy were wounded by one gunman.'), [null, 3]);
    assert.deepEqual(read('A 61-year-old man, 39-year-old woman and 70-year-old man all suffered gunshot wounds.'), [null, 3]);
    assert.deepEqual(read('He was arrested a week later for the gun battle that injured a 6-year-old girl and her 24-year-old uncle.'), [null, 2]);
    assert.deepEqual(read('A father and son were shot Saturday; the father died.'), [1, 1]);
    assert.deepEqual(read('A man and woman were shot and killed Saturday.'), [2, null]);
    // Named as shot in the story of a slaying: the death told without a number still counts.
    assert.deepEqual(read('Police arrested a man in the slaying of a 9-year-old. The girl and her aunt were shot on Wednesday.'), [1, 1]);
    // Not as an object of "shot": those a man shot before killing himself died.
    assert.deepEqual(read('Investigators suspect he shot his partner and her son before killing himself.'), [1, null]);
    assert.deepEqual(read('Man killed, woman injured in Southside shooting'), [1, 1]);
    assert.deepEqual(read('A 19-year-old was killed and his cousin wounded in gunfire on Saturday night.'), [1, 1]);
    assert.deepEqual(read('The gunfire left a 6-year-old boy dead and his 9-year-old friend injured.'), [1, 1]);
  });

  it('should read a count whose people are set off by dashes, or given an age span, before the verb', () => {
    assert.deepEqual(killedInjured('Five people -- including a 9-year-old girl -- were wounded outside the rec center on Friday.'), [null, 5]);
    assert.deepEqual(killedInjured('Three men \u2014 including the store clerk \u2014 were injured when the gunman fired.'), [null, 3]);
    assert.deepEqual(killedInjured('Police said seven people, ages 15 to 40, were shot near the park; none of them had life-threatening wounds.'), [null, 7]);
  });

  it('should read a count of people given with their age ("two 6-year-old boys were hurt")', () => {
    assert.deepEqual(killedInjured('Two 6-year-old boys were hurt when a round pierced their bedroom wall.'), [null, 2]);
  });

  it('should count two hurt where "both" are told as still in hospital', () => {
    assert.deepEqual(killedInjured('A roofer was hit in the arm and his cousin was grazed on Maple Street. Both remain hospitalized.'), [null, 2]);
    assert.deepEqual(killedInjured('A teen on a scooter was shot and a woman walking by was struck by a stray round. Both are hospitalized and should pull through.'), [null, 2]);
  });

  it('should count people listed with where each was hit, "both victims", and the shot told with an adverb', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A 23-year-old cousin was shot in the thigh, a 31-year-old woman in the arm.'), [null, 2]);
    assert.deepEqual(read('Deputies said a 57-year-old grandfather was shot in the hip, a 63-year-old uncle in the knee and a 71-year-old woman in the foot.'), [null, 3]);
    assert.deepEqual(read('A 63-year-old grandmother was shot in the hip and a 5-year-old nephew was shot in the ankle.'), [null, 2]);
    assert.deepEqual(read('Both victims suffered injuries that doctors called minor.'), [null, 2]);
    assert.deepEqual(read('Both victims were rushed to hospitals, and one died.'), [1, 1]);
    assert.deepEqual(read('Deputies say two teenage girls were shot by accident on Friday night.'), [null, 2]);
    assert.deepEqual(read('Two brothers were shot, one fatally, outside a gym.'), [1, 1]);
    assert.deepEqual(read('4 teen boys shot near Camden rec center'), [null, 4]);
    assert.deepEqual(read('A 20-year-old faces charges over gunfire that wounded three kids and one teen.'), [null, 4]);
    assert.deepEqual(read('A woman was grazed in the shooting.'), [null, 1]);
    // Shot at is no wound; shot at a place is.
    assert.deepEqual(read('Two men were shot at but not hit.'), null);
    assert.deepEqual(read('Two men were shot at a wedding on Sunday.'), [null, 2]);
    assert.deepEqual(read('Two girls and two men were shot at a birthday party early Sunday, police said.'), [null, 4]);
    assert.deepEqual(read('A woman and two men were shot at but not hit.'), null);
    assert.deepEqual(read('A teenager and two other men were shot too, deputies said.'), [null, 3]);
    // "Zone 3 officers accidentally shot" a man: no count of the shot.
    assert.deepEqual(read('The Zone 3 officers accidentally shot a man in the hip.'), [null, 1]);
  });

  it('should read a lone wounding a headline tells by condition or by what hit, a victim treated and released, and the bare sent to hospital', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Deputies: 11-year-old girl critical after accidental shooting'), [null, 1]);
    assert.deepEqual(read('6-year-old girl wounded by stray bullet at playground'), [null, 1]);
    assert.deepEqual(read('Teen struck by shotgun pellets while hunting ducks'), [null, 1]);
    assert.deepEqual(read('Man hospitalized after accidental shooting'), [null, 1]);
    assert.deepEqual(read('A cabdriver was shot and killed Sunday. A second victim was treated at an urgent care clinic and released.'), [1, 1]);
    assert.deepEqual(read('A man was killed. A second victim was treated and released.'), [1, 1]);
    assert.deepEqual(read('The gunfire sent six to the hospital.'), [null, 6]);
    assert.deepEqual(read('Four people are in the hospital following gunfire at a quinceañera.'), [null, 4]);
  });
  it('should count a shooter killed by police as a death when the report gives no other', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('The shooter was killed by police after he wounded two people.'), [1, 2]);
    assert.deepEqual(read('Officers shot and killed the suspect. A woman was wounded in the leg.'), [1, 1]);
  });
  it('should not count those hurt in a crash as the shooting\'s wounded', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A nurse was shot and killed Sunday. The suspect fled and crashed into another car, injuring two people.'), [1, null]);
    // A sentence that names the gun keeps its count.
    assert.deepEqual(read('The gunman fired into a car that then crashed, injuring two people.'), [null, 2]);
  });
  it('should take a count since a month for a tally', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A man was wounded Sunday. Police said 25 residents have been shot in the district since June.'), [null, 1]);
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
    assert.deepEqual(read('Of the five people shot, 2 died and three others were hurt.'), [2, 3]);
  });
  it('should read a wounded person told apart from the dead past a place or a report ("another man in the yard was wounded")', () => {
    assert.deepEqual(findCasualties('Two brothers were shot and killed at a cookout on Friday. Another man in the yard was wounded.'), { killed: 2, injured: 1 });
    assert.deepEqual(findCasualties('A driver was fatally shot near the gas station. A second person was reported to have been hurt.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Two men died on the sidewalk. A third shooting victim was wounded in the shoulder and should recover.'), { killed: 2, injured: 1 });
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
    assert.deepEqual(findCasualties('The 9-year-old remains in serious condition at Nationwide Children\'s Hospital.'), { killed: null, injured: 1 });
  });

  it('should count a wounded suspect beside the victims when no count takes them in', () => {
    assert.deepEqual(findCasualties('A clerk was killed in the robbery. An officer returned fire, striking the suspect; he is in stable condition.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('A 17-year-old robbery suspect was shot by officers as he ran from the bank.'), { killed: null, injured: 1 });
  });
  it('should count a lone victim told apart from a wounded suspect as two hurt, unless police shot the one told of', () => {
    assert.deepEqual(findCasualties('Police said a 15-year-old was accidentally wounded in the arm on Friday. The suspect was wounded in the hand as well.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('A man was shot by a deputy on Sunday after a chase. The suspect was hospitalized in stable condition.'), { killed: null, injured: 1 });
    assert.deepEqual(findCasualties('A clerk was wounded in the robbery. The suspect was shot in the leg by the clerk.'), { killed: null, injured: 2 });
  });
  it('should not count the dead again as one wounded when a report told of a death names them wounded', () => {
    assert.deepEqual(findCasualties('A 3-year-old boy died on Monday after he found a loaded pistol. The gun discharged, wounding the boy in the chest.'), { killed: 1, injured: null });
    assert.deepEqual(findCasualties('A man was shot dead on Elm Street. The gunman also wounded a teenager who was walking by.'), { killed: 1, injured: 1 });
  });
  it('should read one more wounded told as also hit, as another who had been shot, or as a relative wounded', () => {
    assert.deepEqual(findCasualties('A man died on the sidewalk. A woman standing nearby was also hit, but her wound is minor.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Officers found one man dead in the yard and a second man who had been shot through the foot.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Police say a father shot and wounded his daughter, 6, before killing himself.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('A 13 year old cousin was killed and an 18 year old is wounded, police said.'), { killed: 1, injured: 1 });
  });

  it('should not take a car or a house also struck by bullets for one more wounded', () => {
    assert.deepEqual(findCasualties('A plumber, 30, was shot and killed on Pine Street. Two parked cars were also struck by gunfire.'), { killed: 1, injured: null });
  });
});

describe('findCasualties with "mortally"', () => {
  it('should read "mortally wounded" as a death, not a wounding', () => {
    assert.deepEqual(findCasualties('Shooting on Main Street.\n\nTwo men were mortally wounded and a woman was hurt.'), { killed: 2, injured: 1 });
  });
});

describe('findCasualties of one person hurt, a wounded who died, and animals', () => {
  it('should count one person taken to hospital in a shooting where nobody died, and not outside a shooting', () => {
    assert.deepEqual(findCasualties('Shots fired on Cedar Lane.\n\nThe victim was driven to a local hospital by a relative. Police have made no arrest.'), { killed: null, injured: 1 });
    assert.equal(findCasualties('Mayor in hospital.\n\nThe mayor was admitted to the hospital after a fall at home.'), null);
  });

  it('should count one person found suffering or bleeding from gunshot wounds', () => {
    assert.deepEqual(findCasualties('Deputies found a man suffering from gunshot wounds behind a store on Route 9.'), { killed: null, injured: 1 });
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
    assert.deepEqual(findCasualties('Two found dead in home.\n\nDeputies said both Brown and Lee suffered gunshot wounds that proved fatal.'), { killed: 2, injured: 0 });
    assert.deepEqual(findCasualties('Shooting on Cedar Lane.\n\nA man and his son suffered gunshot wounds. Both are expected to survive.'), { killed: null, injured: 2 });
  });

  it('should not take a count on the next line as the count of a verb ending a line', () => {
    assert.deepEqual(findCasualties('KEY POINTS\n\nJohn Doe, 31, was killed\n\nFour others struck by bullets'), { killed: 1, injured: 4 });
  });

  it('should count people who took themselves to hospital, and victims who showed up there, as shot', () => {
    assert.deepEqual(findCasualties('After the shooting, two men drove themselves to the hospital.'), { killed: null, injured: 2 });
    assert.deepEqual(findCasualties('Three victims later showed up at a nearby hospital, police said.'), { killed: null, injured: 3 });
    assert.equal(findCasualties('Four teens showed up at Mercy Hospital about 9 p.m. to visit a friend.'), null);
  });

  it('should count people a shooting left in the hospital as hurt', () => {
    assert.deepEqual(findCasualties('The gunfire outside the bar left four people in the hospital.'), { killed: null, injured: 4 });
  });

  it("should not count a death the sentence places in another shooting", () => {
    assert.deepEqual(findCasualties('Three men were wounded outside the store on Friday. A teen died in a previous shooting on that corner.'), { killed: null, injured: 3 });
  });

  it('should count people named as also struck by bullets as wounded, others than the dead', () => {
    assert.deepEqual(findCasualties('A man died after the shooting on Pine Road. Ann Lee, Tom Ray and Joe Fox were also struck by bullets.'), { killed: 1, injured: 3 });
  });

  it('should count people told as hurt in a relative clause, but not a part of a whole', () => {
    assert.deepEqual(findCasualties('A man was killed outside the lounge. Two others who were wounded by the gunfire are expected to recover.'), { killed: 1, injured: 2 });
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
    assert.deepEqual(findCasualties('A woman was killed on Maple Drive. Her nephew was shot in the hip but survived.'), { killed: 1, injured: 1 });
  });

  it('should take gunshot wounds told of all the victims as every victim shot, the dead among them', () => {
    assert.deepEqual(killedInjured('Deputies said three men sustained gunshot wounds in the triple homicide on Birch Lane.'), [3, 0]);
    assert.deepEqual(killedInjured('Two victims suffered gunshot wounds and are in stable condition.'), [null, 2]);
  });

  it('should count two people of one age phrase ("a 15- and a 16-year-old")', () => {
    assert.deepEqual(killedInjured('A 13- and a 17-year-old were shot outside the rink on Friday.'), [null, 2]);
    assert.deepEqual(killedInjured('Police said a 15 and 16-year-old were wounded near the rink.'), [null, 2]);
  });

  it('should count people told together as each shot', () => {
    assert.deepEqual(killedInjured('Maria Lopez and Ana Ruiz were each shot in the calf on Cedar Street.'), [null, 2]);
    assert.deepEqual(killedInjured('A 13-year-old girl and a 38-year-old woman were each shot in the shoulder, deputies said.'), [null, 2]);
  });

  it('should count one person and a number of others told together ("a 12-year-old boy and two girls")', () => {
    assert.deepEqual(killedInjured('A 12-year-old boy and two girls were wounded in the shooting near the pool.'), [null, 3]);
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
    assert.deepEqual(killedInjured('Prosecutors say the 19-year-old is accused of killing his 12-year-old brother on Oak Road.'), [1, null]);
    assert.deepEqual(killedInjured('The girl was flown to a hospital in Dayton but died the next morning.'), [1, null]);
    assert.deepEqual(killedInjured('Jordan Hale was shot and died on the pavement outside the laundromat on Friday.'), [1, null]);
    // A relative wounded, not killed, and a killing of an animal, are no death.
    assert.equal(findCasualties('The man was charged with wounding his brother in the leg.')?.killed ?? null, null);
  });

  it('should count the dead by counts of aggravated murder, one a victim', () => {
    assert.deepEqual(killedInjured('The neighbor faces three counts of aggravated murder, prosecutors said.'), [3, null]);
  });

  it('should count one death in words of "shooting deaths" where no one is told as hurt', () => {
    assert.deepEqual(killedInjured('Teen held in the shooting deaths at the farmhouse near Milton.'), [1, null]);
  });

  it('should count the people a killer killed, told together as his object', () => {
    assert.deepEqual(killedInjured('Two women were charged with murdering a 15-year-old and his grandfather at a trailer park.'), [2, null]);
    assert.deepEqual(killedInjured('Deputies said he fatally shot a woman, her mother and her 4-year-old son before fleeing.'), [3, null]);
    assert.deepEqual(killedInjured('Detectives are looking into the shooting deaths of a woman, her son and a little girl on Pine Street.'), [3, null]);
    // The second person wounded, not killed: a verb follows "and", not a person.
    assert.deepEqual(killedInjured('The gunman fled after killing a man and wounding a woman outside the bar.'), [1, 1]);
  });

  it('should read no harm done to "someone" or "anyone": a harm doubted or foreseen', () => {
    assert.deepEqual(killedInjured('A boy was shot in the wrist while friends played with a pistol. "They are lucky it did not go as far as where someone was killed," the sheriff said.'), [null, 1]);
    assert.equal(findCasualties('Shots were fired on Elm Street overnight; it was not known if anyone was injured.'), null);
  });

  it('should leave out a chronicle of past cases, line by line with their dates, where the story has a toll of its own', () => {
    const text = 'Girl, 5, wounded in the hand.\n\nA five-year-old girl was wounded in the hand on Sunday and is in good condition.\n\nOther shootings of children this year:\nJune 29: a 12-year-old died while cousins played with a rifle.\nApril 7: a 9-year-old girl shot herself in the foot.';
    assert.deepEqual(killedInjured(text), [null, 1]);
  });

  it('should read those sent to hospital or found suffering from gunshot wounds as shot', () => {
    assert.deepEqual(killedInjured('Three people were sent to hospitals after gunfire broke out at a house party on Cedar Street.'), [null, 3]);
    assert.deepEqual(killedInjured('Officers came upon four people suffering from gunshot wounds near the bar.'), [null, 4]);
  });

  it('should read those "also hit by gunfire" and one a bullet grazed', () => {
    assert.deepEqual(killedInjured('A man was killed. Three other men were also hit by gunfire and are hospitalized.'), [1, 3]);
    assert.deepEqual(killedInjured('An officer fired at the dog, and a bullet grazed a deputy standing nearby.'), [null, 1]);
  });

  it('should count those a shooter killed or shot among his own relatives ("killed his two sons")', () => {
    assert.deepEqual(killedInjured('Police say the man shot and killed his two sons at their home on Friday.'), [2, null]);
    assert.deepEqual(killedInjured('Police say the man shot his two young sons at their home on Friday.'), [null, 2]);
    assert.equal(killedInjured('The fire killed his two dogs.'), null);
  });

  it('should leave out of the wounded someone hurt but not shot, where the report counts those shot', () => {
    assert.deepEqual(killedInjured('Five people were shot and a girl was injured near the bus stop. The girl was injured when she fell while running away.'), [null, 5]);
    assert.deepEqual(killedInjured('Six people were injured in the gunfire at the bus stop, police said.'), [null, 6]);
  });
});

it('the hurt of a crash count in a report with no gun in it ("41 were killed and 21 injured when a jet crashed")', () => {
  assert.deepEqual(findCasualties('At least 41 people were killed and 21 injured when a passenger jet crashed on approach on Tuesday.'), { killed: 41, injured: 21 });
  // In a shooting story a crash's hurt are still not the shooting's.
  assert.deepEqual(findCasualties('A man shot two people on Main Street. He fled and crashed into another car, injuring three.'), { killed: null, injured: 2 });
});
