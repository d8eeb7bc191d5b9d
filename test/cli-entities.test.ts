/** `triangulate entities`: the entity list on the command line, with one entry per person or body however the events wrote it. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sampleArticle, sampleEvent } from '../src/store/contract.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { runCli, tempDir } from './helpers.js';

describe('triangulate entities', () => {
  const dir = tempDir();
  const db = join(dir.path, 'entities.db');

  before(async () => {
    const store = new SqliteStore(db);
    const events = [
      ['evt_0000000000000091', 'Dmitri Orlov', 'US Treasury Department'],
      ['evt_0000000000000092', 'Dmitry Orlov', 'US Treasury'],
      ['evt_0000000000000093', 'Anna Orlova', 'FBI'],
    ] as const;
    for (const [n, [id, person, body]] of events.entries()) {
      const a = sampleArticle(91 + n);
      const event = sampleEvent(id, [a], {
        participants: [{ name: person, aliases: [], role: null, organization: null, country: 'US', sources: [a.id] }],
        organizations: [{ name: body, aliases: [], country: 'US', sources: [a.id], corroboration: 1 }],
      });
      await store.commit({ article: { ...a, eventId: id }, event, profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: a.id, copyGroup: a.id, articleTerms: [], mergedEventIds: [] });
    }
    await store.close();
  });
  after(() => dir.cleanup());

  it('should list a name written two ways by two events once, with its other spelling', async () => {
    const result = await runCli(['entities', '--kind', 'person', '--json', '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    const people = JSON.parse(result.stdout) as { name: string; events: number; aliases?: string[] }[];
    assert.deepEqual(people.map((p) => [p.name, p.events, p.aliases ?? []]), [['Dmitri Orlov', 2, ['Dmitry Orlov']], ['Anna Orlova', 1, []]]);
  });

  it('should list a body once under a name an analyst types for it, in a table', async () => {
    const result = await runCli(['entities', '--kind', 'organization', '--name', 'treasury', '--db', db]);
    assert.equal(result.code, 0, result.stderr);
    // Under its heading and the line beneath it: one entry, named in full (the names tie at one event each).
    const rows = result.stdout.trim().split('\n').slice(2);
    assert.equal(rows.length, 1, result.stdout);
    assert.match(rows[0]!, /^2\s+organization\s+US Treasury Department\s+US\s+US Treasury$/);
  });

  it('should refuse a kind it does not know, naming the choices', async () => {
    const result = await runCli(['entities', '--kind', 'planet', '--db', db]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /person, organization, place|Allowed choices/);
  });
});
