import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { airlinesApartFromMakers } from './airline-and-maker.js';

function bodies(body: string, names: readonly string[]): string[] {
  const entities: Entity[] = names.map((text) => ({ text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  return airlinesApartFromMakers(body, entities).map((e) => e.text);
}

describe('an airline and its aircraft\'s maker run together', () => {
  it('should cut the airline from the maker before a model\'s designation', () => {
    assert.deepEqual(bodies('A Meridian Air Valcourt VA-220 crashed.', ['Meridian Air Valcourt']), ['Meridian Air', 'Valcourt']);
    assert.deepEqual(bodies('A Rhône Airlines Boeing 737 rejected its take-off.', ['Rhône Airlines Boeing']), ['Rhône Airlines', 'Boeing']);
  });

  it('should keep an airline whose trade word opens or ends its name, and a name with no model after it', () => {
    assert.deepEqual(bodies('An Air Canada Rouge 767 landed.', ['Air Canada Rouge']), ['Air Canada Rouge']);
    assert.deepEqual(bodies('A Korean Air Lines 747 landed.', ['Korean Air Lines']), ['Korean Air Lines']);
    assert.deepEqual(bodies('Staff of Nordic Air Holdings said so.', ['Nordic Air Holdings']), ['Nordic Air Holdings']);
  });

  it('should keep an air force or an air national guard whole before a model (review72 fault 4)', () => {
    assert.deepEqual(bodies('A Royal Air Force C-130 crashed.', ['Royal Air Force']), ['Royal Air Force']);
    assert.deepEqual(bodies('A US Air Force B-52 bomber flew over.', ['US Air Force']), ['US Air Force']);
    assert.deepEqual(bodies('An Indian Air Force Su-30 crashed.', ['Indian Air Force']), ['Indian Air Force']);
    assert.deepEqual(bodies('A Texas Air National Guard C-130 landed.', ['Texas Air National Guard']), ['Texas Air National Guard']);
  });

  it('should leave a model\'s letters out of the name before them, and drop them as a place', () => {
    assert.deepEqual(bodies('A Meridian Air VA-220 crashed.', ['Meridian Air VA']), ['Meridian Air']);
    const body = 'Valcourt VA-220 jets were grounded. The VA-220 is a regional jet. Richmond, VA, is far away.';
    const entities: Entity[] = [
      { text: 'Valcourt VA', type: 'organization', start: 0, end: 11 },
      { text: 'VA', type: 'location', start: body.indexOf('VA-220 is'), end: body.indexOf('VA-220 is') + 2 },
      { text: 'VA', type: 'location', start: body.indexOf('VA, is'), end: body.indexOf('VA, is') + 2 },
    ];
    assert.deepEqual(airlinesApartFromMakers(body, entities).map((e) => `${e.type}:${e.text}@${e.start}`), ['organization:Valcourt@0', `location:VA@${body.indexOf('VA, is')}`]);
  });

  it('should cut a known maker off an airline whose name has no trade word, before a model', () => {
    assert.deepEqual(bodies('An Atlavia Airbus A320 crashed.', ['Atlavia Airbus']), ['Atlavia', 'Airbus']);
    assert.deepEqual(bodies('Brava Embraer E190 jets were grounded.', ['Brava Embraer']), ['Brava', 'Embraer']);
    assert.deepEqual(bodies('Airbus A320 jets were grounded.', ['Airbus']), ['Airbus']);
  });
});
