/**
 * A policy researcher's week, written for this project (test/fixtures/dprk-responses): nine reports
 * by invented outlets of the responses to North Korean cyber theft and a missile launch, US Treasury
 * sanctions, EU listings, a vetoed Security Council draft, a joint statement, Seoul's own listings and
 * KCNA's rejection, with details that differ between outlets and later reports that name the earlier
 * acts by their days. What the records must get right for such a reader.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import type { Article, NewsEvent } from '../src/model/types.js';
import { ROOT, runCli, tempDir } from './helpers.js';

const SET = join(ROOT, 'test', 'fixtures', 'dprk-responses');

describe('the DPRK responses set', () => {
  const dir = tempDir();
  const db = join(dir.path, 'dprk.db');
  let articles: Article[] = [];
  let events: NewsEvent[] = [];
  let csv = '';
  before(async () => {
    const ingest = await runCli(['ingest', SET, '--db', db, '--no-progress']);
    assert.equal(ingest.code, 0, ingest.stderr);
    articles = JSON.parse((await runCli(['articles', '--json', '--db', db])).stdout) as Article[];
    events = JSON.parse((await runCli(['export', '--json', '--db', db])).stdout) as NewsEvent[];
    csv = (await runCli(['export', '--format', 'csv', '--db', db])).stdout;
  });
  after(() => dir.cleanup());

  const article = (words: RegExp): Article => {
    const a = articles.find((x) => words.test(x.headline ?? ''));
    assert.ok(a, `no article headed ${words}`);
    return a;
  };

  it("should date each report by its lead's day, not by an earlier act it names", () => {
    const dates: [RegExp, string][] = [
      [/US Treasury sanctions/, '2026-03-10'],
      [/US blacklists/, '2026-03-10'],
      [/EU adds/, '2026-03-12'],
      [/Russia vetoes/, '2026-03-13'],
      [/Moscow blocks/, '2026-03-13'],
      [/vow to counter/, '2026-03-14'],
      [/Seoul imposes/, '2026-03-16'],
      [/slams sanctions/, '2026-03-17'],
      [/vows countermeasures/, '2026-03-17'],
    ];
    for (const [words, date] of dates) assert.equal(article(words).eventDate?.value, date, String(words));
  });

  it('should place a bare BRUSSELS dateline in Belgium', () => {
    assert.deepEqual([article(/EU adds/).place?.name, article(/EU adds/).place?.country], ['Brussels', 'BE']);
  });

  it('should keep the US sanctions apart from the EU listings that name them as an earlier act', () => {
    const ofac = events.find((e) => e.articles.includes(article(/US Treasury sanctions/).id));
    assert.ok(ofac);
    assert.deepEqual([...ofac.articles].sort(), [article(/US Treasury sanctions/).id, article(/US blacklists/).id].sort());
    const whitcombe = ofac.participants.find((p) => p.name === 'Daniel Whitcombe');
    assert.equal(whitcombe?.country, 'US');
    assert.ok(ofac.discrepancies.some((d) => /^number of entities \(.*sanctioned seven entities/.test(d.about)), JSON.stringify(ofac.discrepancies));
  });

  it('should list the bodies each event names, acronyms with their full names, the outlets left out', () => {
    const ofac = events.find((e) => e.articles.includes(article(/US Treasury sanctions/).id));
    const bodies = (ofac?.organizations ?? []).map((o) => [o.name, o.aliases.includes('OFAC') || o.aliases.some((a) => /^Treasury/.test(a)), o.country, o.corroboration]);
    assert.deepEqual(bodies, [
      ['US Treasury Department', true, 'US', 2],
      ['Office of Foreign Assets Control', true, 'US', 2],
      // "Japan's defense ministry said" the launch the sanctions follow was an ICBM: a body with its country.
      ['Defense Ministry', false, 'JP', 1],
    ]);
    const kcna = events.find((e) => e.articles.includes(article(/slams sanctions/).id));
    const agency = kcna?.organizations?.find((o) => o.aliases.includes('KCNA'));
    assert.deepEqual([agency?.name, agency?.country], ['Korean Central News Agency', 'KP']);
    const outlets = new Set(articles.map((a) => a.outlet));
    assert.ok(!events.some((e) => e.organizations?.some((o) => outlets.has(o.name))));
    assert.match(csv.split('\r\n')[0]!, /,discrepancy_details,organizations,source_outlets,/);
  });

  it('should find the event of a statement KCNA carried by its name, with no one of it quoted', async () => {
    const found = JSON.parse((await runCli(['events', '--entity', 'KCNA', '--json', '--db', db])).stdout) as NewsEvent[];
    assert.ok(found.some((e) => e.articles.includes(article(/slams sanctions/).id)));
  });

  it('should tell the six acts apart, a day apart in the same words, and keep the reports of each together', () => {
    const groups = [
      [/US Treasury sanctions/, /US blacklists/],
      [/EU adds/],
      [/Russia vetoes/, /Moscow blocks/],
      [/vow to counter/],
      [/Seoul imposes/],
      [/slams sanctions/, /vows countermeasures/],
    ];
    const eventOf = (words: RegExp): string | undefined => events.find((e) => e.articles.includes(article(words).id))?.id;
    assert.equal(events.length, 6, events.map((e) => e.title).join(' | '));
    for (const group of groups) assert.equal(new Set(group.map(eventOf)).size, 1, String(group));
    assert.equal(new Set(groups.map((g) => eventOf(g[0]!))).size, 6);
  });

  it('should export a CSV that Excel reads as UTF-8, with each discrepancy spelt out', () => {
    assert.ok(csv.startsWith('\ufeffid,date,'));
    // Each value with the outlets that give it.
    assert.match(csv, /number of entities \([^)]*\): 7 \([^)]+\) vs 8 \([^)]+\)/);
  });
});
