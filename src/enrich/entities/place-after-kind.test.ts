import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { placesAfterKindWords } from './place-after-kind.js';

const at = (body: string, text: string, type: Entity['type']): Entity => {
  const start = body.indexOf(text);
  return { text, type, start, end: start + text.length };
};

describe('placesAfterKindWords', () => {
  it('adds a known town after "the port of" that nobody took', () => {
    const body = 'Two cargo ships were held at the port of Rotterdam on Friday.';
    const out: Entity[] = [];
    placesAfterKindWords(body, out);
    assert.deepEqual(out.map((e) => [e.text, e.type, e.country]), [['Rotterdam', 'location', 'NL']]);
  });

  it('retypes a body read in "the city of X" as the place', () => {
    const body = 'Fighting went on in the city of Kherson overnight.';
    const out = [at(body, 'Kherson', 'organization')];
    placesAfterKindWords(body, out);
    assert.deepEqual(out.map((e) => [e.text, e.type, e.country]), [['Kherson', 'location', 'UA']]);
  });

  it('leaves a capitalised "Port of" body, a longer name over the town, and unknown names alone', () => {
    const body = 'The Port of Rotterdam said the town of Kherson Dam Road and the city of Brotherly Love were quiet.';
    const dam = at(body, 'Kherson Dam Road', 'location');
    const out = [dam];
    placesAfterKindWords(body, out);
    assert.deepEqual(out, [dam]);
  });

  it('stops before a possessive', () => {
    const body = "Officials in the port of Rotterdam's harbour office said so.";
    const out: Entity[] = [];
    placesAfterKindWords(body, out);
    assert.deepEqual(out.map((e) => e.text), ['Rotterdam']);
  });

  it('adds a town that ends its sentence, without the full stop', () => {
    // NAME_AFTER takes "." into a name (for "St. Louis"), so "Rotterdam." was looked up and missed.
    const body = 'Two cargo ships were held at the port of Rotterdam. Crews stayed aboard.';
    const out: Entity[] = [];
    placesAfterKindWords(body, out);
    assert.deepEqual(out.map((e) => [e.text, e.type, e.country, body.slice(e.start, e.end)]), [['Rotterdam', 'location', 'NL', 'Rotterdam']]);
  });

  it('reads a US state after "the state of" as the state, not a country of its name', () => {
    // lookupPlace("Georgia") is the country (GE), and the tagger's reading of it was kept or retyped to it.
    const body = 'Voters in the state of Georgia and the state of Ohio went to the polls.';
    const out = [at(body, 'Georgia', 'organization')];
    placesAfterKindWords(body, out);
    assert.deepEqual(out.map((e) => [e.text, e.type, e.country]), [['Georgia', 'location', 'US'], ['Ohio', 'location', 'US']]);
  });
});
