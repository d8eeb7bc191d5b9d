import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { placesOfDisasters } from './disaster-place.js';

const person = (body: string, text: string): Entity => ({ text, type: 'person', start: body.indexOf(text), end: body.indexOf(text) + text.length });

// ux71a fault 7: a village named before "landslide" was a person and a STIX individual.
describe('placesOfDisasters', () => {
  it('should read a name between "the" and a landslide or a flood as a place', () => {
    const body = 'Delegates observed a silence for the victims of the Kani Sard landslide and the Dara Bin floods.';
    const entities = [person(body, 'Kani Sard'), person(body, 'Dara Bin')];
    placesOfDisasters(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['location', 'location']);
  });

  it('should keep a person before other words, without "the", and before a storm', () => {
    const body = "Rescuers led by Aram Salih reached the road. Bahar Jalal's landslide photos spread. The Rita Lane hurricane appeal closed.";
    const entities = [person(body, 'Aram Salih'), person(body, 'Bahar Jalal'), person(body, 'Rita Lane')];
    placesOfDisasters(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['person', 'person', 'person']);
  });

  // ux75a fault 10: "the landslide near Said Sadiq" listed the town as a person.
  it('should read a name after a disaster and "near" as a place', () => {
    const body = "The convoy was held up by Wednesday's landslide near Tal Harir, officials said.";
    const entities = [person(body, 'Tal Harir')];
    placesOfDisasters(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['location']);
  });

  it('should keep a person after "near" with no disaster before it', () => {
    const body = 'The convoy stopped near Aram Salih, who waved it on. Flood relief near Bahar Jalal was slow.';
    const entities = [person(body, 'Aram Salih'), person(body, 'Bahar Jalal')];
    placesOfDisasters(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['person', 'person']);
  });
});
