import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { britishHeadline, britishService, britishStory } from './british-force.js';
import { enrichedArticle } from '../../test/articles.js';

const hints = { title: 'Overnight incident', outlet: 'Regional Desk', publishedAt: '2026-05-12T08:00:00Z' };
const town = (text: string, country: string) => ({ text, type: 'location' as const, start: 0, end: text.length, subtype: 'city' as const, country });

describe('britishService', () => {
  it('should take a British form of a service\'s name for a British service', () => {
    assert.equal(britishService('Cleveland', 'Fire Brigade', 'A fire, Cleveland Fire Brigade said.', []), true);
  });

  it('should take a British area\'s police for British only in a British story', () => {
    assert.equal(britishService('Cleveland', 'Police said', 'A lorry overturned in Redcar, Cleveland Police said.', [town('Redcar', 'GB')]), true);
    assert.equal(britishService('Cleveland', 'Police said', 'A cyclist was shot on the East Side, Cleveland Police said.', []), false);
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
    const cleveland = enrichedArticle('Gunfire wounded a man late Sunday, Cleveland police said.', hints);
    assert.deepEqual([cleveland.place?.name, cleveland.place?.country], ['Cleveland', 'US']);
    const columbus = enrichedArticle('A woman was hurt by gunfire on Sunday, Columbus police said.', hints);
    assert.deepEqual([columbus.place?.name, columbus.place?.country], ['Columbus', 'US']);
  });
});

describe('a British story by its own evidence', () => {
  it('should not take a British place somebody came from, or one further down, for a British story', () => {
    const flight = 'Cleveland police said a woman who had flown in from London was detained at Hopkins airport on Saturday after a row with cabin crew.';
    assert.equal(britishStory(flight, [{ text: 'London', type: 'location', start: flight.indexOf('London'), end: flight.indexOf('London') + 6, subtype: 'city', country: 'GB' }], 'Cleveland'), false);
    assert.equal(britishStory('A Cleveland officer was hurt on Friday. The driver was wanted in England. He had a British passport.', [], 'Cleveland'), false);
    assert.equal(britishStory('Soldiers were questioned by MPs after the fight on base.', [], 'Durham'), false);
  });

  it('should take the lead, the pound, a member of Parliament or two British towns for a British story', () => {
    assert.equal(britishStory('STOCKTON, England - A van hit a wall on Monday, Cleveland Police said.', [], 'Cleveland'), true);
    assert.equal(britishStory('The Labour MP for the town called for an inquiry.', [], 'Durham'), true);
    const towns = 'Kent police were called to a fight on Friday. A man was taken to hospital. He had driven over from nowhere. Officers later searched homes in Ashford and in Dover.';
    const at = (t: string) => ({ ...town(t, 'GB'), start: towns.indexOf(t), end: towns.indexOf(t) + t.length });
    assert.equal(britishStory(towns, [at('Ashford'), at('Dover')], 'Kent'), true);
  });

  it('should keep American and Canadian towns named like British force areas in their own countries', () => {
    const cases: [string, string][] = [
      ['Cleveland police said a man who had arrived on a flight from London was arrested at Hopkins airport on Friday after a fight with a gate agent.', 'Cleveland'],
      ['Durham police said a graduate student from England was killed when a pickup struck him near the campus on Thursday night.', 'Durham'],
      ['Norfolk police said a sailor was stabbed outside a bar on Granby Street on Friday night. The sailor was visiting from Britain.', 'Norfolk'],
      ['Suffolk police said a man was shot on Main Street on Friday night. His brother flew in from London on Saturday.', 'Suffolk'],
      ['Cheshire police said a burglar took jewelry from a home on Friday. The owner was visiting family in England.', 'Cheshire'],
    ];
    for (const [text, name] of cases) {
      const article = enrichedArticle(text, hints);
      assert.deepEqual([article.place?.name, article.place?.country], [name, 'US'], text);
    }
    const surrey = enrichedArticle('A man was stabbed outside a mall in Surrey, British Columbia, on Friday, Surrey police said.', hints);
    assert.deepEqual([surrey.place?.name, surrey.place?.country], ['Surrey', 'CA']);
  });

  it('should still place a British story whose town comes in the second sentence in Britain', () => {
    const article = enrichedArticle('Police have arrested a man, 48, over the warehouse fire that killed two workers, Cleveland Police said. He was held at his home in Yarm on Thursday.', hints);
    assert.equal(article.place?.country, 'GB');
  });

  it('should read a town abroad in a headline that names a British town as its scene, but not a title-case or origin one', () => {
    assert.equal(britishHeadline('Fire at Hartlepool warehouse: crews stay overnight', 'Cleveland'), true);
    assert.equal(britishHeadline('Stockton-on-Tees lorry crash closes road', 'Cleveland'), true);
    assert.equal(britishHeadline('Rise in rail fares across the UK', 'Kent'), true);
    assert.equal(britishHeadline('Man who flew in from Manchester arrested at airport', 'Cleveland'), false);
    assert.equal(britishHeadline('Police Say Manchester Driver Fled Scene', 'Cleveland'), false);
    assert.equal(britishHeadline('Woman hurt in East Side shooting', 'Cleveland'), false);
  });

  it('should take a British story by its headline where the body names only the force', () => {
    const article = enrichedArticle('Two men were hurt when a lorry overturned on a slip road on Monday morning, Cleveland Police said. The road was closed for five hours.', { ...hints, title: 'Lorry overturns near Hartlepool docks' });
    assert.notEqual(article.place?.country, 'US');
  });

  it('should not read a citizen of Britain as a British scene, and find the namesake the text\'s state chooses', () => {
    const citizen = enrichedArticle('Kent police said gunfire at an apartment block on Friday injured two people. One of them is a UK citizen studying at a nearby college, police said.', hints);
    assert.deepEqual([citizen.place?.name, citizen.place?.country], ['Kent', 'US']);
    const ohio = enrichedArticle('Kent police said a student was robbed near the campus in Portage County, Ohio, on Friday night. The student is a citizen of the UK, officers said.', hints);
    assert.deepEqual([ohio.place?.name, ohio.place?.country, (ohio.place as { lat?: number } | undefined)?.lat], ['Kent', 'US', 41.15]);
  });
});
