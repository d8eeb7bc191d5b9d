import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { createStages } from '../pipeline.js';
import { ingestPaths } from '../ingest/batch.js';

/** Ingests the texts one at a time in the given order and gives each event as "date size". */
async function eventsOf(texts: Record<string, string[]>, order: readonly string[], now: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cluster-policy-'));
  const store = new SqliteStore(':memory:');
  try {
    for (const name of order) {
      writeFileSync(join(dir, name), texts[name]!.join('\n'));
      await ingestPaths([join(dir, name)], createStages(), { store, now: () => now }, { maintain: false });
    }
    const events = await store.listEvents({ limit: 20, offset: 0 });
    return events.map((e) => `${e.date} ${e.articles.length}`).sort();
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('cluster: the steps of a trade dispute, and a firm hit by it, told with the same ministers', () => {
  const texts: Record<string, string[]> = {
    'a-tariffs.txt': [
      'Canada sets 20% tariffs on Brazilian steel',
      'By Claire Dufour, Prairie Ledger',
      'Published: May 6, 2031 17:10 GMT',
      'The Canadian government on Tuesday announced tariffs of 20% on Brazilian steel worth C$900 million a year, Trade Minister Helen Brodeur said in Ottawa.',
      'Brodeur said the duties answered the ban on scrap metal exports that Brazilian Trade Minister Rafael Moura announced last month.',
    ],
    'b-tariffs.txt': [
      'Ottawa hits Brazilian steel with duties',
      'By Owen Marsh, Harbour Times',
      'Published: May 6, 2031 19:45 GMT',
      'Canada will impose tariffs of 20% on steel from Brazil worth C$950 million a year, Trade Minister Helen Brodeur announced in Ottawa on Tuesday.',
      'Brazilian Trade Minister Rafael Moura called the decision a mistake.',
    ],
    'c-warning.txt': [
      'Steelmaker Tavora cuts forecast after Canadian duties',
      'By Owen Marsh, Harbour Times',
      'Published: May 8, 2031 09:30 GMT',
      'Tavora Steel SA cut its profit forecast for the year on Thursday, saying the Canadian tariffs would cost it a third of its exports to Ottawa, chief executive Marta Siqueira said.',
      'Shares in the firm fell sharply in Sao Paulo. Siqueira said she would ask Trade Minister Rafael Moura to press Helen Brodeur for a delay.',
    ],
    'd-postponed.txt': [
      'Canada postpones steel tariffs to allow talks',
      'By Claire Dufour, Prairie Ledger',
      'Published: May 27, 2031 16:00 GMT',
      'The Canadian government on Tuesday postponed the 20% tariffs on Brazilian steel that were due to take effect on Thursday, pushing them back to September to leave time for negotiations.',
      'Trade Minister Helen Brodeur said she would meet Rafael Moura in Geneva next week.',
    ],
    'e-talks.txt': [
      'Canada and Brazil set up steel working group in Geneva',
      'By Claire Dufour, Prairie Ledger',
      'Published: June 3, 2031 18:20 GMT',
      'Trade Minister Helen Brodeur and Brazilian Trade Minister Rafael Moura met for three hours in Geneva on Tuesday and agreed to set up a working group on steel, but did not settle the dispute.',
      'Moura said Brazil would keep its ban on scrap metal exports while the group met.',
    ],
  };

  it('should give the tariffs, the firm\'s warning, the postponement and the talks an event each, in either order', async () => {
    const names = Object.keys(texts);
    const expected = ['2031-05-06 2', '2031-05-08 1', '2031-05-27 1', '2031-06-03 1'];
    for (const order of [names, [...names].reverse()]) {
      assert.deepEqual(await eventsOf(texts, order, '2031-06-10T00:00:00Z'), expected, `order ${order.join(', ')}`);
    }
  });
});

describe('cluster: an intrusion told by two reports days apart, and an agency naming who was behind it', () => {
  const texts: Record<string, string[]> = {
    'a-firm-post.txt': [
      'Harbourline intrusion: what our team found',
      'By Pieter Vos, Dykeguard Labs',
      'Published: March 9, 2031 10:00 GMT',
      'On March 4, our incident team responded to an intrusion at a shipping software maker in Rotterdam.',
      'The attackers used a stolen certificate to sign a tainted update of the Harbourline berth planner, which at least 20 port operators then installed.',
    ],
    'b-news.txt': [
      'Hackers planted tainted update in port software, researchers say',
      'By Anna Jensen, Lowlands Courier',
      'Published: March 9, 2031 15:30 GMT',
      'Hackers broke into the build server of the Harbourline berth planner and pushed a tainted update to at least 20 port operators, the security firm Dykeguard Labs said on Monday.',
      'The firm said the attackers used a stolen certificate and that the software maker had revoked it.',
    ],
    'c-agency.txt': [
      'Dutch intelligence names unit behind port software hack',
      'By Anna Jensen, Lowlands Courier',
      'Published: March 12, 2031 12:00 GMT',
      "The Netherlands' intelligence service said on Thursday that a hacking unit of a foreign military carried out the recent attack on the Harbourline berth planner used by port operators.",
      'The service said the unit had targeted shipping firms in Rotterdam for two years.',
    ],
  };

  it('should keep the intrusion as one event and the attribution as another, in either order', async () => {
    const names = Object.keys(texts);
    for (const order of [names, [...names].reverse()]) {
      const events = await eventsOf(texts, order, '2031-03-20T00:00:00Z');
      assert.equal(events.length, 2, `order ${order.join(', ')}: ${events.join('; ')}`);
      assert.ok(events.includes('2031-03-12 1'), `order ${order.join(', ')}: ${events.join('; ')}`);
    }
  });
});

describe('cluster: a firm\'s warning with no readable date beside the tariffs it blames', () => {
  const texts: Record<string, string[]> = {
    'a-tariffs.txt': [
      'Canada sets 20% tariffs on Brazilian steel',
      'By Claire Dufour, Prairie Ledger',
      'Published: May 6, 2031 17:10 GMT',
      'The Canadian government on Tuesday announced tariffs of 20% on Brazilian steel worth C$900 million a year, Trade Minister Helen Brodeur said in Ottawa.',
      'Brodeur said the duties answered the ban on scrap metal exports that Brazilian Trade Minister Rafael Moura announced last month.',
    ],
    'b-warning.jsonl': [
      JSON.stringify({ url: 'https://harbour-times.example/tavora-forecast', outlet: 'Harbour Times', title: 'Steelmaker Tavora cuts forecast over Canadian tariffs', body: 'Tavora Steel SA cut its profit forecast for the year, saying the Canadian tariffs of 20% on Brazilian steel would cost it a third of its exports, chief executive Marta Siqueira said.\n\nSiqueira said she would ask Trade Minister Rafael Moura to press Canada and Helen Brodeur for a delay of the duties on steel.' }),
    ],
  };

  it('should keep the warning apart from the tariffs, in either order', async () => {
    const names = Object.keys(texts);
    for (const order of [names, [...names].reverse()]) {
      const events = await eventsOf(texts, order, '2031-05-20T00:00:00Z');
      assert.equal(events.length, 2, `order ${order.join(', ')}: ${events.join('; ')}`);
    }
  });
});
