import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NUMBER, wordNumber } from './casualty-count.js';
import { findCasualties } from './casualties.js';

describe('casualty count', () => {
  it('should read numbers in words, hyphenated tens too', () => {
    assert.equal(wordNumber('seven'), 7);
    assert.equal(wordNumber('twenty-nine'), 29);
    assert.equal(wordNumber('a dozen'), 12);
  });

  it('should not read an age, a span of time or a count after "no" as a count', () => {
    const count = new RegExp(String.raw`\b${NUMBER}\s+people`, 'i');
    assert.ok(count.test('three people were hurt'));
    assert.ok(!count.test('a 12-year-old people mover'));
    assert.ok(!count.test('no two people agreed'));
  });

  it('should read a count whose people are told one by one between commas', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Two victims, a 58-year-old cook and a 63-year-old nurse, were pronounced dead on the sidewalk. Three victims, a 29-year-old driver, a 41-year-old clerk, and a 15-year-old runner, were wounded.'), [2, 3]);
  });

  it('should read a count of people told by whom they serve ("two police officers", "federal law enforcement officers")', () => {
    const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };
    assert.deepEqual(read('Two police officers were shot during a traffic stop on Main Street, the chief said.'), [null, 2]);
    assert.deepEqual(read('Three federal law enforcement officers were wounded while serving a warrant.'), [null, 3]);
    assert.deepEqual(read('Two off-duty deputies were killed outside a diner.'), [2, null]);
  });
});

describe('counts with a clause or a word between them and their verb', () => {
  const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

  it('should read a list between dashes, "other" before the people, and "all" or "each" before the verb', () => {
    assert.deepEqual(read('Three people — including a 7-year-old, his uncle and a mail carrier — were all shot in the ankles.'), [null, 3]);
    assert.deepEqual(read('Two other women, ages 31 and 44, were wounded by the same bullets.'), [null, 2]);
    assert.deepEqual(read('The two victims, 19 and 23, were each shot in the arm.'), [null, 2]);
  });

  it('should read people named by age in the plural, and partygoers', () => {
    assert.deepEqual(read('Two 6-year-olds were hurt by flying glass in the shooting.'), [null, 2]);
    assert.deepEqual(read('Seven partygoers were wounded at a birthday bash in Elmwood.'), [null, 7]);
  });
});

describe('counts of people named by their side or trade (ux67)', () => {
  const read = (text: string) => { const c = findCasualties(text); return c ? [c.killed, c.injured] : null; };

  it('should read a count whose people carry a nationality or a service word', () => {
    assert.deepEqual(read('Three Peruvian miners were killed when the tunnel roof gave way, the company said.'), [3, null]);
    assert.deepEqual(read('Officials said four Kenyan police officers died in the ambush near the river.'), [4, null]);
    assert.deepEqual(read('Two Danish naval personnel were killed and six injured in the blast aboard the frigate.'), [2, 6]);
  });

  it('should read sailors, fishermen and marines, and a count "of its" people', () => {
    assert.deepEqual(read('Five fishermen died after their trawler capsized in a squall.'), [5, null]);
    assert.deepEqual(read('The coastguard said two of its seamen were killed and three hurt during the rescue.'), [2, 3]);
    assert.deepEqual(read('Four Nigerian marines suffered minor injuries when the patrol boat ran aground.'), [null, 4]);
    assert.equal(read('The brother of a man sought over the shooting of two police officers suffered cuts to his hands.'), null);
  });

  it('should not read "one of their" people in a hypothetical as one hurt', () => {
    assert.equal(read('Whenever one of their pupils is hurt, the whole school grieves, the head teacher said.'), null);
  });

  it('should give no count where the dead are a plural with no number', () => {
    assert.equal(read('Militia fighters on Tuesday ambushed a convoy and killed Chilean engineers, a witness said.'), null);
    assert.equal(read('Residents said civilians were killed in the shelling but gave no figure.'), null);
  });

  it('should still read one death told of one person beside such a plural', () => {
    assert.deepEqual(read('A guard was killed at the gate. The raiders had earlier killed Chilean engineers, a witness said.'), [1, null]);
  });
});

describe('findCasualties: the dead counted as their bodies are found', () => {
  it('should read bodies recovered as the dead', () => {
    assert.equal(findCasualties('Rescue teams have recovered 14 bodies from the village, officials said on Monday.')?.killed, 14);
    assert.equal(findCasualties('Rescuers had recovered 11 bodies by Sunday morning.')?.killed, 11);
  });

  it('should read no death from bodies that are not the dead', () => {
    assert.equal(findCasualties('The inquiry heard from 14 bodies that represent the families, officials said.'), null);
  });
});
