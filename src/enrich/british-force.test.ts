import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { britishService, britishStory } from './british-force.js';
import { enrichedArticle } from '../../test/articles.js';

const hints = { title: 'Overnight incident', outlet: 'Regional Desk', publishedAt: '2026-05-12T08:00:00Z' };
const town = (text: string, country: string) => ({ text, type: 'location' as const, start: 0, end: text.length, subtype: 'city' as const, country });

describe('britishService', () => {
  it('should take a British form of a service\'s name for a British service', () => {
    assert.equal(britishService('Cleveland', 'Fire Brigade', 'A fire, Cleveland Fire Brigade said.', []), true);
  });

  it('should take a British area\'s police for British only in a British story', () => {
    assert.equal(britishService('Cleveland', 'Police said', 'A lorry overturned in Redcar, Cleveland Police said.', [town('Redcar', 'GB')]), true);
    assert.equal(britishService('Cleveland', 'Police said', 'A man was shot on the East Side, Cleveland Police said.', []), false);
  });

  it('should leave an American city\'s police alone whatever the story', () => {
    assert.equal(britishService('Columbus', 'police said', 'A British tourist was hurt, Columbus police said.', []), false);
  });
});

describe('britishStory', () => {
  it('should read the pound, an MP or a British country outside the force\'s own name', () => {
    assert.equal(britishStory('Damage of £40,000 was done, North Wales Police said.', [], 'North Wales'), true);
    assert.equal(britishStory('The local MP visited the scene.', [], 'Sussex'), true);
    assert.equal(britishStory('Officers from North Wales Police attended.', [], 'North Wales'), false);
    assert.equal(britishStory('A storm hit New England overnight.', [], 'Cleveland'), false);
  });
});

describe('British forces in articles', () => {
  it('should keep a Teesside story in its British town, not in Cleveland, Ohio', () => {
    const police = enrichedArticle('Two men were hurt when a lorry overturned in Redcar on Monday, Cleveland Police said.', hints);
    assert.equal(police.place?.country, 'GB');
    const fire = enrichedArticle('Crews fought a blaze at a warehouse in Hartlepool for six hours on Monday, Cleveland Fire Brigade said.', hints);
    assert.equal(fire.place?.country, 'GB');
  });

  it('should still place an American city\'s police story in that city', () => {
    const cleveland = enrichedArticle('A man was shot and wounded on Sunday night, Cleveland police said.', hints);
    assert.deepEqual([cleveland.place?.name, cleveland.place?.country], ['Cleveland', 'US']);
    const columbus = enrichedArticle('A woman was wounded in a shooting on Sunday, Columbus police said.', hints);
    assert.deepEqual([columbus.place?.name, columbus.place?.country], ['Columbus', 'US']);
  });
});
