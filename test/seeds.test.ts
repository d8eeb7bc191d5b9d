/**
 * The canonical case, end to end through the CLI: the two seed articles (read from ../shared/seeds,
 * never copied here) become one event with the right date, place, participants, related events,
 * corroborated facts and theme, and the articles come out cleanly extracted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import type { Article, NewsEvent } from '../src/model/types.js';
import { assertSchema, hasSeeds, runCli, SEED_READABLE, SEED_YONHAP, tempDir } from './helpers.js';

describe('the seed articles', { skip: hasSeeds ? false : 'no ../shared/seeds beside the project' }, () => {
  const dir = tempDir();
  const db = join(dir.path, 'seeds.db');
  let events: NewsEvent[] = [];
  let articles: Article[] = [];

  before(async () => {
    const ingest = await runCli(['ingest', SEED_YONHAP, SEED_READABLE, '--db', db]);
    assert.equal(ingest.code, 0, ingest.stderr);
    const ev = await runCli(['events', '--json', '--db', db]);
    assert.equal(ev.code, 0, ev.stderr);
    events = JSON.parse(ev.stdout) as NewsEvent[];
    const ar = await runCli(['articles', '--json', '--db', db]);
    assert.equal(ar.code, 0, ar.stderr);
    articles = JSON.parse(ar.stdout) as Article[];
  });
  after(() => dir.cleanup());

  const yonhap = (): Article => articles.find((a) => a.source.file?.endsWith('000_8ab4f45759b91657.txt'))!;
  const readable = (): Article => articles.find((a) => a.source.file?.endsWith('001_da465ae2f55f72ee.txt'))!;
  const event = (): NewsEvent => events[0]!;
  const person = (name: string) => event().participants.find((p) => p.name === name);

  it('should emit events and articles that match the JSON Schemas', () => {
    for (const e of events) assertSchema('event', e);
    for (const a of articles) assertSchema('article', a);
  });

  it('should make exactly one event with both articles', () => {
    assert.equal(events.length, 1);
    assert.deepEqual([...event().articles].sort(), articles.map((a) => a.id).sort());
    assert.equal(event().articles.length, 2);
  });

  it('should date the event 2024-03-29 from "on Friday"', () => {
    assert.equal(event().date, '2024-03-29');
    assert.ok(event().dateAnchoring === 'inferred' || event().dateAnchoring === 'stated');
  });

  it('should place the event in Washington, US', () => {
    assert.equal(event().location?.name, 'Washington');
    assert.equal(event().location?.country, 'US');
  });

  it("should place both articles in Washington, with no place read from the \"North\" of \"North Korean\"", () => {
    for (const a of [yonhap(), readable()]) assert.equal(a.place?.name, 'Washington');
    assert.ok(!readable().entities.some((e) => e.type === 'location' && e.text === 'North'));
    assert.deepEqual(event().discrepancies.filter((d) => d.about === 'location'), []);
  });

  it("should state the day The Readable's photo caption gives, agreeing with its \"on Friday\"", () => {
    assert.deepEqual([readable().eventDate?.value, readable().eventDate?.anchoring, readable().eventDate?.caption], ['2024-03-29', 'stated', true]);
    assert.equal(yonhap().eventDate?.anchoring, 'inferred');
  });

  it("should give the president Yonhap names by his bare title the agency's country, as inferred", () => {
    const yoon = yonhap().people.find((p) => p.name === 'Yoon Suk Yeol');
    assert.deepEqual([yoon?.role, yoon?.country, yoon?.countryInferred], ['President', 'KR', true]);
  });

  it('should list exactly the three officials as participants, with roles, countries and sources', () => {
    assert.deepEqual(event().participants.map((p) => p.name).sort(), ['Lee Jun-il', 'Lyn Debevoise', 'Naoki Kumagai']);
    const lee = person('Lee Jun-il')!;
    assert.equal(lee.country, 'KR');
    assert.match(lee.role ?? '', /Director General for North Korean Nuclear Affairs/i);
    const lyn = person('Lyn Debevoise')!;
    assert.equal(lyn.country, 'US');
    assert.match(lyn.role ?? '', /Deputy Special Representative/);
    const kumagai = person('Naoki Kumagai')!;
    assert.deepEqual(kumagai.aliases, ['Kumagai Naoki']);
    assert.equal(kumagai.country, 'JP');
    assert.match(kumagai.role ?? '', /Ambassador in charge of Cyber Policy/);
    for (const p of event().participants) assert.equal(p.sources.length, 2, `${p.name} is named by both outlets`);
  });

  it('should link the Camp David summit (August 2023) and the working group launch (December 2023)', () => {
    const august = event().related.find((r) => r.date === '2023-08');
    assert.ok(august, JSON.stringify(event().related));
    assert.match(august.description, /Camp David/);
    assert.ok(event().related.find((r) => r.date === '2023-12'), JSON.stringify(event().related));
  });

  it('should have a fact stated by both outlets, corroborated twice', () => {
    const both = event().facts.filter((f) => f.corroboration === 2);
    assert.ok(both.length >= 1);
    assert.equal(new Set(both[0]!.sources).size, 2);
  });

  it('should summarise the event as North Korean cyber threats, with a cyber theme', () => {
    assert.match(event().summary, /North Korea/);
    assert.match(event().summary, /cyber/i);
    assert.ok(event().themes.includes('cyber'));
  });

  it('should report the name order as a discrepancy between outlets', () => {
    const names = event().discrepancies.find((d) => d.about.startsWith('name of'));
    assert.ok(names);
    assert.deepEqual(names.variants.map((v) => v.value).sort(), ['Kumagai Naoki', 'Naoki Kumagai']);
  });

  it('should find the event by searching "IT workers"', async () => {
    const found = await runCli(['search', 'IT workers', '--json', '--db', db]);
    assert.equal(found.code, 0, found.stderr);
    const hits = JSON.parse(found.stdout) as NewsEvent[];
    assert.equal(hits[0]?.id, event().id);
  });

  it('should extract the Yonhap page: headline split from the byline, agency, time, six paragraphs, no headline lists', () => {
    const a = yonhap();
    // The seed's headline, checked by its ends and length so that the test does not carry its words.
    const headline = a.headline ?? '';
    assert.ok(headline.startsWith('Officials from S. Korea') && headline.endsWith('cyber threats') && headline.split(' ').length === 12, headline);
    assert.equal(a.agency, 'Yonhap');
    assert.match(a.publishedAt ?? '', /^2024-03-30T10:13/);
    assert.equal(a.body.split('\n\n').length, 6);
    for (const clutter of ['Most Popular', 'More from Headlines', 'Yellow dust', 'Medical professors', 'spy cameras']) {
      assert.ok(!a.body.includes(clutter), `body holds '${clutter}'`);
    }
  });

  it('should extract The Readable page: author, outlet, offset time, four paragraphs, caption, no bio or credits', () => {
    const a = readable();
    const headline = a.headline ?? '';
    assert.ok(headline.startsWith('South Korea, US') && headline.endsWith('cyber threats') && headline.split(' ').length === 11, headline);
    assert.deepEqual(a.authors, ['Minkyung Shin']);
    assert.equal(a.outlet, 'The Readable');
    assert.equal(a.publishedAt, '2024-04-01T20:48:00+09:00');
    assert.equal(a.body.split('\n\n').length, 4);
    assert.equal(a.captions.length, 1);
    assert.match(a.captions[0]!, /from left/);
    for (const clutter of ['@gmail.com', 'edited by', 'reporting intern', 'Dankook', 'from left']) {
      assert.ok(!a.body.includes(clutter), `body holds '${clutter}'`);
    }
  });

  it('should give entity and timex offsets that point into the body', () => {
    for (const a of articles) {
      for (const e of a.entities) assert.equal(a.body.slice(e.start, e.end), e.text);
      for (const t of a.timexes) assert.equal(a.body.slice(t.start, t.end), t.text);
    }
  });

  it('should store the same content once when ingested again', async () => {
    const again = await runCli(['ingest', SEED_YONHAP, '--json', '--db', db]);
    assert.equal(again.code, 0, again.stderr);
    const report = JSON.parse(again.stdout) as { stored: number; duplicates: number };
    assert.equal(report.stored, 0);
    assert.equal(report.duplicates, 1);
  });

  it('should print the event with its articles in full for show --json', async () => {
    const shown = await runCli(['show', event().id, '--json', '--db', db]);
    assert.equal(shown.code, 0, shown.stderr);
    const data = JSON.parse(shown.stdout) as NewsEvent & { articleDetails: Article[] };
    assertSchema('event-with-articles', data);
    assert.equal(data.articleDetails.length, 2);
  });
});
