import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recognizeEntities } from './entities/recognize.js';
import { splitSentences } from './sentences.js';
import { resolvePeople } from './people.js';
import { withTitledStageNames } from './titled-stage-name.js';
import type { Entity } from '../model/types.js';

const people = (body: string): string[] => {
  const sentences = splitSentences(body);
  return resolvePeople(body, sentences, recognizeEntities(body, sentences), []).map((p) => p.name);
};

function person(body: string, text: string, from = 0): Entity {
  const start = body.indexOf(text, from);
  return { text, type: 'person', start, end: start + text.length, canonical: text };
}

describe('withTitledStageNames', () => {
  it('should take a title into a one-word name the story calls a performer, at every mention', () => {
    const body = 'The rapper King Talon was shot outside a lounge. Police said King Talon died at a hospital.';
    const entities = [person(body, 'Talon'), person(body, 'Talon', body.indexOf('said'))];
    withTitledStageNames(body, entities);
    assert.deepEqual(entities.map((e) => [e.text, e.canonical]), [['King Talon', 'King Talon'], ['King Talon', 'King Talon']]);
  });

  it('should read the calling after the name, or its album, as a performer too', () => {
    const body = "Dr. Marlo, the producer and rapper, was not hurt. Queen Vesta's new album was delayed.";
    const entities = [person(body, 'Marlo'), person(body, 'Vesta')];
    withTitledStageNames(body, entities);
    assert.deepEqual(entities.map((e) => e.text), ['Dr. Marlo', 'Queen Vesta']);
  });

  it('should leave a title before a name no mention calls a performer, and one whose name has a given name elsewhere', () => {
    const body = 'King Osric visited the ward. Dr. Ann Marlo, a surgeon, said the rapper was stable. Dr. Marlo said he was hopeful.';
    const entities = [person(body, 'Osric'), person(body, 'Marlo', body.indexOf('Dr. Marlo'))];
    withTitledStageNames(body, entities);
    assert.deepEqual(entities.map((e) => e.text), ['Osric', 'Marlo']);
  });

  it('should list the performer under the whole stage name', () => {
    assert.deepEqual(people('Dr. Marlo, the rapper and producer, was not hurt when shots were fired outside his studio on Friday, police said.'), ['Dr. Marlo']);
    assert.deepEqual(people('The rapper King Talon was shot outside an Atlanta lounge on Friday, police said. King Talon, 26, died at a hospital.'), ['King Talon']);
  });
});
