import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { enrichedArticle } from '../../../test/articles.js';
import { townsAfterPrepositions } from './preposition-town.js';

const place = (body: string, text: string, country: string): Entity => {
  const start = body.indexOf(text);
  return { text, type: 'location', start, end: start + text.length, subtype: 'city', canonical: text, country };
};

describe('townsAfterPrepositions', () => {
  it('should read a hyphenated town after "in" as the town of the country the other places lie in', () => {
    const body = 'Fishermen stayed ashore in Richard-Toll while traders in Touba kept their shutters down.';
    const entities = [place(body, 'Touba', 'SN')];
    townsAfterPrepositions(body, entities);
    assert.deepEqual(entities.map((e) => [e.text, e.country]), [['Richard-Toll', 'SN'], ['Touba', 'SN']]);
  });

  it('should read a large town written without its accent, alone in its text, after "through"', () => {
    const body = 'A long column of drivers rolled through Thies on its way north.';
    const entities: Entity[] = [];
    townsAfterPrepositions(body, entities);
    assert.deepEqual(entities.map((e) => [e.text, e.canonical, e.country]), [['Thies', 'Thiès', 'SN']]);
  });

  it('should read a hyphenated town alone in its text where it is far larger than its namesakes', () => {
    const body = 'Nurses walked out in Saint-Louis at dawn.';
    const entities: Entity[] = [];
    townsAfterPrepositions(body, entities);
    assert.deepEqual(entities.map((e) => [e.text, e.country]), [['Saint-Louis', 'SN']]);
  });

  it('should leave a name after "to" alone when no other place of its country is named', () => {
    const body = 'The letter went to Thies before noon.';
    const entities: Entity[] = [];
    townsAfterPrepositions(body, entities);
    assert.deepEqual(entities, []);
  });

  it('should leave a name spelt as the gazetteer spells it, alone in its text, to the tagger', () => {
    const body = 'The painter grew up in Lincoln and still paints its cathedral.';
    const entities: Entity[] = [];
    townsAfterPrepositions(body, entities);
    assert.deepEqual(entities, []);
  });

  it('should leave a name the tagger already read untouched', () => {
    const body = 'Crowds gathered in Kaolack and in Touba.';
    const entities = [place(body, 'Kaolack', 'SN'), place(body, 'Touba', 'SN')];
    townsAfterPrepositions(body, entities);
    assert.equal(entities.length, 2);
  });

  it('should place a report of a march in a hyphenated town at that town', () => {
    const article = enrichedArticle('Several hundred students marched in Saint-Louis on Wednesday morning to protest the cost of bus fares, then dispersed without incident.', { title: 'Students march over bus fares', outlet: 'Riverbank Courier', publishedAt: '2026-05-06T15:00:00Z' });
    assert.equal(article.place?.name, 'Saint-Louis');
    assert.equal(article.place?.country, 'SN');
  });
});
