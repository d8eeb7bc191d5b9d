/**
 * The Store contract: one suite every backend runs (`runStoreContract(name, open)`), so a PostgreSQL
 * store can be checked against exactly what the SQLite store promises.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NewsDocument } from '../model/document.js';
import { summarizeArticle, type ArticleSummary } from '../model/article-summary.js';
import { summarizeEvent } from '../model/event-summary.js';
import type { Article, NewsEvent } from '../model/types.js';
import { AWAITING_PER_KEY, eventPosition, type Commit, type EventProfile, type EventSort, type Store, UNDATED_CANDIDATES_PER_KEY } from './store.js';
import { shiftDays } from '../util/dates.js';

export function sampleArticle(n: number, overrides: Partial<Article> = {}): Article {
  const hash = n.toString(16).padStart(16, '0').repeat(4);
  const base = new NewsDocument({ source: { file: `sample-${n}.txt` }, kind: 'body', content: '', hints: {}, contentHash: hash }).article;
  return {
    ...base,
    outlet: `Outlet ${n}`,
    headline: `Sample headline ${n} about harbour cranes`,
    publishedAt: `2025-03-${String(10 + (n % 10)).padStart(2, '0')}T09:00:00Z`,
    language: 'en',
    body: `Crane number ${n} collapsed at the harbour. Workers were evacuated from berth ${n}.`,
    warnings: [],
    ...overrides,
  };
}

export function sampleEvent(id: string, articles: readonly Article[], overrides: Partial<NewsEvent> = {}): NewsEvent {
  return {
    id,
    title: articles[0]?.headline ?? 'untitled',
    date: '2025-03-10',
    dateAnchoring: 'stated',
    dateEvidence: null,
    location: { name: 'Dublin', country: 'IE', lat: 53.33, lon: -6.25 },
    participants: [{ name: 'Aoife Brennan', aliases: [], role: 'chief executive', organization: null, country: 'IE', sources: articles.map((a) => a.id) }],
    facts: [{ text: 'IT workers were evacuated from the harbour.', sources: articles.map((a) => a.id), corroboration: articles.length }],
    discrepancies: [],
    summary: 'A crane collapsed at the harbour.',
    related: [],
    casualties: null,
    themes: ['disaster'],
    articles: articles.map((a) => a.id),
    outlets: articles.length,
    updatedAt: '2025-03-10T12:00:00Z',
    ...overrides,
  };
}

const PROFILE: EventProfile = { terms: { crane: 3, harbour: 2 }, names: ['l:dublin'], dates: ['2025-03-10'], size: 1 };

function commitOf(article: Article, event: NewsEvent, merged: string[] = []): Commit {
  return { article: { ...article, eventId: event.id }, event, profile: PROFILE, keys: ['n:l:dublin', 't:crane'], outletKey: `outlet:${article.outlet}`, copyGroup: article.id, articleTerms: ['crane', 'harbour'], mergedEventIds: merged };
}

export function runStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    it('should store an article and its event in one commit and read them back', async () => {
      const store = await open();
      const a = sampleArticle(1);
      const e = sampleEvent('evt_0000000000000001', [a]);
      await store.commit(commitOf(a, e));
      assert.equal((await store.getArticle(a.id))?.headline, a.headline);
      assert.equal((await store.getArticle(a.id))?.eventId, e.id);
      assert.deepEqual(await store.getEvent(e.id), e);
      assert.equal(await store.findByContentHash(a.contentHash), a.id);
      assert.equal(await store.findByContentHash('nope'), null);
      assert.deepEqual(await store.counts(), { articles: 1, events: 1 });
      await store.close();
    });

    it('should keep one copy of an article committed twice', async () => {
      const store = await open();
      const a = sampleArticle(2);
      const e = sampleEvent('evt_0000000000000002', [a]);
      await store.commit(commitOf(a, e));
      await store.commit(commitOf(a, e));
      assert.equal((await store.counts()).articles, 1);
      const { df } = await store.termStats(['crane']);
      assert.equal(df.get('crane'), 1);
      await store.close();
    });

    it('should store an article without an event: listed, searched and counted as an article, with no event written', async () => {
      const store = await open();
      store.groupCommits(60_000);
      const warning = { stage: 'cluster' as const, rule: 'no-event', message: 'no event: opinion column', severity: 'warning' as const };
      const column = { ...sampleArticle(31, { body: 'Our harbour cranes deserve better than this council.' }), warnings: [warning] };
      await store.commitWithoutEvent({ article: column, outletKey: 'outlet:Outlet 31', articleTerms: ['crane', 'harbour'] });
      await store.commitWithoutEvent({ article: column, outletKey: 'outlet:Outlet 31', articleTerms: ['crane', 'harbour'] });
      const report = sampleArticle(32);
      await store.commit(commitOf(report, sampleEvent('evt_0000000000000032', [report])));
      await store.flush();
      assert.equal((await store.getArticle(column.id))?.eventId, null);
      assert.deepEqual((await store.getArticle(column.id))?.warnings, [warning]);
      assert.deepEqual(await store.counts(), { articles: 2, events: 1 });
      assert.deepEqual((await store.listArticles()).map((a) => [a.id, a.eventId]), [[column.id, null], [report.id, 'evt_0000000000000032']]);
      assert.equal(await store.findByContentHash(column.contentHash), column.id);
      assert.equal((await store.termStats(['crane'])).df.get('crane'), 2);
      const [hit] = await store.searchArticleSummaries('council');
      assert.deepEqual(JSON.parse(hit!.item) as ArticleSummary, { ...summarizeArticle(column), noEvent: 'opinion column' });
      assert.equal((await store.searchArticles('council'))[0]?.item.id, column.id);
      assert.deepEqual(await store.searchEvents('council'), []);
      await assert.rejects(store.commitWithoutEvent({ article: { ...sampleArticle(33), eventId: 'evt_0000000000000033' }, outletKey: 'o', articleTerms: [] }), /no event id/);
      await store.close();
    });

    it('should find candidate events by shared keys within the date window only', async () => {
      const store = await open();
      const a = sampleArticle(3);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000003', [a])));
      const near = await store.candidateEvents({ keys: ['t:crane'], date: '2025-03-12', windowDays: 7, limit: 10 });
      assert.deepEqual(near.map((c) => c.eventId), ['evt_0000000000000003']);
      assert.deepEqual(near[0]!.profile, PROFILE);
      const far = await store.candidateEvents({ keys: ['t:crane'], date: '2025-06-01', windowDays: 7, limit: 10 });
      assert.equal(far.length, 0);
      assert.equal((await store.candidateEvents({ keys: ['t:unrelated'], date: null, windowDays: 7, limit: 10 })).length, 0);
      // An event with no date at all stays a candidate whatever the article's date.
      const b = sampleArticle(14);
      await store.commit({ ...commitOf(b, sampleEvent('evt_0000000000000014', [b])), profile: { ...PROFILE, dates: [] } });
      const undated = await store.candidateEvents({ keys: ['t:crane'], date: '2025-06-01', windowDays: 7, limit: 10 });
      assert.deepEqual(undated.map((c) => c.eventId), ['evt_0000000000000014']);
      await store.close();
    });

    it('should find an event that began long before the window and ends in it, from either end of its span', async () => {
      const store = await open();
      // A run of 120 days; a shorter event written after it must not narrow what the lookup reads.
      const a = sampleArticle(31);
      await store.commit({ ...commitOf(a, sampleEvent('evt_0000000000000031', [a])), profile: { ...PROFILE, dates: ['2024-11-01', '2025-03-01'] } });
      const b = sampleArticle(32);
      await store.commit({ ...commitOf(b, sampleEvent('evt_0000000000000032', [b])), profile: { ...PROFILE, dates: ['2025-03-02', '2025-03-03'] } });
      const atStart = await store.candidateEvents({ keys: ['t:crane'], date: '2024-10-25', windowDays: 10, limit: 10 });
      assert.deepEqual(atStart.map((c) => c.eventId), ['evt_0000000000000031']);
      const atEnd = await store.candidateEvents({ keys: ['t:crane'], date: '2025-03-05', windowDays: 10, limit: 10 });
      assert.deepEqual(atEnd.map((c) => c.eventId).sort(), ['evt_0000000000000031', 'evt_0000000000000032']);
      await store.close();
    });

    it('should find at most so many undated events of each key, counting a key given twice once', async () => {
      const store = await open();
      for (let n = 0; n < UNDATED_CANDIDATES_PER_KEY + 3; n++) {
        const u = sampleArticle(1000 + n);
        await store.commit({ ...commitOf(u, sampleEvent(`evt_1${String(n).padStart(15, '0')}`, [u])), profile: { ...PROFILE, dates: [] }, keys: ['t:wreck'] });
      }
      const undated = await store.candidateEvents({ keys: ['t:wreck', 't:wreck'], date: '2025-06-01', windowDays: 7, limit: 1000 });
      assert.equal(undated.length, UNDATED_CANDIDATES_PER_KEY);
      assert.equal(undated[0]?.eventId, 'evt_1000000000000000', 'the first by event id');
      await store.close();
    });

    it('should read only the latest events of each key when asked to, at any date, since a day when asked to', async () => {
      const store = await open();
      for (const [n, date] of [[21, '2025-01-05'], [22, '2025-02-05'], [23, '2025-03-05']] as const) {
        const a = sampleArticle(n);
        const id = `evt_00000000000000${n}`;
        await store.commit({ ...commitOf(a, sampleEvent(id, [a])), profile: { ...PROFILE, dates: [date] } });
      }
      const latest = await store.candidateEvents({ keys: ['t:crane'], date: null, windowDays: 0, limit: 10, latestPerKey: 2 });
      assert.deepEqual(latest.map((c) => c.eventId).sort(), ['evt_0000000000000022', 'evt_0000000000000023']);
      const all = await store.candidateEvents({ keys: ['t:crane'], date: null, windowDays: 0, limit: 10 });
      assert.equal(all.length, 3);
      // Only the stories that began on or after a day.
      const recent = await store.candidateEvents({ keys: ['t:crane'], date: null, windowDays: 0, limit: 10, latestPerKey: 5, startedSince: '2025-02-01' });
      assert.deepEqual(recent.map((c) => c.eventId).sort(), ['evt_0000000000000022', 'evt_0000000000000023']);
      // A story that ran from last year to the latest day is among the latest, however it is indexed.
      const long = sampleArticle(24);
      await store.commit({ ...commitOf(long, sampleEvent('evt_0000000000000024', [long])), profile: { ...PROFILE, dates: ['2024-06-01', '2025-03-09'] } });
      const withLong = await store.candidateEvents({ keys: ['t:crane'], date: null, windowDays: 0, limit: 10, latestPerKey: 2 });
      assert.deepEqual(withLong.map((c) => c.eventId).sort(), ['evt_0000000000000023', 'evt_0000000000000024']);
      const sinceLong = await store.candidateEvents({ keys: ['t:crane'], date: null, windowDays: 0, limit: 10, latestPerKey: 5, startedSince: '2025-02-01' });
      assert.deepEqual(sinceLong.map((c) => c.eventId).sort(), ['evt_0000000000000022', 'evt_0000000000000023'], 'the long story began before the day');
      await store.close();
    });

    it('should move the articles of merged events and delete those events', async () => {
      const store = await open();
      const a = sampleArticle(4);
      const b = sampleArticle(5);
      const c = sampleArticle(6);
      await store.commit(commitOf(a, sampleEvent('evt_000000000000000a', [a])));
      await store.commit(commitOf(b, sampleEvent('evt_000000000000000b', [b])));
      await store.commit(commitOf(c, sampleEvent('evt_000000000000000a', [a, b, c]), ['evt_000000000000000b']));
      assert.equal(await store.getEvent('evt_000000000000000b'), null);
      assert.equal(await store.survivorOf('evt_000000000000000b'), 'evt_000000000000000a');
      assert.equal(await store.survivorOf('evt_000000000000000a'), null);
      assert.deepEqual((await store.articlesOfEvent('evt_000000000000000a')).map((x) => x.id).sort(), [a.id, b.id, c.id].sort());
      assert.equal((await store.getArticle(b.id))?.eventId, 'evt_000000000000000a');
      assert.deepEqual((await store.eventMembers('evt_000000000000000a')).map((m) => m.id).sort(), [a.id, b.id, c.id].sort());
      // A later merge of the survivor carries the earlier redirect along.
      const d = sampleArticle(10);
      await store.commit(commitOf(d, sampleEvent('evt_000000000000000d', [a, b, c, d]), ['evt_000000000000000a']));
      assert.equal(await store.survivorOf('evt_000000000000000b'), 'evt_000000000000000d');
      assert.equal(await store.survivorOf('evt_000000000000000a'), 'evt_000000000000000d');
      assert.deepEqual((await store.eventHistory('evt_000000000000000d')).map((c) => [c.kind, c.eventId]).sort(), [['merged-in', 'evt_000000000000000a'], ['merged-in', 'evt_000000000000000b']]);
      assert.deepEqual(await store.eventHistory('evt_00000000000000ee'), []);
      assert.deepEqual(await store.eventRedirects(), [
        { from: 'evt_000000000000000a', to: 'evt_000000000000000d' },
        { from: 'evt_000000000000000b', to: 'evt_000000000000000d' },
      ]);
      await store.close();
    });

    it('should record redirects from ids that are no event here to events that are, and pass over the rest', async () => {
      const store = await open();
      const a = sampleArticle(40);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000040', [a])));
      const mark = await store.changeMark();
      const added = await store.addRedirects(
        [
          { from: 'evt_00000000000000f1', to: 'evt_0000000000000040' },
          // A live event keeps its own id; a redirect to nothing, or to itself, leads nowhere.
          { from: 'evt_0000000000000040', to: 'evt_00000000000000f1' },
          { from: 'evt_00000000000000f2', to: 'evt_00000000000000f3' },
          { from: 'evt_00000000000000f4', to: 'evt_00000000000000f4' },
        ],
        '2025-03-20T00:00:00Z',
      );
      assert.equal(added, 1);
      assert.notEqual(await store.changeMark(), mark);
      assert.equal(await store.survivorOf('evt_00000000000000f1'), 'evt_0000000000000040');
      assert.equal(await store.survivorOf('evt_00000000000000f2'), null);
      assert.ok(await store.getEvent('evt_0000000000000040'));
      assert.deepEqual(await store.eventRedirects(), [{ from: 'evt_00000000000000f1', to: 'evt_0000000000000040' }]);
      await store.close();
    });

    it('should split off a second story: a new event beside the first, with the articles that move to it', async () => {
      const store = await open();
      const a = sampleArticle(15);
      const b = sampleArticle(16);
      const c = sampleArticle(17);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000015', [a])));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000015', [a, b])));
      const other = sampleEvent('evt_0000000000000016', [b], { summary: 'A trawler sank.' });
      await store.commit({ ...commitOf(c, sampleEvent('evt_0000000000000015', [a, c])), splitOff: { event: other, profile: PROFILE, keys: ['t:trawler'], articleIds: [b.id] } });
      assert.deepEqual((await store.articlesOfEvent('evt_0000000000000015')).map((x) => x.id).sort(), [a.id, c.id].sort());
      assert.deepEqual((await store.articlesOfEvent('evt_0000000000000016')).map((x) => x.id), [b.id]);
      assert.equal((await store.getArticle(b.id))?.eventId, 'evt_0000000000000016');
      assert.deepEqual((await store.searchEvents('trawler')).map((h) => h.item.id), ['evt_0000000000000016']);
      // A summary hit names the event the article is in now, not the one it first went to.
      assert.deepEqual((await store.searchArticleSummaries(b.headline!)).map((h) => JSON.parse(h.item) as ArticleSummary).find((item) => item.id === b.id)?.eventId, 'evt_0000000000000016');
      assert.deepEqual((await store.candidateEvents({ keys: ['t:trawler'], date: null, windowDays: 7, limit: 5 })).map((x) => x.eventId), ['evt_0000000000000016']);
      assert.deepEqual((await store.eventHistory('evt_0000000000000016')).map((c) => [c.kind, c.eventId, c.articles]), [['split-from', 'evt_0000000000000015', 1]]);
      await store.close();
    });

    it('should split an event with no new article: the kept event rewritten, the other written, the articles moved', async () => {
      const store = await open();
      const a = sampleArticle(18);
      const b = sampleArticle(19);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000018', [a])));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000018', [a, b])));
      const other = sampleEvent('evt_0000000000000019', [b], { summary: 'A ferry ran aground.' });
      await store.splitEvent({ event: sampleEvent('evt_0000000000000018', [a]), profile: PROFILE, keys: ['t:storm'], splitOff: { event: other, profile: PROFILE, keys: ['t:ferry'], articleIds: [b.id] } });
      assert.deepEqual((await store.articlesOfEvent('evt_0000000000000018')).map((x) => x.id), [a.id]);
      assert.deepEqual((await store.getEvent('evt_0000000000000018'))?.articles, [a.id]);
      assert.equal((await store.getArticle(b.id))?.eventId, 'evt_0000000000000019');
      assert.deepEqual((await store.eventMembers('evt_0000000000000019')).map((m) => m.id), [b.id]);
      assert.deepEqual((await store.searchEvents('ferry')).map((h) => h.item.id), ['evt_0000000000000019']);
      assert.deepEqual((await store.candidateEvents({ keys: ['t:ferry'], date: null, windowDays: 7, limit: 5 })).map((x) => x.eventId), ['evt_0000000000000019']);
      assert.equal((await store.counts()).events, 2);
      // Each side's history records the split, with the articles that moved.
      assert.deepEqual(await store.eventHistory('evt_0000000000000018'), [{ kind: 'split-off', eventId: 'evt_0000000000000019', at: other.updatedAt, articles: 1 }]);
      assert.deepEqual(await store.eventHistory('evt_0000000000000019'), [{ kind: 'split-from', eventId: 'evt_0000000000000018', at: other.updatedAt, articles: 1 }]);
      // An event that is not there cannot be split: nothing is written.
      await assert.rejects(store.splitEvent({ event: sampleEvent('evt_00000000000000aa', [a]), profile: PROFILE, keys: [], splitOff: { event: sampleEvent('evt_00000000000000ab', [b]), profile: PROFILE, keys: [], articleIds: [b.id] } }), /evt_00000000000000aa/);
      assert.equal((await store.getArticle(b.id))?.eventId, 'evt_0000000000000019');
      // Nor may a split write over another live event: the one there keeps its record and its articles.
      await assert.rejects(store.splitEvent({ event: sampleEvent('evt_0000000000000018', [a]), profile: PROFILE, keys: [], splitOff: { event: sampleEvent('evt_0000000000000019', [a]), profile: PROFILE, keys: [], articleIds: [a.id] } }), /already an event/);
      assert.deepEqual((await store.getEvent('evt_0000000000000019'))?.articles, [b.id]);
      assert.equal((await store.getArticle(a.id))?.eventId, 'evt_0000000000000018');
      await store.close();
    });

    it('should return a sample of the earliest and latest articles of a large event', async () => {
      const store = await open();
      const articles = Array.from({ length: 10 }, (_, i) => sampleArticle(100 + i, { publishedAt: `2025-04-${String(10 + i)}T00:00:00Z` }));
      for (const a of articles) await store.commit(commitOf(a, sampleEvent('evt_00000000000000ff', [a])));
      const sample = await store.articlesOfEvent('evt_00000000000000ff', { sample: 4 });
      assert.deepEqual(sample.map((a) => a.publishedAt!.slice(8, 10)), ['10', '11', '18', '19']);
      const days = async (n: number): Promise<string[]> => (await store.articlesOfEvent('evt_00000000000000ff', { sample: n })).map((a) => a.publishedAt!.slice(8, 10));
      // An event no larger than the sample: every article once, in order; one larger: the two ends.
      assert.deepEqual(await days(10), ['10', '11', '12', '13', '14', '15', '16', '17', '18', '19']);
      assert.deepEqual(await days(12), await days(10));
      assert.deepEqual(await days(9), ['10', '11', '12', '13', '14', '16', '17', '18', '19']);
      const page = await store.eventPage('evt_00000000000000ff', 3);
      assert.deepEqual(page!.articles.map((a) => a.id), [articles[0]!.id, articles[1]!.id, articles[9]!.id]);
      await store.close();
    });

    it('should search events and articles by words, safely for any query text', async () => {
      const store = await open();
      const a = sampleArticle(7);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000007', [a])));
      assert.equal((await store.searchEvents('IT workers'))[0]?.item.id, 'evt_0000000000000007');
      assert.equal((await store.searchEvents('Aoife'))[0]?.item.id, 'evt_0000000000000007');
      assert.equal((await store.searchArticles('berth'))[0]?.item.id, a.id);
      const snippet = (await store.searchArticles('berth'))[0]!.snippet;
      assert.ok(snippet.highlights.length > 0, 'the matched word is marked');
      assert.ok(snippet.highlights.every(([from, to]) => /^berth/i.test(snippet.text.slice(from, to))), snippet.text);
      assert.deepEqual(await store.searchEvents('zebra'), []);
      for (const odd of ['"', 'AND OR NOT', '(*', "'; DROP TABLE events; --", 'NEAR(']) await store.searchEvents(odd);
      await store.close();
    });

    it('should find a model named with a hyphen and a number ("Taebaek-7") as written or spaced, and not another number of it', async () => {
      const store = await open();
      const a = sampleArticle(21, { body: 'The navy tested a Taebaek-7 rocket off the coast.' });
      const b = sampleArticle(22, { body: 'An older Taebaek-3 rocket failed in May.' });
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000021', [a], { facts: [{ text: 'The navy tested a Taebaek-7 rocket off the coast.', sources: [a.id], corroboration: 1 }] })));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000022', [b], { facts: [{ text: 'An older Taebaek-3 rocket failed in May.', sources: [b.id], corroboration: 1 }] })));
      assert.deepEqual((await store.searchEvents('Taebaek-7')).map((h) => h.item.id), ['evt_0000000000000021']);
      assert.deepEqual((await store.searchEvents('taebaek 7')).map((h) => h.item.id), ['evt_0000000000000021']);
      assert.deepEqual((await store.searchArticles('Taebaek-7')).map((h) => h.item.id), [a.id]);
      await store.close();
    });

    it("should find an event by an analyst's word for what its text calls otherwise (search-synonyms.ts)", async () => {
      const store = await open();
      const a = sampleArticle(21);
      const b = sampleArticle(22);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000021', [a], { title: 'Undersea link to Saaremaa fails', summary: 'The undersea cable to the island tripped and homes went dark.' })));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000022', [b], { title: 'Blackout in Kolberg', summary: 'A blackout left the old town without power overnight.' })));
      assert.deepEqual((await store.searchEvents('subsea cable')).map((h) => h.item.id), ['evt_0000000000000021']);
      assert.deepEqual((await store.searchEvents('power outage')).map((h) => h.item.id), ['evt_0000000000000022']);
      assert.deepEqual((await store.queryEvents({ text: 'power cuts Kolberg' })).map((e) => e.id), ['evt_0000000000000022']);
      await store.close();
    });

    it("should rank the event whose own act a word names over one whose lead recalls it in background (search-lead.ts)", async () => {
      const store = await open();
      const a = sampleArticle(21);
      const b = sampleArticle(22);
      const talks = 'Grid regulators met in Vaasa on Thursday for crisis talks on protecting transformers, after Monday\'s blackout in Kolberg and last week\'s storm damage.';
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000021', [a], { title: 'Regulators hold crisis talks in Vaasa', summary: talks, facts: [{ text: talks, sources: [a.id], corroboration: 1 }] })));
      const cut = 'A transformer fire in Kolberg cut power to 30,000 homes on Monday, the operator said. Crews worked through the night to restore supply to the old town and the harbour.';
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000022', [b], { title: 'Transformer fire leaves Kolberg homes without power', summary: cut, facts: [{ text: cut, sources: [b.id], corroboration: 1 }, { text: 'The blackout lasted eleven hours.', sources: [b.id], corroboration: 1 }] })));
      assert.deepEqual((await store.searchEvents('blackout')).map((h) => h.item.id), ['evt_0000000000000022', 'evt_0000000000000021']);
      assert.deepEqual((await store.queryEvents({ text: 'blackout' })).map((e) => e.id), ['evt_0000000000000022', 'evt_0000000000000021']);
      await store.close();
    });

    it('should find no internet blackout for a power cut, and both for a typed blackout (search-synonyms.ts)', async () => {
      const store = await open();
      const a = sampleArticle(21);
      const b = sampleArticle(22);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000021', [a], { title: 'Mobile data cut in Varnia', summary: 'An internet blackout cut mobile data across the province before the vote.' })));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000022', [b], { title: 'Kolberg goes dark', summary: 'A blackout after a grid fault left the old town dark overnight.' })));
      assert.deepEqual((await store.searchEvents('power cut')).map((h) => h.item.id), ['evt_0000000000000022']);
      assert.deepEqual((await store.searchEvents('power outage')).map((h) => h.item.id), ['evt_0000000000000022']);
      assert.deepEqual((await store.searchEvents('blackout')).map((h) => h.item.id).sort(), ['evt_0000000000000021', 'evt_0000000000000022']);
      await store.close();
    });

    it('should give search hits as summaries: the same hits, scores and snippets as the whole records', async () => {
      const store = await open();
      const a = sampleArticle(9);
      const event = sampleEvent('evt_0000000000000009', [a]);
      await store.commit(commitOf(a, event));
      const [whole] = await store.searchEvents('cranes');
      const [summary] = await store.searchEventSummaries('cranes');
      assert.deepEqual({ ...summary!, item: JSON.parse(summary!.item) as unknown }, { ...whole!, item: summarizeEvent(whole!.item) });
      const [article] = await store.searchArticles('berth');
      const [brief] = await store.searchArticleSummaries('berth');
      const briefItem = JSON.parse(brief!.item) as ArticleSummary;
      assert.deepEqual({ ...brief!, item: briefItem }, { ...article!, item: summarizeArticle(article!.item) });
      assert.equal(briefItem.eventId, 'evt_0000000000000009');
      assert.deepEqual(await store.searchArticleSummaries('zebra'), []);
      assert.deepEqual(await store.searchEventSummaries('"'), []);
      await store.close();
    });

    it('should search an event by its latest text only, and a merged event not at all', async () => {
      const store = await open();
      const a = sampleArticle(11);
      const b = sampleArticle(12);
      const c = sampleArticle(13);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000011', [a], { summary: 'A gantry tipped over.' })));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000012', [b], { summary: 'A forklift overturned.' })));
      await store.commit(commitOf(c, sampleEvent('evt_0000000000000011', [a, b, c], { summary: 'A gantry tipped over onto a trawler.' }), ['evt_0000000000000012']));
      assert.deepEqual((await store.searchEvents('gantry')).map((h) => h.item.id), ['evt_0000000000000011']);
      assert.deepEqual((await store.searchEvents('trawler')).map((h) => h.item.id), ['evt_0000000000000011']);
      assert.deepEqual(await store.searchEvents('forklift'), []);
      await store.close();
    });

    it('should answer searches the same after maintenance, and do it only when enough was written or it is told to', async () => {
      const store = await open();
      // Committed one by one, so the search indexes are written in many pieces.
      for (let n = 20; n < 60; n++) {
        const a = sampleArticle(n, { body: `Crane number ${n} collapsed at the harbour. ${n % 2 ? 'A trawler' : 'A ferry'} was moored at berth ${n}.` });
        await store.commit(commitOf(a, sampleEvent(`evt_00000000000000${n}`, [a], { summary: `Crane ${n} fell${n % 3 ? ' onto a trawler' : ''}.` })));
      }
      const searches = async (): Promise<unknown[]> => [await store.searchEvents('trawler'), await store.searchArticles('ferry berth'), await store.searchEventSummaries('crane harbour', { limit: 5, offset: 3 })];
      const before = await searches();
      assert.deepEqual({ ...(await store.maintain()), ms: 0 }, { searchIndexMerged: false, more: false, ms: 0 }, 'forty articles are too few to merge for');
      const mark = await store.changeMark();
      const forced = await store.maintain({ force: true });
      assert.equal(forced.searchIndexMerged, true);
      assert.equal(forced.more, false);
      assert.ok(forced.ms >= 0);
      assert.deepEqual(await searches(), before);
      assert.notEqual(await store.changeMark(), mark, 'a merge is a change: answers cached under the old mark are dropped');
      assert.equal((await store.maintain()).searchIndexMerged, false, 'nothing written since the merge');
      // Enough written since: merged a step at a time until nothing is left, the searches the same throughout.
      for (let n = 100; n < 330; n++) {
        const a = sampleArticle(n, { body: `Crane number ${n} collapsed at the harbour. ${n % 2 ? 'A trawler' : 'A ferry'} was moored at berth ${n}.` });
        await store.commit(commitOf(a, sampleEvent(`evt_0000000000000${n}`, [a], { summary: `Crane ${n} fell${n % 3 ? ' onto a trawler' : ''}.` })));
      }
      const grown = await searches();
      let steps = 0;
      for (let step = await store.maintain(); ; step = await store.maintain()) {
        steps++;
        assert.deepEqual(await searches(), grown, `after step ${steps}`);
        if (!step.more) {
          assert.equal(step.searchIndexMerged, true);
          break;
        }
        assert.ok(steps < 1000, 'the merge ends');
      }
      assert.equal((await store.maintain()).searchIndexMerged, false, 'nothing written since the merge');
      await store.close();
      assert.equal((await store.maintain()).more, false, 'a closed store has nothing to do');
    });

    it('should list events by date and articles in arrival order, with paging', async () => {
      const store = await open();
      const a = sampleArticle(8);
      const b = sampleArticle(9);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000008', [a], { date: '2025-01-01' })));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000009', [b], { date: '2025-02-01' })));
      assert.deepEqual((await store.listEvents()).map((e) => e.id), ['evt_0000000000000009', 'evt_0000000000000008']);
      assert.deepEqual((await store.listEvents({ limit: 1, offset: 1 })).map((e) => e.id), ['evt_0000000000000008']);
      assert.deepEqual((await store.listArticles()).map((x) => x.id), [a.id, b.id]);
      assert.deepEqual((await store.listArticles({ afterId: a.id })).map((x) => x.id), [b.id]);
      assert.deepEqual(await store.listArticles({ afterId: b.id }), []);
      assert.deepEqual(await store.listArticles({ afterId: 'art_ffffffffffffffff' }), []);
      assert.deepEqual((await store.eventsByDatePrefix('2025-02', 10)).map((e) => e.id), ['evt_0000000000000009']);
      const headlines = await store.eventsByDatePrefix('2025', 10);
      assert.deepEqual(headlines.map((e) => e.id), ['evt_0000000000000009', 'evt_0000000000000008']);
      assert.equal(headlines[0]!.title, b.headline);
      assert.deepEqual(await store.eventsByDatePrefix('2025-02-02', 10), []);
      assert.deepEqual(await store.eventsByDatePrefix('2025-0_', 10), []);
      await store.close();
    });

    it('should find events by their unlinked mentions of earlier events, and rewrite one when its mention is linked', async () => {
      const store = await open();
      const a = sampleArticle(70);
      const mention = { description: 'the crane collapse at the harbour', date: '2025-02', sources: [a.id] };
      const waiting = sampleEvent('evt_0000000000000070', [a], { date: '2025-03-12', related: [mention] });
      await store.commit(commitOf(a, waiting));
      // Keys are a date prefix and a word of the description, as consolidate/earlier-links.ts writes them.
      assert.deepEqual((await store.eventsAwaitingEarlier(['2025-02 crane', '2025-02 unrelated'], 10)).map((e) => e.id), [waiting.id]);
      assert.deepEqual(await store.eventsAwaitingEarlier(['2025-01 crane', '2025-02 ferry'], 10), []);
      const b = sampleArticle(71);
      const earlier = sampleEvent('evt_0000000000000071', [b], { date: '2025-02-20' });
      const linked = { ...waiting, related: [{ ...mention, eventId: earlier.id }], updatedAt: '2025-03-13T00:00:00Z' };
      await store.commit({ ...commitOf(b, earlier), relinked: [linked] });
      const stored = await store.getEvent(waiting.id);
      assert.equal(stored?.related[0]?.eventId, earlier.id);
      assert.equal(stored?.updatedAt, '2025-03-13T00:00:00Z');
      assert.deepEqual(await store.eventsAwaitingEarlier(['2025-02 crane'], 10), [], 'a linked mention waits no more');
      // Past the limit, those sharing the most keys come first, then the newest, not the first stored.
      const c = sampleArticle(72);
      const d = sampleArticle(73);
      const e = sampleArticle(74);
      await store.commit(commitOf(c, sampleEvent('evt_0000000000000072', [c], { date: '2025-04-01', related: [{ description: 'the dock fire', date: '2025', sources: [c.id] }] })));
      await store.commit(commitOf(d, sampleEvent('evt_0000000000000073', [d], { date: '2025-05-01', related: [{ description: 'the dock fire', date: '2025', sources: [d.id] }] })));
      await store.commit(commitOf(e, sampleEvent('evt_0000000000000074', [e], { date: '2025-04-15', related: [{ description: 'the fire at the grain silo', date: '2025', sources: [e.id] }] })));
      assert.deepEqual((await store.eventsAwaitingEarlier(['2025 fire', '2025 grain', '2025 silo'], 1)).map((x) => x.id), ['evt_0000000000000074']);
      assert.deepEqual((await store.eventsAwaitingEarlier(['2025 fire'], 2)).map((x) => x.id), ['evt_0000000000000073', 'evt_0000000000000074']);
      // An event rewritten for its links keeps its articles, search row and candidate keys.
      assert.deepEqual((await store.articlesOfEvent(waiting.id)).map((x) => x.id), [a.id]);
      assert.deepEqual((await store.searchEvents(a.headline!)).map((h) => h.item.id), [waiting.id]);
      await store.close();
    });

    it('should read only the latest waiting events of a key that many wait on', async () => {
      const store = await open();
      for (let n = 0; n < AWAITING_PER_KEY + 2; n++) {
        const w = sampleArticle(2000 + n);
        const related = [{ description: 'the quarry blast', date: '2024', sources: [w.id] }];
        await store.commit(commitOf(w, sampleEvent(`evt_2${String(n).padStart(15, '0')}`, [w], { date: shiftDays('2025-06-01', n), related })));
      }
      const blast = await store.eventsAwaitingEarlier(['2024 quarry'], 1000);
      assert.equal(blast.length, AWAITING_PER_KEY);
      assert.equal(blast[0]?.date, shiftDays('2025-06-01', AWAITING_PER_KEY + 1), 'the newest first');
      assert.equal(blast.at(-1)?.date, shiftDays('2025-06-01', 2), 'the two earliest are left');
      await store.close();
    });

    it('should change its mark with every commit, and keep it while nothing is written', async () => {
      const store = await open();
      const before = await store.changeMark();
      assert.equal(await store.changeMark(), before);
      await store.listEvents();
      assert.equal(await store.changeMark(), before, 'reads leave the mark alone');
      const a = sampleArticle(60);
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000060', [a])));
      assert.notEqual(await store.changeMark(), before);
      await store.close();
    });

    it('should keep the passages an event was written with, until it is written again', async () => {
      const store = await open();
      const a = sampleArticle(70);
      const b = sampleArticle(71);
      const passages = [
        { articleId: a.id, start: 0, end: 36, group: 0 },
        { articleId: b.id, start: 0, end: 36, group: 0 },
      ];
      await store.commit({ ...commitOf(a, sampleEvent('evt_0000000000000070', [a])), passages: [] });
      assert.deepEqual(await store.eventPassages('evt_0000000000000070'), []);
      await store.commit({ ...commitOf(b, sampleEvent('evt_0000000000000070', [a, b])), passages });
      assert.deepEqual(await store.eventPassages('evt_0000000000000070'), passages);
      // The page's parts: the stored record, and the articles as the API shows them.
      const page = await store.eventPage('evt_0000000000000070', 24);
      assert.ok(page);
      assert.deepEqual(JSON.parse(page.event), await store.getEvent('evt_0000000000000070'));
      const { sentences: _sentences, ...shown } = (await store.getArticle(b.id))!;
      assert.deepEqual(page.articles.map((x) => x.id), [a.id, b.id]);
      assert.deepEqual(JSON.parse(page.articles[1]!.json), shown);
      assert.deepEqual(page.passages, passages);
      assert.equal(await store.eventPage('evt_00000000000000ee', 24), null);
      // Written without passages (as by an older pipeline), the event has none kept: its page groups them.
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000070', [a, b])));
      assert.equal(await store.eventPassages('evt_0000000000000070'), null);
      assert.equal(await store.eventPassages('evt_00000000000000ee'), null);
      await store.close();
    });

    it('should page every order by position (keyset) through ties and undated events, as one full read gives', async () => {
      const store = await open();
      const dates = ['2025-03-01', null, '2025-03-01', '2025-01-10', null, '2025-03-01', '2024-12-31'];
      for (const [i, date] of dates.entries()) {
        const articles = Array.from({ length: 1 + (i % 3) }, (_, k) => sampleArticle(40 + i * 3 + k));
        const id = `evt_00000000000000${(40 + i).toString(16)}`;
        for (const a of articles) await store.commit(commitOf(a, sampleEvent(id, articles, { date, outlets: 1 + (i % 2), updatedAt: `2026-01-0${1 + (i % 4)}T00:00:00.000Z` })));
      }
      for (const sort of ['date-desc', 'date-asc', 'updated', 'sources'] as const satisfies readonly Exclude<EventSort, 'relevance'>[]) {
        const whole = (await store.queryEvents({ sort })).map((e) => e.id);
        assert.equal(whole.length, dates.length);
        for (const size of [1, 2, 3]) {
          const paged: string[] = [];
          let page = await store.queryEvents({ sort, limit: size });
          while (page.length > 0) {
            paged.push(...page.map((e) => e.id));
            page = await store.queryEvents({ sort, limit: size, after: eventPosition(page[page.length - 1]!, sort) });
          }
          assert.deepEqual(paged, whole, `${sort}, pages of ${size}`);
        }
      }
      // A filter value on most events (every event here names an Irish participant) walks the order instead.
      const irish = (await store.queryEvents({ sort: 'date-desc', country: 'IE' })).map((e) => e.id);
      assert.equal(irish.length, dates.length);
      assert.deepEqual((await store.queryEvents({ sort: 'date-desc', country: 'IE', limit: 1 })).map((e) => e.id), irish.slice(0, 1));
      const byDate = await store.queryEvents({ sort: 'date-desc' });
      assert.deepEqual(byDate.map((e) => e.date), ['2025-03-01', '2025-03-01', '2025-03-01', '2025-01-10', '2024-12-31', null, null]);
      // Filtered, the same order and the same keyset pages (a backend may read them through the tag).
      assert.deepEqual(irish, byDate.map((e) => e.id));
      const pagedIrish: string[] = [];
      for (let page = await store.queryEvents({ sort: 'date-desc', country: 'IE', limit: 2 }); page.length > 0; ) {
        pagedIrish.push(...page.map((e) => e.id));
        page = await store.queryEvents({ sort: 'date-desc', country: 'IE', limit: 2, after: eventPosition(page[page.length - 1]!, 'date-desc') });
      }
      assert.deepEqual(pagedIrish, irish);
      assert.deepEqual((await store.queryEvents({ country: 'IE', from: '2025-01-01', to: '2025-02-01' })).map((e) => e.date), ['2025-01-10']);
      // An event given a new date moves in the filtered feed as in the whole one.
      const first = sampleArticle(40);
      await store.commit(commitOf(first, sampleEvent(byDate[0]!.id, [first], { date: '2020-05-05' })));
      assert.deepEqual((await store.queryEvents({ sort: 'date-desc', country: 'IE' })).map((e) => e.date), ['2025-03-01', '2025-03-01', '2025-01-10', '2024-12-31', '2020-05-05', null, null]);
      const bySources = await store.queryEvents({ sort: 'sources' });
      assert.ok(bySources.every((e, i) => i === 0 || e.outlets <= bySources[i - 1]!.outlets), 'most outlets first');
      await store.close();
    });

    it('should find a Spanish or Portuguese name of two family names by either one, and an English name not by its middle name', async () => {
      const store = await open();
      const a = sampleArticle(60);
      const b = sampleArticle(61);
      // No country of the person's own: the event's place (Lima) tells a name of two family names.
      const berrocal = { name: 'Tomás Berrocal Quintero', aliases: [], role: 'trade minister', organization: null, country: null, sources: [a.id] };
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000060', [a], { location: { name: 'Lima', country: 'PE', lat: null, lon: null }, participants: [berrocal] })));
      const page = { name: 'Wendell Harlan Brooks', aliases: [], role: 'mayor', organization: null, country: 'IE', sources: [b.id] };
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000061', [b], { participants: [page] })));
      const ids = async (entity: string): Promise<string[]> => (await store.queryEvents({ entity })).map((e) => e.id);
      assert.deepEqual(await ids('Berrocal'), ['evt_0000000000000060']);
      assert.deepEqual(await ids('Quintero'), ['evt_0000000000000060']);
      assert.deepEqual(await ids('Tomas Berrocal'), ['evt_0000000000000060']);
      assert.deepEqual(await ids('Brooks'), ['evt_0000000000000061']);
      assert.deepEqual(await ids('Harlan'), []);
      await store.close();
    });

    it('should filter, sort and page events, and count them by country, month and theme', async () => {
      const store = await open();
      const a = sampleArticle(10);
      const b = sampleArticle(11);
      const vulnerabilities = [{ cve: 'CVE-2025-0042', sources: [a.id], corroboration: 1 }];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000010', [a], { date: '2025-01-05', themes: ['cyber'], vulnerabilities })));
      const other = { name: 'Kenji Sato', aliases: ['Sato Kenji'], role: 'minister', organization: null, country: 'JP', sources: [b.id] };
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000011', [b], { date: '2025-02-05', location: { name: 'Tokyo', country: 'JP', lat: null, lon: null }, participants: [other] })));
      const ids = async (q: Parameters<Store['queryEvents']>[0]): Promise<string[]> => (await store.queryEvents(q)).map((e) => e.id);
      assert.deepEqual(await ids({}), ['evt_0000000000000011', 'evt_0000000000000010']);
      assert.deepEqual(await ids({ sort: 'date-asc' }), ['evt_0000000000000010', 'evt_0000000000000011']);
      assert.deepEqual(await ids({ country: 'JP' }), ['evt_0000000000000011']);
      assert.deepEqual(await ids({ entity: 'sato kenji' }), ['evt_0000000000000011']);
      // Any order and any joining of a name's words, with no alias to help: "brennan aoife", "Aoife-Brennan".
      assert.deepEqual(await ids({ entity: 'brennan aoife' }), ['evt_0000000000000010']);
      assert.deepEqual(await ids({ entity: 'Aoife-Brennan' }), ['evt_0000000000000010']);
      // A surname alone finds its person (an analyst types "Brennan"); a given name alone does not.
      assert.deepEqual(await ids({ entity: 'Brennan' }), ['evt_0000000000000010']);
      assert.deepEqual(await ids({ entity: 'aoife' }), []);
      // Accents folded either way: a name typed without them finds it as written, and the reverse.
      assert.deepEqual(await ids({ entity: 'Sáto Kënji' }), ['evt_0000000000000011']);
      assert.deepEqual(await ids({ theme: 'cyber' }), ['evt_0000000000000010']);
      assert.deepEqual(await ids({ cve: 'CVE-2025-0042' }), ['evt_0000000000000010']);
      assert.deepEqual(await ids({ cve: 'CVE-2025-0042', country: 'JP' }), []);
      assert.deepEqual(await ids({ cve: 'CVE-2025-0043' }), []);
      assert.deepEqual(await ids({ from: '2025-02-01', to: '2025-02-28' }), ['evt_0000000000000011']);
      assert.deepEqual(await ids({ text: 'Aoife', country: 'IE' }), ['evt_0000000000000010']);
      assert.deepEqual(await ids({ text: '"(*' }), []);
      assert.deepEqual(await ids({ limit: 1, offset: 1 }), ['evt_0000000000000010']);
      assert.deepEqual((await store.queryEventSummaries({ sort: 'date-asc' })).map((text) => JSON.parse(text) as unknown), (await store.queryEvents({ sort: 'date-asc' })).map(summarizeEvent));
      const facets = await store.eventFacets();
      assert.deepEqual(facets.countries, { IE: 1, JP: 1 });
      assert.deepEqual(facets.months, { '2025-01': 1, '2025-02': 1 });
      assert.equal(facets.themes.cyber, 1);
      assert.deepEqual(await store.entityNames('person'), [
        { name: 'Aoife Brennan', events: 1 },
        { name: 'Kenji Sato', events: 1 },
      ]);
      assert.deepEqual((await store.entityNames('place')).map((p) => p.name).sort(), ['Dublin', 'Tokyo']);
      assert.deepEqual((await store.queryEvents({ place: 'Tokyo' })).map((e) => e.id), ['evt_0000000000000011']);
      await store.close();
    });

    it('should tell organisations of one name apart by their people\'s country', async () => {
      const store = await open();
      const [a, b, c] = [sampleArticle(21), sampleArticle(22), sampleArticle(23)];
      const official = (name: string, country: string | null, id: string) => ({ name, aliases: [], role: 'spokesperson', organization: 'Ministry of Foreign Affairs', country, sources: [id] });
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000021', [a], { participants: [official('Lim Soo-jin', 'KR', a.id)] })));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000022', [b], { participants: [official('Haruka Mori', 'JP', b.id)] })));
      await store.commit(commitOf(c, sampleEvent('evt_0000000000000023', [c], { participants: [official('Sam Doe', null, c.id)] })));
      assert.deepEqual(
        (await store.entityNames('organization')).map((o) => [o.name, o.country ?? null]).sort(),
        [['Ministry of Foreign Affairs', 'JP'], ['Ministry of Foreign Affairs', 'KR'], ['Ministry of Foreign Affairs', null]].sort(),
      );
      const of = async (country: string | null): Promise<string[]> => (await store.queryEvents({ organization: { name: 'Ministry of Foreign Affairs', country } })).map((e) => e.id);
      assert.deepEqual(await of('KR'), ['evt_0000000000000021']);
      assert.deepEqual(await of('JP'), ['evt_0000000000000022']);
      assert.deepEqual(await of(null), ['evt_0000000000000023']);
      const listed = [{ name: 'Ministry of Foreign Affairs', country: 'KR' }, { name: 'Ministry of Foreign Affairs' }, { name: 'Ministry of Foreign Affairs', country: 'JP' }];
      assert.deepEqual(await store.entityEventIds('organization', listed), [['evt_0000000000000021'], ['evt_0000000000000023'], ['evt_0000000000000022']]);
      await store.close();
    });

    it('should find a person by the name as the entity list counts it, and not a body of that name', async () => {
      const store = await open();
      const [a, b] = [sampleArticle(31), sampleArticle(32)];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000031', [a], { participants: [{ name: 'Jordan Hale', aliases: ['J. Hale'], role: 'partner', organization: null, country: null, sources: [a.id] }] })));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000032', [b], { participants: [], organizations: [{ name: 'Jordan Hale', aliases: [], country: null, sources: [b.id], corroboration: 1 }] })));
      const ids = async (query: Parameters<Store['queryEvents']>[0]): Promise<string[]> => (await store.queryEvents({ ...query, sort: 'date-asc' })).map((e) => e.id);
      assert.deepEqual(await ids({ person: 'Jordan Hale' }), ['evt_0000000000000031']);
      assert.deepEqual(await ids({ person: 'J. Hale' }), []);
      assert.deepEqual(await ids({ entity: 'Jordan Hale' }), ['evt_0000000000000031', 'evt_0000000000000032']);
      assert.deepEqual((await store.queryEventSummaries({ person: 'Jordan Hale' })).length, 1);
      // An empty name is nobody's: it lists no event, where skipping the filter would list them all.
      assert.deepEqual(await ids({ person: '' }), []);
      assert.deepEqual(await ids({ place: '' }), []);
      assert.deepEqual(await ids({ organization: { name: '', country: null } }), []);
      assert.deepEqual(await store.queryEventSummaries({ person: '' }), []);
      // The events each listed name is counted in, read together: a person's and a body's apart.
      assert.deepEqual(await store.entityEventIds('person', [{ name: 'Jordan Hale' }, { name: 'J. Hale' }]), [['evt_0000000000000031'], []]);
      assert.deepEqual(await store.entityEventIds('organization', [{ name: 'Jordan Hale' }]), [['evt_0000000000000032']]);
      assert.deepEqual(await store.entityEventIds('organization', []), []);
      await store.close();
    });

    it('should find a name written with accents by the name typed without them', async () => {
      const store = await open();
      const a = sampleArticle(26);
      const participants = [{ name: 'Joël Dubé', aliases: [], role: 'mayor', organization: null, country: 'CA', sources: [a.id] }];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000026', [a], { participants })));
      const ids = async (entity: string): Promise<string[]> => (await store.queryEvents({ entity })).map((e) => e.id);
      assert.deepEqual(await ids('Joel Dube'), ['evt_0000000000000026']);
      assert.deepEqual(await ids('dube joël'), ['evt_0000000000000026']);
      assert.deepEqual(await ids('Joël Dubé'), ['evt_0000000000000026']);
      assert.deepEqual(await store.entityNames('person'), [{ name: 'Joël Dubé', events: 1 }]);
      await store.close();
    });

    it('should find a Russian name by another romanisation, and not a woman of a like name by a man\'s', async () => {
      const store = await open();
      const a = sampleArticle(27);
      const participants = [
        { name: 'Dmitri Orlov', aliases: [], role: 'leader', organization: null, country: 'RU', sources: [a.id] },
        { name: 'Ivana Petrova', aliases: [], role: null, organization: null, country: 'RU', sources: [a.id] },
      ];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000027', [a], { participants })));
      const ids = async (entity: string): Promise<string[]> => (await store.queryEvents({ entity })).map((e) => e.id);
      assert.deepEqual(await ids('Dmitry Orlov'), ['evt_0000000000000027']);
      assert.deepEqual(await ids('Dmitriy Orlov'), ['evt_0000000000000027']);
      assert.deepEqual(await ids('Dmitri Orlov'), ['evt_0000000000000027']);
      assert.deepEqual(await ids('Ivan Petrov'), []);
      await store.close();
    });

    it("should find a name a spelling table holds by its other spellings, in the feed's date order and with other filters", async () => {
      const store = await open();
      const [a, b] = [sampleArticle(28), sampleArticle(29)];
      const omer = [{ name: 'Nizar Omer', aliases: [], role: 'mayor', organization: null, country: 'IQ', sources: [a.id] }];
      const yevgeny = [{ name: 'Yevgeny Markin', aliases: [], role: 'reporter', organization: null, country: 'RU', sources: [b.id] }];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000028', [a], { participants: omer })));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000029', [b], { participants: yevgeny })));
      const ids = async (entity: string, country?: string): Promise<string[]> => (await store.queryEvents({ entity, ...(country ? { country } : {}) })).map((e) => e.id);
      assert.deepEqual(await ids('Nizar Omar'), ['evt_0000000000000028']);
      assert.deepEqual(await ids('Nizar Umar'), ['evt_0000000000000028']);
      assert.deepEqual(await ids('Nizar Omer'), ['evt_0000000000000028']);
      assert.deepEqual(await ids('Nizar Omar', 'RU'), []);
      assert.deepEqual(await ids('Evgenii Markin'), ['evt_0000000000000029']);
      assert.deepEqual(await ids('Yevgeny Markin', 'RU'), ['evt_0000000000000029']);
      // Only a table's words: another given name is another person.
      assert.deepEqual(await ids('Nadia Omer'), []);
      await store.close();
    });

    it('should find no event by an entity name with no words in it', async () => {
      const store = await open();
      const a = sampleArticle(25);
      const organizations = [{ name: 'Korean Central News Agency', aliases: ['KCNA'], country: 'KP', sources: [a.id], corroboration: 1 }];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000025', [a], { organizations })));
      assert.deepEqual(await store.queryEvents({ entity: '-' }), []);
      assert.deepEqual(await store.queryEvents({ entity: ' ' }), []);
      await store.close();
    });

    it("should find a state body by its name without the country before it, and not by a role's word", async () => {
      const store = await open();
      const [a, b] = [sampleArticle(26), sampleArticle(27)];
      const organizations = [{ name: 'US Treasury Department', aliases: [], country: 'US', sources: [a.id], corroboration: 1 }];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000026', [a], { organizations })));
      const secretary = { name: 'Jane Doe', aliases: [], role: 'Treasury Secretary', organization: null, country: null, sources: [b.id] };
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000027', [b], { participants: [secretary] })));
      const ids = async (entity: string): Promise<string[]> => (await store.queryEvents({ entity })).map((e) => e.id);
      assert.deepEqual(await ids('Treasury'), ['evt_0000000000000026']);
      assert.deepEqual(await ids('treasury department'), ['evt_0000000000000026']);
      assert.deepEqual(await ids('Jane Doe'), ['evt_0000000000000027']);
      await store.close();
    });

    it("should not find a US state's body or one country's portfolio by a name without the country", async () => {
      const store = await open();
      const [a, b] = [sampleArticle(75), sampleArticle(76)];
      const body = (name: string, country: string, id: string) => ({ name, aliases: [], country, sources: [id], corroboration: 1 });
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000075', [a], { organizations: [body('Georgia Bureau of Investigation', 'US', a.id)] })));
      await store.commit(commitOf(b, sampleEvent('evt_0000000000000076', [b], { organizations: [body('Russian Foreign Ministry', 'RU', b.id)] })));
      const ids = async (entity: string): Promise<string[]> => (await store.queryEvents({ entity })).map((e) => e.id);
      assert.deepEqual(await ids('Bureau of Investigation'), []);
      assert.deepEqual(await ids('Foreign Ministry'), []);
      assert.deepEqual(await ids('Georgia Bureau of Investigation'), ['evt_0000000000000075']);
      assert.deepEqual(await ids('russian foreign ministry'), ['evt_0000000000000076']);
      await store.close();
    });

    it('should find an event by a body its reports name, under its name or an alias, with no person of it quoted', async () => {
      const store = await open();
      const a = sampleArticle(24);
      const organizations = [{ name: 'Korean Central News Agency', aliases: ['KCNA'], country: 'KP', sources: [a.id], corroboration: 1 }];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000024', [a], { organizations })));
      const ids = async (query: Parameters<Store['queryEvents']>[0]): Promise<string[]> => (await store.queryEvents(query)).map((e) => e.id);
      assert.deepEqual(await ids({ entity: 'KCNA' }), ['evt_0000000000000024']);
      assert.deepEqual(await ids({ entity: 'korean central news agency' }), ['evt_0000000000000024']);
      // Its country word is part of its name: "Central News Agency" is another agency's (Taiwan's).
      assert.deepEqual(await ids({ entity: 'Central News Agency' }), []);
      assert.deepEqual(await ids({ organization: { name: 'Korean Central News Agency', country: 'KP' } }), ['evt_0000000000000024']);
      const listed = (await store.entityNames('organization')).find((o) => o.name === 'Korean Central News Agency');
      assert.deepEqual(listed, { name: 'Korean Central News Agency', events: 1, country: 'KP', aliases: ['KCNA'] });
      assert.deepEqual((await store.getEvent('evt_0000000000000024'))?.organizations, organizations);
      await store.close();
    });

    it('should find an event by any name its reports give a threat actor, and search it by one (review ux74a fault 7)', async () => {
      const store = await open();
      const a = sampleArticle(153);
      const threatActors = [{ name: 'Brinehold', aliases: ['Brine Hold', 'UNC9021'], country: null, sources: [a.id] }];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000153', [a], { threatActors })));
      const ids = async (entity: string): Promise<string[]> => (await store.queryEvents({ entity })).map((e) => e.id);
      assert.deepEqual(await ids('Brinehold'), ['evt_0000000000000153']);
      assert.deepEqual(await ids('brine hold'), ['evt_0000000000000153']);
      assert.deepEqual(await ids('UNC9021'), ['evt_0000000000000153']);
      // One word of an alias is no name of the actor.
      assert.deepEqual(await ids('Brine'), []);
      assert.deepEqual((await store.searchEvents('UNC9021')).map((h) => h.item.id), ['evt_0000000000000153']);
      await store.close();
    });

    it("should find an event by a body named only as a participant's, a firm by its name without its trade word, and by a body's country", async () => {
      const store = await open();
      const a = sampleArticle(25);
      const participants = [{ name: 'Greta Vaitkute', aliases: [], role: 'spokeswoman', organization: 'Elektra Tinklai', country: 'LT', sources: [a.id] }];
      const organizations = [{ name: 'Osprey Reef Shipping LLC', aliases: [], country: null, sources: [a.id], corroboration: 1 }, { name: 'Latvian Navy', aliases: [], country: 'LV', sources: [a.id], corroboration: 1 }];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000025', [a], { participants, organizations })));
      const ids = async (query: Parameters<Store['queryEvents']>[0]): Promise<string[]> => (await store.queryEvents(query)).map((e) => e.id);
      assert.deepEqual(await ids({ entity: 'Elektra Tinklai' }), ['evt_0000000000000025']);
      assert.deepEqual(await ids({ entity: 'Osprey Reef' }), ['evt_0000000000000025']);
      assert.deepEqual(await ids({ entity: 'Osprey Reef Shipping' }), ['evt_0000000000000025']);
      // A country's body puts the event under its country, as a participant's country does.
      assert.deepEqual(await ids({ country: 'LV' }), ['evt_0000000000000025']);
      await store.close();
    });

    it("should not put an event under the country of a body that only reacted to it, and still under a body's that took part", async () => {
      const store = await open();
      const a = sampleArticle(26);
      const organizations = [
        { name: 'Dutch Foreign Ministry', aliases: [], country: 'NL', sources: [a.id], corroboration: 1, reacted: true as const },
        { name: 'Maltese Navy', aliases: [], country: 'MT', sources: [a.id], corroboration: 1 },
      ];
      await store.commit(commitOf(a, sampleEvent('evt_0000000000000026', [a], { organizations })));
      const ids = async (country: string): Promise<string[]> => (await store.queryEvents({ country })).map((e) => e.id);
      assert.deepEqual(await ids('NL'), []);
      assert.deepEqual(await ids('MT'), ['evt_0000000000000026']);
      // The body is still listed and found by name.
      assert.deepEqual((await store.queryEvents({ entity: 'Dutch Foreign Ministry' })).map((e) => e.id), ['evt_0000000000000026']);
      await store.close();
    });

    describe('entityAny: any of an entry\'s names', () => {
      it('should find the events of each name, once each, and hold to the other filters', async () => {
        const store = await open();
        const a = [1, 2, 3].map((n) => sampleArticle(90 + n));
        const body = (article: Article, aliases: string[]): NonNullable<NewsEvent['organizations']> => [{ name: 'Lakes Water Board', aliases, country: null, sources: [article.id], corroboration: 1 }];
        await store.commit(commitOf(a[0]!, sampleEvent('evt_0000000000000091', [a[0]!], { organizations: body(a[0]!, ['LWB']) })));
        await store.commit(commitOf(a[1]!, sampleEvent('evt_0000000000000092', [a[1]!], { organizations: body(a[1]!, []) })));
        await store.commit(commitOf(a[2]!, sampleEvent('evt_0000000000000093', [a[2]!], { organizations: [], location: { name: 'Oslo', country: 'NO', lat: 59.91, lon: 10.75 } })));
        const ids = async (query: Parameters<Store['queryEvents']>[0]): Promise<string[]> => (await store.queryEvents({ ...query, sort: 'date-asc' })).map((e) => e.id).sort();
        assert.deepEqual(await ids({ entityAny: ['LWB', 'Lakes Water Board', 'board water lakes'] }), ['evt_0000000000000091', 'evt_0000000000000092']);
        assert.deepEqual(await ids({ entityAny: ['LWB'] }), ['evt_0000000000000091']);
        assert.deepEqual(await ids({ entityAny: ['LWB', 'Lakes Water Board'], country: 'NO' }), []);
        assert.deepEqual(await ids({ entityAny: ['-'] }), []);
        assert.equal((await store.queryEventSummaries({ entityAny: ['LWB', 'Lakes Water Board'] })).length, 2);
        await store.close();
      });
    });

    describe('a capitalised search word is a name, not a stem shared with a common word', () => {
      it('should find the name as written in events, articles, feeds and summaries', async () => {
        const store = await open();
        const texts = ['Mayor Ana Gates reopened the ferry pier on Friday.', 'This week the harbour gate stayed shut for repairs.', 'Traders in Thiès shut their stalls after the storm.'];
        const articles = texts.map((body, i) => sampleArticle(120 + i, { body, headline: `Harbour notes ${i}` }));
        const ids = articles.map((_, i) => `evt_00000000000001${20 + i}`);
        for (const [i, a] of articles.entries()) await store.commit(commitOf(a, sampleEvent(ids[i]!, [a], { summary: texts[i]!, title: `Harbour notes ${i}` })));
        const events = async (q: string): Promise<string[]> => (await store.searchEvents(q)).map((h) => h.item.id).sort();
        assert.deepEqual(await events('Thies'), [ids[2]]);
        assert.deepEqual((await store.searchArticles('Thies')).map((h) => h.item.id), [articles[2]!.id]);
        assert.deepEqual((await store.searchSummaries('Thies')).events.length, 1);
        assert.deepEqual((await store.queryEvents({ text: 'Thies' })).map((e) => e.id), [ids[2]]);
        // "Gates", mostly a surname in news text, is found as a name, not as "gate"; `gates` still stems.
        assert.deepEqual(await events('Gates'), [ids[0]]);
        assert.deepEqual((await store.searchArticles('Gates')).map((h) => h.item.id), [articles[0]!.id]);
        assert.deepEqual((await store.queryEvents({ text: 'Gates' })).map((e) => e.id), [ids[0]]);
        assert.deepEqual(await events('gates'), [ids[0], ids[1]]);
        const snippet = (await store.searchArticles('Thies'))[0]!.snippet;
        assert.ok(snippet.highlights.every(([from, to]) => snippet.text.slice(from, to) === 'Thiès'), snippet.text);
        await store.close();
      });
    });

    describe('a capitalised search word that is a stored person\'s name', () => {
      it('should find the name written with a capital, not the plural noun, and stem it in lower case', async () => {
        const store = await open();
        const texts = ['Mayor Ana Gates reopened the ferry pier on Friday.', 'Crowds waited at the gates of the prison all night.'];
        const articles = texts.map((body, i) => sampleArticle(140 + i, { body, headline: `Pier notes ${i}` }));
        const ids = articles.map((_, i) => `evt_00000000000001${40 + i}`);
        const gates = { name: 'Ana Gates', aliases: [], role: 'mayor', organization: null, country: 'IE', sources: [articles[0]!.id] };
        for (const [i, a] of articles.entries()) await store.commit(commitOf(a, sampleEvent(ids[i]!, [a], { summary: texts[i]!, title: `Pier notes ${i}`, ...(i === 0 ? { participants: [gates] } : {}) })));
        assert.deepEqual((await store.searchEvents('Gates')).map((h) => h.item.id), [ids[0]]);
        assert.deepEqual((await store.searchArticles('Gates')).map((h) => h.item.id), [articles[0]!.id]);
        const summaries = await store.searchSummaries('Gates');
        assert.deepEqual([summaries.events.length, summaries.articles.length], [1, 1]);
        assert.deepEqual((await store.queryEvents({ text: 'Gates' })).map((e) => e.id), [ids[0]]);
        assert.deepEqual((await store.searchEvents('gates')).map((h) => h.item.id).sort(), ids);
        await store.close();
      });

      it('should take an inflected common word ("Banks") as a name only once a person of that name is stored', async () => {
        const store = await open();
        const texts = ['The river burst its banks at the weir.', 'Singer Tyra Banks opened the quay festival.'];
        const articles = texts.map((body, i) => sampleArticle(150 + i, { body, headline: `Weir notes ${i}` }));
        const ids = articles.map((_, i) => `evt_00000000000001${50 + i}`);
        for (const [i, a] of articles.entries()) await store.commit(commitOf(a, sampleEvent(ids[i]!, [a], { summary: texts[i]!, title: `Weir notes ${i}` })));
        const banks = async (): Promise<string[]> => (await store.searchEvents('Banks')).map((h) => h.item.id).sort();
        assert.deepEqual(await banks(), ids);
        const c = sampleArticle(152, { body: 'Tyra Banks thanked the crews.', headline: 'Weir notes 2' });
        const person = { name: 'Tyra Banks', aliases: [], role: 'singer', organization: null, country: 'IE', sources: [c.id] };
        await store.commit(commitOf(c, sampleEvent('evt_0000000000000152', [c], { summary: 'Tyra Banks thanked the crews.', title: 'Weir notes 2', participants: [person] })));
        assert.deepEqual(await banks(), [ids[1]!, 'evt_0000000000000152']);
        await store.close();
      });
    });

    describe('a name search does not take a common word that begins with the name', () => {
      it('should find Carrie and Carrie\'s but not carried, carrier or carries', async () => {
        const store = await open();
        const texts = ['Crews carried sandbags to the levee as the carrier fleet waited.', "Carrie's bakery on the quay opened again.", 'The ferry carries fewer cars in winter, said Carrie Lund.'];
        const articles = texts.map((body, i) => sampleArticle(130 + i, { body, headline: `Quay notes ${i}` }));
        const ids = articles.map((_, i) => `evt_00000000000001${30 + i}`);
        for (const [i, a] of articles.entries()) await store.commit(commitOf(a, sampleEvent(ids[i]!, [a], { summary: texts[i]!, title: `Quay notes ${i}` })));
        assert.deepEqual((await store.searchEvents('Carrie')).map((h) => h.item.id).sort(), [ids[1], ids[2]]);
        assert.deepEqual((await store.searchArticles('Carrie')).map((h) => h.item.id).sort(), [articles[1]!.id, articles[2]!.id].sort());
        assert.deepEqual((await store.queryEvents({ text: 'Carrie' })).map((e) => e.id).sort(), [ids[1], ids[2]]);
        // Pages of a name search (its check runs over the ranked hits up to the page's last): the two hits, once each.
        const pages = [...(await store.searchArticles('Carrie', { limit: 1 })), ...(await store.searchArticles('Carrie', { limit: 1, offset: 1 }))];
        assert.deepEqual(pages.map((h) => h.item.id).sort(), [articles[1]!.id, articles[2]!.id].sort());
        assert.deepEqual(await store.searchArticles('Carrie', { limit: 1, offset: 2 }), []);
        // The event feed's text filter pages its name check the same way, in relevance and in date order.
        for (const sort of ['relevance', 'date-desc'] as const) {
          const feed = [...(await store.queryEvents({ text: 'Carrie', sort, limit: 1 })), ...(await store.queryEvents({ text: 'Carrie', sort, limit: 1, offset: 1 }))];
          assert.deepEqual(feed.map((e) => e.id).sort(), [ids[1], ids[2]], sort);
        }
        const page = await store.searchSummaries('Carrie', { limit: 1, offset: 1 });
        assert.equal(page.events.length, 1);
        assert.equal(page.articles.length, 1);
        await store.close();
      });
    });

    describe('near mentions kept waiting', () => {
      it('should find an event by the keys of a near mention it does not list, keep the mention through a read, and drop the keys once it is gone', async () => {
        const store = await open();
        const a = sampleArticle(95);
        const near = [{ description: 'Raid on the Tollgate depot', date: '2025-06-07' }];
        const waiting = sampleEvent('evt_0000000000000095', [a], { date: '2025-06-10', nearWaiting: near });
        await store.commit(commitOf(a, waiting));
        assert.deepEqual((await store.eventsAwaitingEarlier(['2025-06-07 tollgate'], 10)).map((e) => e.id), [waiting.id]);
        assert.deepEqual((await store.getEvent(waiting.id))?.nearWaiting, near);
        const b = sampleArticle(96);
        const earlier = sampleEvent('evt_0000000000000096', [b], { date: '2025-06-07' });
        const { nearWaiting: _gone, ...rest } = waiting;
        const linked = { ...rest, related: [{ ...near[0]!, sources: [a.id], eventId: earlier.id }], updatedAt: '2025-06-11T00:00:00Z' };
        await store.commit({ ...commitOf(b, earlier), relinked: [linked] });
        assert.equal((await store.getEvent(waiting.id))?.nearWaiting, undefined);
        assert.deepEqual(await store.eventsAwaitingEarlier(['2025-06-07 tollgate'], 10), [], 'a linked near mention waits no more');
        await store.close();
      });
    });

    describe('person alias events', () => {
      it("should give each name's events where it is a participant's alias as written, and not its own name", async () => {
        const store = await open();
        const a = [sampleArticle(95), sampleArticle(96)];
        await store.commit(commitOf(a[0]!, sampleEvent('evt_0000000000000095', [a[0]!], { participants: [{ name: 'Marit Solvang Eide', aliases: ['Marit Eide'], role: 'skipper', organization: null, country: null, sources: [a[0]!.id] }] })));
        await store.commit(commitOf(a[1]!, sampleEvent('evt_0000000000000096', [a[1]!], { participants: [{ name: 'Marit Eide', aliases: [], role: 'skipper', organization: null, country: null, sources: [a[1]!.id] }] })));
        assert.deepEqual(await store.personAliasEventIds?.(['Marit Eide', 'Marit Solvang Eide', 'marit eide']), [['evt_0000000000000095'], [], []]);
        assert.deepEqual(await store.personAliasEventIds?.([]), []);
        await store.close();
      });
    });
  });
}
