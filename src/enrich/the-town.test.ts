import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Entity } from '../model/types.js';
import { withTheInTownNames } from './the-town.js';

const at = (body: string, text: string): Entity => {
  const start = body.indexOf(text);
  return { text, type: 'location', subtype: 'city', start, end: start + text.length };
};

test('a town named with "The" that the tagger cut short is the whole name', () => {
  const body = 'After the shooting a helicopter carried the boy to a hospital in The Woodlands.';
  const [e] = withTheInTownNames(body, [at(body, 'Woodlands')]);
  assert.equal(e!.text, 'The Woodlands');
  assert.equal(body.slice(e!.start, e!.end), 'The Woodlands');
});

test('a name the gazetteer holds without "The" stays as tagged', () => {
  const body = 'Officers went to The Springfield Inn on Main Street.';
  const entities = [at(body, 'Springfield')];
  assert.equal(withTheInTownNames(body, entities)[0], entities[0]);
});

test('a small "The" place and a lower-case "the" are left alone', () => {
  const body = 'He lived at The Meadows and worked in the Woodlands area.';
  const entities = [at(body, 'Meadows'), at(body, 'Woodlands')];
  const out = withTheInTownNames(body, entities);
  assert.equal(out[0]!.text, 'Meadows');
  assert.equal(out[1]!.text, 'Woodlands');
});
