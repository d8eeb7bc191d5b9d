import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { foreignPartiesAreBodies } from './foreign-party-words.js';

/** The entities of `body` as typed, after the step. */
function typed(body: string, found: readonly [string, Entity['type'], string?][]): string[] {
  let from = 0;
  const entities: Entity[] = found.map(([text, type, country]) => {
    const start = body.indexOf(text, from);
    from = start + text.length;
    return { text, type, start, end: start + text.length, ...(country ? { country, subtype: 'city' } : {}) };
  });
  foreignPartiesAreBodies(entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe('parties named in their own language', () => {
  it('should make a person or an unknown place holding a foreign party word a body, at all its mentions', () => {
    const body = 'Partido Verde Nacional won, the Kuomintang lost, and voters left Partido Verde Nacional for the Frente Amplio.';
    assert.deepEqual(typed(body, [['Partido Verde Nacional', 'person'], ['Kuomintang', 'location'], ['Partido Verde Nacional', 'location'], ['Frente Amplio', 'person']]), [
      'organization:Partido Verde Nacional',
      'organization:Kuomintang',
      'organization:Partido Verde Nacional',
      'organization:Frente Amplio',
    ]);
  });

  it('should count a word between dashes but not one inside a longer word, and leave gazetteer places', () => {
    const body = 'Jamal Tehreek-e-Adl met Dalia Hart in Liga.';
    assert.deepEqual(typed(body, [['Jamal Tehreek-e-Adl', 'person'], ['Dalia Hart', 'person'], ['Liga', 'location', 'ES']]), ['organization:Jamal Tehreek-e-Adl', 'person:Dalia Hart', 'location:Liga']);
  });
});
