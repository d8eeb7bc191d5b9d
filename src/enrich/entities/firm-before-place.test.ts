import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { splitSentences } from '../sentences.js';
import { firmsBeforePlaces } from './firm-before-place.js';
import { recognizeEntities } from './recognize.js';

function span(body: string, text: string, type: Entity['type'], from = 0): Entity {
  const start = body.indexOf(text, from);
  return { text, type, start, end: start + text.length };
}

const shown = (found: readonly Entity[]): string[] => found.map((e) => `${e.type}:${e.text}`);

function entities(text: string): string[] {
  return recognizeEntities(text, splitSentences(text)).entities.map((e) => `${e.type}:${e.canonical ?? e.text}${e.country ? `/${e.country}` : ''}`);
}

describe('firmsBeforePlaces', () => {
  it("should make a word and a country one firm where another mention of the pair is a body's", () => {
    const body = 'Credit Suisse said hackers took records. A lawyer for Credit Suisse declined to comment.';
    const found: Entity[] = [{ ...span(body, 'Suisse', 'location'), subtype: 'country', country: 'CH' }, span(body, 'Credit Suisse', 'organization', 20)];
    firmsBeforePlaces(body, found);
    assert.deepEqual(shown(found), ['organization:Credit Suisse', 'organization:Credit Suisse']);
  });

  it("should read the firm from its staff after it, its kind before it, or the next sentence's kind", () => {
    for (const [body, word, firm] of [
      ['A Credit Suisse spokesman declined to comment.', 'Suisse', 'Credit Suisse'],
      ['The Swiss lender Credit Suisse fell 4%.', 'Suisse', 'Credit Suisse'],
      ['Credit Suisse said it was hacked. The bank said no money was taken.', 'Suisse', 'Credit Suisse'],
      ['Air Canada, the largest airline, grounded two jets.', 'Canada', 'Air Canada'],
    ] as const) {
      const found = [span(body, word, 'location')];
      firmsBeforePlaces(body, found);
      assert.deepEqual(shown(found), [`organization:${firm}`], body);
    }
  });

  it('should leave a place after a part, an era or a regime of it, a place with no firm told, and a person', () => {
    for (const [body, word] of [
      ['Nazi Germany invaded Poland in 1939.', 'Germany'],
      ['Greater London has nine million people. The company said so.', 'London'],
      ['Visitors love Rome. Tourism in Northern Ireland rose.', 'Ireland'],
      ['Across Europe, prices rose in March.', 'Europe'],
    ] as const) {
      const found = [span(body, word, 'location')];
      firmsBeforePlaces(body, found);
      assert.deepEqual(shown(found), [`location:${word}`], body);
    }
    const body = 'Kevin Poland said he was leaving. The company thanked him.';
    const found = [span(body, 'Kevin Poland', 'person')];
    firmsBeforePlaces(body, found);
    assert.deepEqual(shown(found), ['person:Kevin Poland']);
  });

  it('should give the whole pipeline the bank, not Switzerland, after a dateline', () => {
    const text = 'ZURICH, March 3 - Credit Suisse said on Monday that hackers had stolen client records. A Credit Suisse spokesman said the bank had told regulators.';
    assert.deepEqual(entities(text).filter((e) => !e.startsWith('location:Z')), ['organization:Credit Suisse', 'organization:Credit Suisse']);
  });
});
