/**
 * The demo's example articles (written for this project): four events, each told by two or three
 * outlets in text, HTML and JSON Lines. Articles about the same event join it whatever the arrival
 * order; the two ransomware attacks of the same week stay apart; sources disagree where the examples do.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { basename, join } from 'node:path';
import type { Article, NewsEvent } from '../src/model/types.js';
import { assertSchema, exampleFiles, runCli, tempDir } from './helpers.js';


/** Events as sets of example folders' files, comparable across runs. */
async function grouping(db: string): Promise<string[]> {
  const events = JSON.parse((await runCli(['events', '--json', '--db', db])).stdout) as NewsEvent[];
  const articles = JSON.parse((await runCli(['articles', '--json', '--db', db])).stdout) as Article[];
  const fileOf = new Map(articles.map((a) => [a.id, basename(a.source.file ?? '')]));
  return events.map((e) => e.articles.map((id) => fileOf.get(id)).sort().join('+')).sort();
}

describe('the demo examples', () => {
  const dir = tempDir();
  const db = join(dir.path, 'demo.db');
  let events: NewsEvent[] = [];
  let demoOutput = '';

  before(async () => {
    const demo = await runCli(['demo', '--db', db]);
    assert.equal(demo.code, 0, demo.stderr);
    demoOutput = demo.stdout;
    events = JSON.parse((await runCli(['events', '--json', '--db', db])).stdout) as NewsEvent[];
  });
  after(() => dir.cleanup());

  const byPlace = (name: string): NewsEvent => {
    const e = events.find((x) => x.location?.name === name);
    assert.ok(e, `no event in ${name}: ${JSON.stringify(events.map((x) => x.location))}`);
    return e;
  };

  it('should print the events it found', () => {
    assert.match(demoOutput, /4 events/);
    assert.match(demoOutput, /Dublin/);
  });

  it('should find four events that match the schema', () => {
    assert.equal(events.length, 4);
    for (const e of events) assertSchema('event', e);
  });

  it('should put each story with its own event, and keep the two ransomware attacks apart', () => {
    assert.equal(byPlace('Dublin').articles.length, 3);
    assert.equal(byPlace('Ottawa').articles.length, 2);
    assert.equal(byPlace('Canberra').articles.length, 3);
    assert.equal(byPlace('Wellington').articles.length, 2);
  });

  it('should resolve dates and places to the calendar and ISO country codes', () => {
    assert.equal(byPlace('Dublin').date, '2025-10-14');
    assert.equal(byPlace('Dublin').location?.country, 'IE');
    assert.equal(byPlace('Ottawa').date, '2025-10-16');
    assert.equal(byPlace('Canberra').date, '2025-11-03');
    assert.equal(byPlace('Wellington').date, '2025-11-08');
  });

  it('should merge a name written in both orders and keep roles from the role list', () => {
    const sato = byPlace('Canberra').participants.find((p) => p.name === 'Kenji Sato');
    assert.ok(sato);
    assert.deepEqual(sato.aliases, ['Sato Kenji']);
    assert.equal(sato.country, 'JP');
  });

  it('should show where outlets disagree: ambulance counts and casualty figures', () => {
    const dublin = byPlace('Dublin');
    const ambulances = dublin.discrepancies.find((d) => d.about.startsWith('number of ambulance'));
    assert.deepEqual(ambulances?.variants.map((v) => v.value).sort(), ['40', '45']);
    const quake = byPlace('Wellington');
    assert.deepEqual(quake.casualties, { killed: 4, injured: 30 });
    assert.deepEqual(quake.discrepancies.find((d) => d.about === 'killed')?.variants.map((v) => v.value).sort(), ['3', '4']);
  });

  it('should count each outlet once in corroboration', () => {
    for (const e of events) for (const f of e.facts) assert.ok(f.corroboration <= e.outlets);
    assert.ok(byPlace('Dublin').facts.some((f) => f.corroboration === 3));
  });

  it('should link earlier events mentioned in the Canberra stories', () => {
    const related = byPlace('Canberra').related;
    assert.ok(related.some((r) => r.date === '2025-07' && /Manila/.test(r.description)), JSON.stringify(related));
  });

  it('should give the same events whatever order the articles arrive in', async () => {
    const reversed = join(dir.path, 'reversed.db');
    const files = exampleFiles().reverse();
    for (const f of files) assert.equal((await runCli(['ingest', f, '--db', reversed])).code, 0);
    const shuffled = join(dir.path, 'shuffled.db');
    const order = exampleFiles();
    const interleaved = [...order.filter((_, i) => i % 2 === 1), ...order.filter((_, i) => i % 2 === 0)];
    for (const f of interleaved) assert.equal((await runCli(['ingest', f, '--db', shuffled])).code, 0);
    const expected = await grouping(db);
    assert.deepEqual(await grouping(reversed), expected);
    assert.deepEqual(await grouping(shuffled), expected);
  });
});
