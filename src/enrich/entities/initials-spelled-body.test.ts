import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { initialsSpelledBodies } from './initials-spelled-body.js';

function span(body: string, text: string, type: Entity['type']): Entity {
  const start = body.indexOf(text);
  return { text, type, start, end: start + text.length };
}

describe('initialsSpelledBodies', () => {
  it('should join a body the tagger split into an organisation and a place where the acronym spells its words', () => {
    const body = 'The Alliance for a New Republic (ANR), the largest opposition party, said its members were held.';
    const entities = [span(body, 'Alliance', 'organization'), span(body, 'New Republic', 'location')];
    initialsSpelledBodies(body, entities);
    assert.deepEqual(entities.map((e) => [e.text, e.type]), [['Alliance for a New Republic', 'organization']]);
  });

  it('should read a name the tagger took only the last words of', () => {
    const body = 'Leaders of the Front for Rural Renewal (FRR) met on Monday.';
    const entities = [span(body, 'Rural Renewal', 'location')];
    initialsSpelledBodies(body, entities);
    assert.deepEqual(entities.map((e) => e.text), ['Front for Rural Renewal']);
  });

  it('should leave a town, a person or letters that spell other words alone', () => {
    const inTown = 'Members were detained in Port Vell (ANR) on Tuesday.';
    const town = [span(inTown, 'Port Vell', 'location')];
    initialsSpelledBodies(inTown, town);
    assert.deepEqual(town.map((e) => [e.text, e.type]), [['Port Vell', 'location']]);
    const person = 'The statement came from Marta Quill (MQ) late on Friday.';
    const people = [span(person, 'Marta Quill', 'person')];
    initialsSpelledBodies(person, people);
    assert.deepEqual(people.map((e) => [e.text, e.type]), [['Marta Quill', 'person']]);
    const whole = 'The European Union (EU) said so.';
    const body = [span(whole, 'European Union', 'organization')];
    initialsSpelledBodies(whole, body);
    assert.deepEqual(body.map((e) => e.text), ['European Union']);
  });
});

describe('initialsSpelledBodies: names it must leave alone', () => {
  it('should leave a place the tagger took whole, and a member\'s title around a parliament', () => {
    const site = 'Crews gathered at the Orrin Launch Complex (OLC) before dawn.';
    const place = [span(site, 'Orrin Launch Complex', 'location')];
    initialsSpelledBodies(site, place);
    assert.deepEqual(place.map((e) => [e.text, e.type]), [['Orrin Launch Complex', 'location']]);
    const member = 'She was elected a Member of the Northern Parliament (MNP) in 2019.';
    const parliament = [span(member, 'Northern Parliament', 'organization')];
    initialsSpelledBodies(member, parliament);
    assert.deepEqual(parliament.map((e) => e.text), ['Northern Parliament']);
  });
});

describe('initialsSpelledBodies: a place with its initials', () => {
  it('should keep a city the tagger found whole before its initials a place', () => {
    const body = 'Flights to Port Vellamar (PV) resumed on Monday.';
    const entities = [span(body, 'Port Vellamar', 'location')];
    initialsSpelledBodies(body, entities);
    assert.deepEqual(entities.map((e) => [e.text, e.type]), [['Port Vellamar', 'location']]);
  });
});
