import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { splitSentences } from '../sentences.js';
import { placesNamedAsBodies } from './place-named-body.js';
import { recognizeEntities } from './recognize.js';

function place(body: string, text: string, subtype: Entity['subtype'], from = 0): Entity {
  const start = body.indexOf(text, from);
  return { text, type: 'location', subtype, country: 'XX', start, end: start + text.length };
}

const shown = (found: readonly Entity[]): string[] => found.map((e) => `${e.type}:${e.text}${e.country ? `/${e.country}` : ''}`);

describe('placesNamedAsBodies', () => {
  it("should make a town's name a body where an apposition says what kind, at every mention", () => {
    const body = 'Ascension, one of the largest private health systems in the country, was hit. Ascension said care went on.';
    const found = [place(body, 'Ascension', 'city'), place(body, 'Ascension', 'city', 10)];
    placesNamedAsBodies(body, found);
    assert.deepEqual(shown(found), ['organization:Ascension', 'organization:Ascension']);
  });

  it('should read a company, a hospital network or a lender in apposition', () => {
    for (const body of ['Orange, the French telecoms company, said its network was down.', 'Mercy, a hospital network based in Missouri, diverted ambulances.', 'Halifax, a lender based in Yorkshire, closed branches.']) {
      const word = body.slice(0, body.indexOf(','));
      const found = [place(body, word, 'city')];
      placesNamedAsBodies(body, found);
      assert.deepEqual(shown(found), [`organization:${word}`], body);
    }
  });

  it('should keep a town that ends a sentence the body is credited with ("..., the company said") a town', () => {
    for (const body of ['Two tanks leaked at the works in Grimsby, the company said on Friday.', 'Power was cut across Carlisle, the local utility said.']) {
      const word = body.slice(body.lastIndexOf(' ', body.indexOf(',')) + 1, body.indexOf(','));
      const found = [place(body, word, 'city')];
      placesNamedAsBodies(body, found);
      assert.deepEqual(shown(found), [`location:${word}/XX`], body);
    }
  });

  it('should make a name no gazetteer knows a body where the next sentence calls it back by a firm\'s kind', () => {
    const body = 'Lower Fenwick Water said on Tuesday that it had been hacked. The company, which supplies a million people, said water was safe.';
    const start = body.indexOf('Lower Fenwick Water');
    const found: Entity[] = [{ text: 'Lower Fenwick Water', type: 'location', start, end: start + 'Lower Fenwick Water'.length }];
    placesNamedAsBodies(body, found);
    assert.deepEqual(shown(found), ['organization:Lower Fenwick Water']);
    const told = 'Ardmoor said on Tuesday it would vote. The company said nothing.';
    const country: Entity[] = [{ text: 'Ardmoor', type: 'location', subtype: 'country', country: 'XX', start: 0, end: 7 }];
    placesNamedAsBodies(told, country);
    assert.deepEqual(shown(country), ['location:Ardmoor/XX']);
  });

  it('should leave a town told of otherwise, and a country', () => {
    for (const [body, subtype] of [
      ['Austin, a city of one million, was hit by storms.', 'city'],
      ['Leeds, the home of a big hospital network of its own, voted.', 'city'],
      ['Jordan, a company of soldiers away, held the border.', 'country'],
    ] as const) {
      const word = body.slice(0, body.indexOf(','));
      const found = [place(body, word, subtype)];
      placesNamedAsBodies(body, found);
      assert.deepEqual(shown(found), [`location:${word}/XX`], body);
    }
  });

  it('should give the whole pipeline the health system, no town abroad', () => {
    const text = 'Ascension, one of the largest private health systems in the United States, said on Thursday it had found unusual activity on its network.';
    const found = recognizeEntities(text, splitSentences(text)).entities.filter((e) => e.text === 'Ascension');
    assert.deepEqual(shown(found), ['organization:Ascension']);
  });
});
