/**
 * `GET /api/entities` on a list longer than any page: every page checked against its JSON Schema
 * and against the fields docs/api.md gives, the pages together the whole list once, in the order the
 * docs give (most events first, then by name), and a body and a person of one name kept apart.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { NewsEvent, Participant } from '../src/model/types.js';
import { sampleArticle, sampleEvent } from '../src/store/contract.js';
import { startTestServer, type TestServer } from './api-server.js';
import { assertSchema } from './helpers.js';

interface Item {
  id: string;
  kind: string;
  name: string;
  events: number;
  country?: string;
  aliases?: string[];
}

/** Made-up names no rule takes for spellings of one another (no Russian endings, no shared given name and surname pair). */
const GIVEN = ['Ada', 'Bram', 'Cleo', 'Dorian', 'Esme', 'Felix', 'Greta', 'Hugo', 'Iris', 'Jonas', 'Kiran', 'Leon', 'Mabel', 'Nils', 'Orla', 'Piet', 'Quinn', 'Rosa', 'Soren', 'Tamsin'];
const FAMILY = ['Abbott', 'Brennan', 'Castell', 'Dunmore', 'Ellwood', 'Fairholm', 'Garrow', 'Hartwell', 'Ingram', 'Jessop', 'Kettering', 'Lowther', 'Marchbank', 'Northcott', 'Oakes', 'Penrose', 'Quarrie', 'Redfern', 'Stanway', 'Thorne', 'Upton', 'Vance', 'Whitlock', 'Yardley', 'Zeller', 'Ashdown', 'Blakemore', 'Colborne', 'Dalloway', 'Everard'];
const PEOPLE = FAMILY.flatMap((f) => GIVEN.map((g) => `${g} ${f}`));
const EVENTS = 150;
const ALLOWED = new Set(['id', 'kind', 'name', 'events', 'country', 'countries', 'aliases']);

describe('the HTTP API entity list on a long list', () => {
  let server: TestServer;

  before(async () => {
    server = await startTestServer();
    for (let e = 0; e < EVENTS; e++) {
      const a = sampleArticle(1000 + e);
      const id = `evt_${(0x1000 + e).toString(16).padStart(16, '0')}`;
      // Each person once, and the first ones in more events, so that counts differ and many tie.
      const named = PEOPLE.filter((_, p) => p % EVENTS === e || p < e % 12);
      const participants: Participant[] = named.map((name) => ({ name, aliases: [], role: null, organization: null, country: null, sources: [a.id] }));
      // "Jordan Hale" is a person in some events and the name of a body (a firm) in others.
      if (e % 3 === 0) participants.push({ name: 'Jordan Hale', aliases: [], role: 'partner', organization: null, country: null, sources: [a.id] });
      const organizations: NonNullable<NewsEvent['organizations']> = e % 5 === 0 ? [{ name: 'Jordan Hale', aliases: [], country: null, sources: [a.id], corroboration: 1 }] : [];
      const event = sampleEvent(id, [a], { participants, organizations, location: { name: `Town ${e % 40}`, country: 'IE', lat: 53, lon: -6 } });
      await server.store.commit({ article: { ...a, eventId: id }, event, profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
    }
  });
  after(() => server.close());

  /** Every page of `path` at `limit` items a page, each checked against the schema. */
  async function pages(path: string, limit: number): Promise<Item[][]> {
    const out: Item[][] = [];
    let cursor: string | null = null;
    do {
      const res = await fetch(`${server.url}${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      const body = (await res.json()) as { items: Item[]; next: string | null };
      assert.equal(res.status, 200, JSON.stringify(body).slice(0, 300));
      assertSchema('api/entity-page', body);
      out.push(body.items);
      cursor = body.next;
    } while (cursor !== null && out.length < 100);
    return out;
  }

  it('should give every entry once over its pages, each page full but the last, most events first and then by name', async () => {
    const all = await pages('/api/entities', 500);
    const byPage = (await pages('/api/entities', 97)).flat();
    const whole = all.flat();
    // Each person and place once, and the body and the person of one name each once.
    assert.equal(whole.length, PEOPLE.length + 40 + 2);
    assert.equal(all.length, Math.ceil(whole.length / 500));
    assert.deepEqual(byPage, whole, 'pages of another size give the same list');
    assert.equal(new Set(whole.map((e) => e.id)).size, whole.length, 'no entry twice');
    for (let i = 1; i < whole.length; i++) {
      const [a, b] = [whole[i - 1]!, whole[i]!];
      assert.ok(a.events > b.events || (a.events === b.events && a.name.localeCompare(b.name) <= 0), `${a.name} (${a.events}) before ${b.name} (${b.events})`);
    }
    const adaEvents = Array.from({ length: EVENTS }, (_, e) => e).filter((e) => 0 % EVENTS === e || 0 < e % 12).length;
    assert.equal(whole.find((e) => e.name === 'Ada Abbott')?.events, adaEvents);
  });

  it('should give each entry only the fields the docs list, and a country and aliases only where it has them', async () => {
    for (const item of (await pages('/api/entities', 500)).flat()) {
      for (const key of Object.keys(item)) assert.ok(ALLOWED.has(key), `${item.name}: ${key}`);
      if (item.kind !== 'organization') assert.equal(item.country, undefined, item.name);
      if (item.aliases !== undefined) assert.ok(item.aliases.length > 0, item.name);
    }
  });

  it('should page one kind alone the same way', async () => {
    const people = (await pages('/api/entities?kind=person', 128)).flat();
    assert.equal(people.length, PEOPLE.length + 1);
    assert.ok(people.every((e) => e.kind === 'person'));
    const whole = (await pages('/api/entities', 500)).flat().filter((e) => e.kind === 'person');
    assert.deepEqual(people, whole);
  });

  it('should keep a body and a person of one name apart, each with its own page', async () => {
    const both = (await pages('/api/entities?q=jordan%20hale', 50)).flat();
    assert.deepEqual(both.map((e) => [e.kind, e.name, e.events, e.aliases]).sort(), [
      ['organization', 'Jordan Hale', 30, undefined],
      ['person', 'Jordan Hale', 50, undefined],
    ]);
    for (const entry of both) {
      const res = await fetch(`${server.url}/api/entities/${entry.id}`);
      const page = (await res.json()) as Item & { eventList: unknown[] };
      assertSchema('api/entity', page);
      assert.equal(page.kind, entry.kind);
      assert.equal(page.eventList.length, entry.events);
    }
  });

  it("should take the CLI's word 'name' for the name filter, and refuse it beside a different 'q'", async () => {
    const byQ = (await pages('/api/entities?q=jordan%20hale', 50)).flat();
    const byName = (await pages('/api/entities?name=jordan%20hale', 50)).flat();
    assert.deepEqual(byName, byQ);
    const res = await fetch(`${server.url}/api/entities?q=jordan&name=hale`);
    assert.equal(res.status, 400);
    assert.match(((await res.json()) as { error: { message: string } }).error.message, /'q' and 'name' are one filter/);
  });
});
