import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import type { Article, NewsEvent } from '../model/types.js';
import { buildEvent } from './build-event.js';
import { namedIn } from './facts.js';

/**
 * Invented reports of one arrest in a fraud case: an outlet that alone gives a count of victims, one
 * that words everything its own way, a wire story and another outlet's copy of it. One outlet names a
 * second accused whose given name is the finance chief's.
 */
function arrestReports(): Article[] {
  const ledger = enrichedArticle(
    [
      'LISBON, Oct 14 - Portuguese police arrested Marek Dolan, the founder of the Velmora crypto exchange, at his apartment in Lisbon on Tuesday, prosecutors said.',
      "Dolan is accused of diverting $48 million of customers' deposits into accounts he controlled in Cyprus, according to the indictment unsealed in New York.",
      'Investigators said 3,200 customers lost money when the exchange froze withdrawals in March.',
      "The exchange's former finance chief, Ana Marta Berg, was charged in New York with wire fraud and is cooperating with the prosecutors in the Velmora case.",
    ].join('\n\n'),
    { title: 'Crypto exchange founder arrested in Lisbon over $48 million fraud', outlet: 'Harbor Ledger', publishedAt: '2026-10-14T09:00:00Z', url: 'https://harborledger.example/dolan' },
  );
  const courier = enrichedArticle(
    [
      'The founder of the collapsed Velmora exchange, Marek Dolan, was detained in Lisbon on Tuesday at the request of US prosecutors.',
      'Prosecutors in New York charge that Dolan moved $48 million in customer deposits to accounts in Cyprus that he controlled.',
      'Velmora froze withdrawals in March, leaving thousands of customers unable to reach their savings.',
      "Dolan's personal assistant, Sofia Marta Lind, was charged in New York with wire fraud in the Velmora case and has pleaded not guilty.",
    ].join('\n\n'),
    { title: 'Velmora founder held in Portugal at US request', outlet: 'Daily Courier', publishedAt: '2026-10-14T11:30:00Z', url: 'https://dailycourier.example/velmora' },
  );
  const wire = [
    'LISBON, Oct 14 (CPA) - Portuguese police on Tuesday arrested Marek Dolan, founder of the Velmora cryptocurrency exchange, who is wanted in the United States on fraud charges, prosecutors said.',
    'Dolan is accused of diverting $48 million of customer funds to accounts in Cyprus.',
    'A Portuguese judge will decide within 60 days whether to send him to New York.',
  ].join('\n\n');
  const agency = enrichedArticle(wire, { title: 'Portugal arrests crypto exchange founder wanted in US', outlet: 'Continental Press Agency', publishedAt: '2026-10-14T10:15:00Z', url: 'https://cpa.example/portugal-arrest' });
  const copy = enrichedArticle(wire, { title: 'Portugal arrests crypto exchange founder wanted in US', outlet: 'Riverside Gazette', publishedAt: '2026-10-14T12:40:00Z', url: 'https://riversidegazette.example/world/portugal-arrest' });
  return [ledger, courier, agency, copy];
}

/** A sentence's figures in digits, days and years left out. */
function figures(text: string): string[] {
  return [...text.matchAll(/(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,]\d)/g)].map((m) => m[1]!.replace(/,/g, '')).filter((v) => !/^(?:19|20)\d\d$/.test(v) && v !== '14');
}

/** The capitalised words after a sentence's first word, of four letters or more: the names it tells of. */
function names(text: string): string[] {
  return [...text.matchAll(/(?<=\s)\p{Lu}\p{Ll}{3,}/gu)].map((m) => m[0]).filter((w) => !['Tuesday', 'March'].includes(w));
}

async function arrestEvent(articles: readonly Article[]): Promise<NewsEvent> {
  return buildEvent('evt_00000000000000a1', articles, null, '2026-10-15T00:00:00Z');
}

describe('the sources a fact is credited to', () => {
  it("should credit each fact only to reports whose text holds its figures and names, in any order", async () => {
    const reports = arrestReports();
    for (const order of [reports, [...reports].reverse()]) {
      const event = await arrestEvent(order);
      const byId = new Map(order.map((a) => [a.id, a.body]));
      for (const fact of event.facts) {
        for (const id of fact.sources) {
          const body = byId.get(id)!.replace(/,(?=\d{3})/g, '');
          for (const figure of figures(fact.text)) assert.ok(body.includes(figure), `${id} credited with "${fact.text}" lacks ${figure}`);
          // A dateline writes the city in capitals ("LISBON, Oct 14 (CPA) -").
          for (const name of names(fact.text)) assert.ok(body.toLowerCase().includes(name.toLowerCase()), `${id} credited with "${fact.text}" lacks ${name}`);
        }
      }
    }
  });

  it('should credit the figure one outlet alone gives to that outlet alone, and the wire copy with what the wire says', async () => {
    const [ledger, courier, agency, copy] = arrestReports();
    const event = await arrestEvent([ledger!, courier!, agency!, copy!]);
    const victims = event.facts.find((f) => f.text.includes('3,200'));
    assert.deepEqual(victims?.sources, [ledger!.id]);
    const judge = event.facts.find((f) => f.text.includes('within 60 days'));
    assert.deepEqual(new Set(judge?.sources), new Set([agency!.id, copy!.id]));
    // The copy is the wire's: two articles, one source.
    assert.equal(judge?.corroboration, 1);
    // What every report says is credited to each.
    const sum = event.facts.find((f) => f.text.includes('$48 million'));
    assert.equal(sum?.sources.length, 4);
  });

  it("should not credit the finance chief's charge to the outlet that tells only of another accused with her given name", async () => {
    const [ledger, courier] = arrestReports();
    for (const order of [[ledger!, courier!], [courier!, ledger!]]) {
      const event = await arrestEvent(order);
      for (const fact of event.facts.filter((f) => /\bBerg\b/.test(f.text))) assert.deepEqual(fact.sources, [ledger!.id], fact.text);
      for (const fact of event.facts.filter((f) => /\bLind\b/.test(f.text))) assert.deepEqual(fact.sources, [courier!.id], fact.text);
    }
  });
});

describe('namedIn', () => {
  const set = (...words: string[]): Set<string> => new Set(words);
  it("should not meet a person's name by a given name of another person the sentence names", () => {
    const berg = set('ana', 'marta', 'berg');
    assert.equal(namedIn(berg, set('sofia', 'marta', 'lind', 'charge'), undefined, [set('sofia', 'marta', 'lind')]), false);
  });

  it('should meet it by a short form, by a family name spelt otherwise, or by a word in no name', () => {
    assert.equal(namedIn(set('kim', 'jong', 'un'), set('kim', 'said'), undefined, [set('kim')]), true);
    assert.equal(namedIn(set('erik', 'karlsen'), set('erik', 'karlson', 'die'), undefined, [set('erik', 'karlson')]), true);
    assert.equal(namedIn(set('berg'), set('berg', 'charge'), undefined, undefined), true);
    // Who tells the sentence names the actor too.
    assert.equal(namedIn(set('treasury'), set('sanction'), set('treasury'), undefined), true);
  });
});
