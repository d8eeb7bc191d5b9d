import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { A_DEATH, A_DEATH_WORDS, ONE_HURT, conditionApartFromDeath, mayTellOneHurt, oneKilled, survivedWound, tellsOneHurt } from './casualty-one.js';
import { findCasualties } from './casualties.js';
import { hasWords } from './word-gate.js';

describe('one person told without a number', () => {
  it('should not take a death the sentence doubts', () => {
    assert.ok(oneKilled('A man died at the hospital on Sunday.'));
    assert.ok(!oneKilled('Officers were unsure whether the driver had died.'));
  });

  it("should take a condition apart from the death only of someone else or as it stands now", () => {
    assert.ok(!conditionApartFromDeath('She was rushed to a clinic in grave condition, where she died.'));
    assert.ok(conditionApartFromDeath('A second woman was rushed to a clinic in fair condition.'));
    // An ordinal past the dead brings someone else in: "the third victim" after two killed.
    assert.ok(conditionApartFromDeath('Two teens were killed. The third victim, a boy, was rushed to a clinic in fair condition.'));
    assert.ok(!conditionApartFromDeath('Two teens were killed. The youngest boy was rushed to a clinic in grave condition.'));
    // Alive as the report was written, or someone the dead are kin to: "remained", "her sister".
    assert.ok(conditionApartFromDeath('Four women were killed. The girl who was wounded remained in critical condition Wednesday.'));
    assert.ok(conditionApartFromDeath('A 4-year-old died at a clinic. His 7-year-old brother had non-life-threatening wounds.'));
    assert.ok(!conditionApartFromDeath('He remained in critical condition until he died on Friday.'));
  });

  it('should take someone shot who lived as wounded, but not in a sentence of another time', () => {
    assert.ok(survivedWound('His uncle was shot in the knee but survived.'));
    assert.ok(survivedWound('The driver was hit twice and is expected to recover.'));
    assert.ok(!survivedWound('Last month, a boy on the same street was shot but survived.'));
    // A wound told as suffered: "suffered a gunshot wound ..., but survived".
    assert.ok(survivedWound('Her nephew suffered a gunshot wound in the calf, but survived.'));
    assert.ok(!survivedWound('Her nephew suffered a gunshot wound in the calf.'));
  });

  it('should take one person struck or hit and wounded as one wounded', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A 13-year-old girl, walking home, was struck and wounded by a ricochet late on Friday.'), [null, 1]);
    assert.deepEqual(read('A man was hit and injured by gunfire outside a bar, police said.'), [null, 1]);
  });

  it('should take a baby or an infant struck by a bullet as one wounded', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('The farmer accidentally struck a 5-month-old baby with a bullet while cleaning his rifle.'), [null, 1]);
    assert.deepEqual(read('A stray bullet hit an infant sleeping in the next room.'), [null, 1]);
  });

  it('should take a bullet grazing a body part as one wounded', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read("A shot went off as he showed the pistol to a friend, grazing the back of the friend's head."), [null, 1]);
    assert.deepEqual(read('A bullet fired through the wall grazed her arm.'), [null, 1]);
  });

  it('should take a gunshot wound told with "an" and two words before it as one wounded', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('A teenager was brought to the clinic on Monday with an apparently self-inflicted gunshot wound.'), [null, 1]);
    assert.deepEqual(read('The clerk had an accidental gunshot wound to the thigh.'), [null, 1]);
  });
});

describe('the word gates of one person hurt and of a death', () => {
  // One text for each reading of ONE_HURT, then some of A_DEATH's.
  const hurt = [
    'He injured himself while cleaning the gun.',
    'The boy shot his own hand.',
    'A teenager shot his 6-year-old cousin.',
    'The clerk suffered a gunshot wound to the wrist.',
    'An 83-year-old woman was shot late Friday.',
    'Deputies said someone shot a 15-year-old girl near the bakery.',
    'She suffered multiple gunshot wounds.',
    'He was found suffering from gunshot wounds.',
    'The driver was struck in the leg.',
    'A stray round hit a man sitting in his yard.',
    'He had a graze wound on the shoulder.',
    'A woman was grazed in the exchange.',
    'She had a bullet graze on her arm.',
    'A woman was struck by a stray round.',
    'The officer was HIT\tin the arm.',
  ];
  it('should let through every text ONE_HURT matches, "hit" only as a word before a space', () => {
    for (const text of hurt) {
      assert.equal(ONE_HURT.test(text), true, text);
      assert.equal(mayTellOneHurt(text, text.toLowerCase()), true, text);
      assert.equal(tellsOneHurt(text, text.toLowerCase()), true, text);
    }
    const none = 'The White House said the architect of the plan would resign; the hitch was a whitewash.';
    assert.equal(mayTellOneHurt(none, none.toLowerCase()), false);
    assert.equal(tellsOneHurt(none, none.toLowerCase()), false);
  });

  it('should let through every text A_DEATH matches', () => {
    const deaths = ['It was a fatal shooting.', 'The deadly late-night shooting shocked the town.', 'He was charged in the killing.', 'Shooting deaths rose.', 'The slaying remains unsolved.', 'A man was slain.', 'He was charged with murder.', 'She faces manslaughter charges.', 'Police are treating it as a homicide.', 'One man was killed.'];
    for (const text of deaths) {
      assert.equal(A_DEATH.test(text), true, text);
      assert.equal(hasWords(text.toLowerCase(), A_DEATH_WORDS), true, text);
    }
    assert.equal(hasWords('the man was taken to hospital in serious condition.', A_DEATH_WORDS), false);
  });
});

describe('a headline of one shot and another dead', () => {
  it('should read the one shot as wounded beside the death', () => {
    assert.deepEqual(findCasualties('Deputy shot, suspect killed after chase on Route 9.\n\nThe deputy is expected to recover.'), { killed: 1, injured: 1 });
    assert.deepEqual(findCasualties('Police: Man shot, woman killed in Elm Street shooting.'), { killed: 1, injured: 1 });
  });

  it('should not read one person shot and killed as two', () => {
    assert.deepEqual(findCasualties('Man shot, killed on Elm Street.'), { killed: 1, injured: null });
  });
});

describe('ONE_DEAD_ONE_HURT told of one named before', () => {
  it('should read "he was killed and his cousin was wounded" as one dead and one hurt', () => {
    assert.deepEqual(findCasualties('The man shot at deputies during a standoff, in which he was killed and his cousin was wounded.'), { killed: 1, injured: 1 });
  });
});
