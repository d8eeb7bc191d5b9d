import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { buildEvent } from './build-event.js';
import { contentWords } from './facts.js';
import { figuresIn, restates } from './restated-claim.js';

const ELEMENTS: readonly (readonly [string, RegExp])[] = [
  ['cause', /\b(?:caused|cause of|faulty)\b/i],
  ['arrests', /\b(?:arrest(?:s|ed)?|charged)\b/i],
];
const reading = (text: string) => ({ text, words: contentWords(text) });

describe('figuresIn', () => {
  it('should read figures in digits and in words as one', () => {
    assert.deepEqual([...figuresIn('Five miners died and 12 were hurt; a 5-year-old was among them.')].sort(), ['12', '5']);
  });
});

describe('restates', () => {
  const chosen = reading('A 61-year-old man was arrested on Friday over the collapse at the Brennan quarry that killed four workers, police said.');

  it('should take another outlet\'s telling of the same arrest, with no figure, person or element of its own, for a repeat', () => {
    const candidate = reading('Detectives looking into the collapse that killed four workers at a Brennan quarry arrested the site supervisor on Friday.');
    assert.equal(restates(candidate, chosen, [], ELEMENTS), true);
  });

  it('should keep a sentence that adds a cause, a named person, a new figure, or gives no figure at all', () => {
    assert.equal(restates(reading('The collapse that killed four workers at the Brennan quarry was caused by a faulty wall, police said on Friday.'), chosen, [], ELEMENTS), false);
    assert.equal(restates(reading('Nora Flint, 61, was arrested at the Brennan quarry over the collapse that killed four workers, police said.'), chosen, ['Nora Flint'], ELEMENTS), false);
    assert.equal(restates(reading('Police said the collapse at the Brennan quarry that killed four workers also injured nine others on Friday.'), chosen, [], ELEMENTS), false);
    assert.equal(restates(reading('Police arrested a man on Friday over the collapse at the Brennan quarry, officials said.'), chosen, [], ELEMENTS), false);
  });

  it('should keep a lead that takes the case a step further, or that adds more than it repeats', () => {
    // Charged after the arrest: the same words, another step of the case.
    assert.equal(restates(reading('The 61-year-old man arrested over the collapse at the Brennan quarry that killed four workers was charged on Friday.'), chosen, [], []), false);
    // Most of its words are new: the filming, the lorry, the night shift.
    assert.equal(restates(reading('Four workers filming a safety video on the night shift died when the Brennan quarry wall fell on their lorry, police said on Friday.'), chosen, [], []), false);
  });
});

describe('summaries without a claim told twice', () => {
  it('should not give one arrest twice in two outlets\' leads, and keep the sentences that tell something else', async () => {
    const a = enrichedArticle(
      'North Yorkshire Police said a man, 61, was arrested on Wednesday on suspicion of corporate manslaughter over the collapse at the Brennan Stone quarry near Settle that killed four workers on May 3.\n\nDetective Inspector Ruth Hale said the investigation would take months.',
      { title: 'Man arrested over quarry collapse', outlet: 'Moorland Echo', publishedAt: '2027-05-21T09:00:00Z' },
    );
    const b = enrichedArticle(
      'Detectives investigating the collapse that killed four workers at a Dales quarry this month arrested its site supervisor on Thursday.\n\nNora Flint, 61, was held at her home in Skipton.',
      { title: 'Quarry supervisor held', outlet: 'Dales Courier', publishedAt: '2027-05-21T11:00:00Z' },
    );
    const event = await buildEvent('evt_0000000000000001', [a, b], null, '2027-05-22T00:00:00Z');
    assert.ok(event.summary.startsWith('North Yorkshire Police said a man, 61, was arrested'), event.summary);
    assert.ok(!event.summary.includes('arrested its site supervisor'), event.summary);
    // What the second outlet adds, and the first outlet's next sentence, are kept.
    assert.ok(event.summary.includes('Nora Flint, 61, was held'), event.summary);
    assert.ok(event.summary.includes('Ruth Hale said the investigation would take months'), event.summary);
  });
});
