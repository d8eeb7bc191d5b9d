import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { namesBeforeAcronyms } from './name-before-acronym.js';

/** The names in `body` as the tagger found them (organisations), after the step. */
function found(body: string, names: readonly string[] = []): string[] {
  const entities: Entity[] = names.map((text) => ({ text, type: 'organization', start: body.indexOf(text), end: body.indexOf(text) + text.length }));
  namesBeforeAcronyms(body, entities);
  return entities.map((e) => `${e.type}:${e.text}`);
}

describe('capitalised words before an acronym in brackets', () => {
  it('should make a body of capitalised words nobody took, with the small words inside, before letters in brackets', () => {
    const body = 'Last spring the list allied with the League for the Future (LfF) and with the Matanitu ni Vanua ni Koro ( MVK ).';
    assert.deepEqual(found(body), ['organization:League for the Future', 'organization:Matanitu ni Vanua ni Koro']);
  });

  it('should run an organisation the tagger cut short on to the brackets', () => {
    const body = 'It merged with the Mouvement des Riverains pour le Port (MRP) and the Harbour Workers Front Committee (HWFC).';
    assert.deepEqual(found(body, ['Mouvement des Riverains', 'Harbour Workers Front']), ['organization:Mouvement des Riverains pour le Port', 'organization:Harbour Workers Front Committee']);
  });

  it('should not start at an acronym before "and" nor at an adjective made with a dash', () => {
    const body = 'Seats went to the PD and Unite the Left (UlS), and to the German-speaking Partei für Arbeit und Umwelt (PAU).';
    assert.deepEqual(found(body), ['organization:Unite the Left', 'organization:Partei für Arbeit und Umwelt']);
  });

  it('should leave a place, a title, a lawmaker\'s party and state, a month and names already found', () => {
    const body = 'Barclays Bank (UK) said a Member of Parliament (MP) and Senator Dana Reyes (R-Texas) met in March (MR) with Rita Okafor (RO).';
    assert.deepEqual(found(body, ['Barclays Bank', 'Rita Okafor']), ['organization:Barclays Bank', 'organization:Rita Okafor']);
  });

  it("should leave a dateline's date with its month written short before the agency", () => {
    assert.deepEqual(found('MOSCOW, Dec 3 (TASS) - Officials said talks would resume. PYONGYANG, Sept. 9 (KCNA) - A rally was held.'), []);
  });

  it('should take one word only inside a sentence and where the letters start with it', () => {
    const body = 'Voters backed Gerakan (GRM). Then Italy is Popular (IP) ran. Forward (FW) won.';
    assert.deepEqual(found(body), ['organization:Gerakan']);
  });
});
