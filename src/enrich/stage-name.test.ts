import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { splitSentences } from './sentences.js';
import { resolvePeople } from './people.js';
import { withStageWordsInNames } from './stage-name.js';
import type { Entity } from '../model/types.js';

const people = (body: string): string[] => {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).map((p) => p.name);
};

function person(body: string, text: string): Entity {
  const start = body.indexOf(text);
  return { text, type: 'person', start, end: start + text.length, canonical: text };
}

describe('withStageWordsInNames', () => {
  it('should take the word of a stage name before the name the tagger read into it', () => {
    const body = 'Officers said Big Sean was not hurt when gunfire broke out near the club.';
    const entities = [person(body, 'Sean')];
    withStageWordsInNames(body, entities);
    assert.deepEqual(entities.map((e) => [e.text, e.canonical]), [['Big Sean', 'Big Sean']]);
  });

  it('should take "Lil", with or without its apostrophe, and "DJ"', () => {
    const body = "The promoter booked Lil' Pike and DJ Marlow for the night of the shooting.";
    const entities = [person(body, 'Pike'), person(body, 'Marlow')];
    withStageWordsInNames(body, entities);
    assert.deepEqual(entities.map((e) => e.text), ["Lil' Pike", 'DJ Marlow']);
  });

  it('should leave a name with no such word before it, and a word that ends another', () => {
    const body = 'Ann Big said Sean Dale and Kidd Jones were at the house.';
    const entities = [person(body, 'Sean Dale'), person(body, 'Jones')];
    withStageWordsInNames(body, entities);
    assert.deepEqual(entities.map((e) => e.text), ['Sean Dale', 'Jones']);
  });

  it('should leave a full name the tagger read after DJ or MC, and DJ or MC after a lower-case word, as a calling', () => {
    const body = 'The radio DJ Mark Smith and the local DJ Pike were at the club with DJ Marlow, a wedding MC Vance and Big Sean Dale.';
    const entities = [person(body, 'Mark Smith'), person(body, 'Pike'), person(body, 'Marlow'), person(body, 'Vance'), person(body, 'Sean Dale')];
    withStageWordsInNames(body, entities);
    assert.deepEqual(entities.map((e) => e.text), ['Mark Smith', 'Pike', 'DJ Marlow', 'Vance', 'Sean Dale']);
  });

  it('should read a word of fame before DJ as praise of the performer, not as the job', () => {
    const body = 'Shots were fired outside the arena where the superstar DJ Marlow and the legendary MC Vance had performed.';
    const entities = [person(body, 'Marlow'), person(body, 'Vance')];
    withStageWordsInNames(body, entities);
    assert.deepEqual(entities.map((e) => e.text), ['DJ Marlow', 'MC Vance']);
  });

  it('should list a radio DJ under his own name', () => {
    assert.deepEqual(people('The radio DJ Mark Smith was arrested on Tuesday, police said. Smith, 44, was released on bond.'), ['Mark Smith']);
  });

  it('should list the performer under his whole stage name', () => {
    assert.deepEqual(people('Police said Big Sean was not hurt when gunfire broke out near the club on Friday.'), ['Big Sean']);
  });
});
