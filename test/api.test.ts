/**
 * The HTTP API in-process: the example articles uploaded through POST /api/articles, then every read
 * endpoint checked against its JSON Schema (schemas/api), filters and cursor pages, bad input answered
 * with a 4xx that names the problem (and the server still serving), the bearer token and size limits.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { EventSummary } from '../src/model/event-summary.js';
import { sharedPassages } from '../src/consolidate/shared-passages.js';
import { sampleArticle, sampleEvent } from '../src/store/contract.js';
import { entitySummaries } from '../src/server/entities.js';
import { filesForm, startTestServer, type TestServer } from './api-server.js';
import { assertSchema, exampleFiles, type SchemaName } from './helpers.js';

async function get(server: TestServer, path: string, schema: SchemaName, status = 200): Promise<Record<string, unknown>> {
  const res = await fetch(`${server.url}${path}`);
  const body = (await res.json()) as Record<string, unknown>;
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body).slice(0, 300)}`);
  assertSchema(schema, body);
  return body;
}

describe('the HTTP API', () => {
  let server: TestServer;
  let events: EventSummary[] = [];
  const dublin = (): EventSummary => events.find((e) => e.location?.name === 'Dublin')!;

  before(async () => {
    server = await startTestServer();
    const upload = await fetch(`${server.url}/api/articles`, { method: 'POST', body: filesForm(exampleFiles().map((f) => [basename(f), readFileSync(f)])) });
    const report = (await upload.json()) as { stored: number; errors: unknown[] };
    assert.equal(upload.status, 201, JSON.stringify(report));
    assertSchema('api/ingest-result', report);
    assert.equal(report.stored, 10);
    events = (await get(server, '/api/events', 'api/event-page')).items as EventSummary[];
  });
  after(() => server.close());

  it('should make the four example events from uploaded files, stored under the uploaded names', async () => {
    assert.equal(events.length, 4);
    assert.equal(dublin().articleCount, 3);
    const articles = (await get(server, '/api/articles?limit=100', 'api/article-page')).items as { source: { file?: string } }[];
    assert.ok(articles.every((a) => a.source.file && !a.source.file.includes('/')), JSON.stringify(articles.map((a) => a.source)));
  });

  it('should answer a repeated upload with the existing ids and status 200', async () => {
    const file = exampleFiles()[0]!;
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', body: filesForm([[basename(file), readFileSync(file)]]) });
    const body = (await res.json()) as { duplicates: number; articleIds: string[]; eventIds: string[] };
    assert.equal(res.status, 200);
    assert.equal(body.duplicates, 1);
    assert.match(body.articleIds[0]!, /^art_/);
    assert.match(body.eventIds[0]!, /^evt_/);
  });

  it('should store the good files of a batch and name the bad ones', async () => {
    const good = 'Harbour crane collapses in Cork\nBy Test Reporter\nPublished: March 4, 2025 09:00\nA crane collapsed at the port of Cork on Monday, injuring four dock workers, the port authority said.\nEngineers said the crane had passed an inspection last month and the cause was not yet known.';
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', body: filesForm([['cork.txt', good], ['empty.txt', ''], ['notes.pdf', '%PDF-1.4'], ['bad.jsonl', '{"text": 1}\nnot json\n']]) });
    const body = (await res.json()) as { stored: number; errors: { input: string; problem: string }[] };
    assert.equal(res.status, 201);
    assertSchema('api/ingest-result', body);
    assert.equal(body.stored, 1);
    const inputs = body.errors.map((e) => e.input).sort();
    assert.deepEqual(inputs, ['bad.jsonl:1', 'bad.jsonl:2', 'empty.txt', 'notes.pdf']);
  });

  it('should say file by file what was stored and what was refused, counting every file sent', async () => {
    const good = 'Ferry strikes pier in Sligo\nBy Test Reporter\nPublished: March 6, 2025 09:00\nA passenger ferry struck the pier at Sligo on Wednesday, injuring two crew members, the harbour master said.\nThe ferry had lost power as it came in, according to the operator.';
    const record = (n: number): string => JSON.stringify({ body: `A lorry overturned on the N${n} road near Athlone on Thursday and its driver was taken to hospital, gardaí said.`, outlet: 'Midlands Courier', publishedAt: '2025-03-06' });
    const mixed = `${record(6)}\nnot json\n`;
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', body: filesForm([['sligo.txt', good], ['empty.txt', ''], ['notes.pdf', '%PDF-1.4'], ['mixed.jsonl', mixed], ['sligo.txt', good]]) });
    const body = (await res.json()) as { files: number; inputs: { name: string; status: string; stored: number; duplicates: number; articleIds: string[]; errors: { input: string }[] }[] };
    assert.equal(res.status, 201);
    assertSchema('api/ingest-result', body);
    assert.equal(body.files, 5);
    // In the request's order, the two files of one name each with its own outcome.
    assert.deepEqual(
      body.inputs.map((i) => [i.name, i.status, i.stored, i.duplicates, i.articleIds.length, i.errors.map((e) => e.input)]),
      [
        ['sligo.txt', 'stored', 1, 0, 1, []],
        ['empty.txt', 'refused', 0, 0, 0, ['empty.txt']],
        ['notes.pdf', 'refused', 0, 0, 0, ['notes.pdf']],
        ['mixed.jsonl', 'partly-stored', 1, 0, 1, ['mixed.jsonl:2']],
        ['sligo.txt', 'already-stored', 0, 1, 1, []],
      ],
    );
    const again = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: record(6) });
    const one = (await again.json()) as { inputs: { name: string; status: string }[] };
    assert.equal(again.status, 200);
    assert.deepEqual(one.inputs.map((i) => [i.name, i.status]), [['request', 'already-stored']]);
  });

  it('should ingest one JSON record, and refuse a record without text', async () => {
    const record = { body: 'Divers recovered a historic anchor from the harbour at Galway on Tuesday, the heritage office said.\n\nThe anchor is thought to date from the eighteenth century, according to the heritage office.', outlet: 'Galway Post', publishedAt: '2025-06-04T09:00:00Z', title: 'Historic anchor raised in Galway' };
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
    assert.equal(res.status, 201, await res.clone().text());
    const bad = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x' }) });
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: { message: string } }).error.message, /no non-empty "text", "html" or "body"/);
    // Too little text is refused as a one-word file is, naming the input and the count.
    for (const field of ['body', 'text']) {
      const short = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ [field]: 'x' }) });
      const report = (await short.json()) as { errors: { input: string; problem: string }[]; inputs: { status: string }[] };
      assert.equal(short.status, 422, field);
      assertSchema('api/ingest-result', report);
      assert.deepEqual(report.errors.map((e) => [e.input, e.problem]), [['request', 'extract failed: too little text for an article (1 word; at least 8 are needed)']], field);
      assert.equal(report.inputs[0]!.status, 'refused');
    }
    const file = await fetch(`${server.url}/api/articles`, { method: 'POST', body: filesForm([['x.txt', 'x\n']]) });
    assert.deepEqual(((await file.json()) as { errors: { input: string; problem: string }[] }).errors.map((e) => [e.input, e.problem]), [['x.txt', 'extract failed: too little text for an article (1 word; at least 8 are needed)']]);
  });

  it('should filter events by country, entity, theme, words and dates', async () => {
    const ids = async (query: string): Promise<string[]> => ((await get(server, `/api/events?${query}`, 'api/event-page')).items as EventSummary[]).map((e) => e.id);
    // The Cork and Galway articles of the tests above are Irish events too.
    assert.ok((await ids('country=ie')).includes(dublin().id));
    assert.ok(!(await ids('country=NZ')).includes(dublin().id));
    assert.deepEqual(await ids('entity=Sato%20Kenji'), [events.find((e) => e.location?.name === 'Canberra')!.id]);
    assert.ok((await ids('theme=cyber.ransomware')).includes(dublin().id));
    assert.ok((await ids('theme=Cyber.Ransomware')).includes(dublin().id));
    assert.deepEqual(await ids('q=hospital%20ransomware'), [dublin().id]);
    assert.deepEqual(await ids('from=2025-10-14&to=2025-10-14'), [dublin().id]);
    assert.deepEqual(await ids('q=zebra'), []);
  });

  it('should list the CVE ids an event names on its card and record, and filter and export by them in any written form', async () => {
    const record = { body: 'Attackers exploited CVE\u20132025\u20137070 in a mail gateway used by the Limerick county council on Monday, the council said.\n\nThe vendor issued a fix for the flaw on Tuesday.', outlet: 'Shannon Courier', publishedAt: '2025-06-10T09:00:00Z', title: 'Council mail gateway breached' };
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) });
    assert.equal(res.status, 201, await res.clone().text());
    const cards = (await get(server, '/api/events?cve=cve%202025%207070', 'api/event-page')).items as EventSummary[];
    assert.deepEqual(cards.map((e) => e.vulnerabilities), [['CVE-2025-7070']]);
    const event = await get(server, `/api/events/${cards[0]!.id}`, 'api/event-detail');
    assert.deepEqual((event as { vulnerabilities: { cve: string; corroboration: number }[] }).vulnerabilities.map((v) => [v.cve, v.corroboration]), [['CVE-2025-7070', 1]]);
    assert.deepEqual(((await get(server, '/api/events?cve=CVE-2025-7071', 'api/event-page')).items as EventSummary[]).length, 0);
    const csv = await (await fetch(`${server.url}/api/export?format=csv&cve=CVE-2025-7070`)).text();
    assert.match(csv.split('\r\n')[0]!, /,cves,discrepancy_details,organizations,source_outlets,source_urls,facts,killed_disputed,injured_disputed,died,died_as_of,died_disputed,latitude,longitude,date_evidence,indicators,vessels,crew_held,crew_missing,missing,participant_roles,earlier_events,sea_area,claimed_by$/);
    assert.match(csv.split('\r\n')[1]!, /,CVE-2025-7070,,/);
  });

  it('should page through events with cursors in every order, each event once, in the order of one full page', async () => {
    for (const sort of ['date-asc', 'date-desc', 'updated', 'sources']) {
      const seen: string[] = [];
      let next: string | null = '';
      while (next !== null) {
        const page = await get(server, `/api/events?limit=2&sort=${sort}${next ? `&cursor=${next}` : ''}`, 'api/event-page');
        seen.push(...(page.items as EventSummary[]).map((e) => e.id));
        next = page.next as string | null;
      }
      const all = ((await get(server, `/api/events?limit=100&sort=${sort}`, 'api/event-page')).items as EventSummary[]).map((e) => e.id);
      assert.deepEqual(seen, all, sort);
    }
    // Articles page by the last one given, in arrival order.
    const articleIds: string[] = [];
    let after: string | null = '';
    while (after !== null) {
      const page = await get(server, `/api/articles?limit=2${after ? `&cursor=${after}` : ''}`, 'api/article-page');
      articleIds.push(...(page.items as { id: string }[]).map((a) => a.id));
      after = page.next as string | null;
    }
    assert.deepEqual(articleIds, ((await get(server, '/api/articles?limit=100', 'api/article-page')).items as { id: string }[]).map((a) => a.id));
    await get(server, `/api/articles?cursor=${Buffer.from('{"a":"nope"}').toString('base64url')}`, 'api/error', 400);
    const first = await get(server, '/api/events?limit=1&sort=date-asc', 'api/event-page');
    const refused = await get(server, `/api/events?limit=1&sort=sources&cursor=${String(first.next)}`, 'api/error', 400);
    assert.match(JSON.stringify(refused), /belongs to the 'date-asc' order/);
  });

  it('should give an event with its articles and the passages they share', async () => {
    const detail = await get(server, `/api/events/${dublin().id}`, 'api/event-detail');
    const articles = detail.articleDetails as { id: string; body: string }[];
    assert.equal(articles.length, 3);
    const shared = detail.shared as { articleId: string; start: number; end: number; group: number }[];
    assert.ok(shared.length >= 4);
    for (const s of shared) {
      const body = articles.find((a) => a.id === s.articleId)!.body;
      assert.ok(s.end <= body.length && s.start < s.end);
    }
    // Every shared group is found in at least two articles.
    for (const group of new Set(shared.map((s) => s.group))) assert.ok(new Set(shared.filter((s) => s.group === group).map((s) => s.articleId)).size >= 2);
    // The passages kept at consolidation are the ones grouping the shown articles gives (as for a
    // store written before they were kept).
    assert.deepEqual(shared, sharedPassages(await server.store.articlesOfEvent(dublin().id, { sample: 24 })));
  });

  it('should give articles, entities with their roles, search hits, stats and the map', async () => {
    const article = ((await get(server, `/api/events/${dublin().id}`, 'api/event-detail')).articles as string[])[0]!;
    assert.equal((await get(server, `/api/articles/${article}`, 'article')).id, article);
    const entities = (await get(server, '/api/entities?q=sato', 'api/entity-page')).items as { id: string; name: string }[];
    assert.deepEqual(entities.map((e) => e.name), ['Kenji Sato']);
    const sato = await get(server, `/api/entities/${entities[0]!.id}`, 'api/entity');
    assert.deepEqual(sato.aliases, ['Sato Kenji']);
    assert.equal((sato.roles as unknown[]).length, 1);
    // Organisations and places have pages too: who acted for the organisation, the events at the place.
    const ministries = (await get(server, '/api/entities?kind=organization&q=ministry', 'api/entity-page')).items as { id: string; kind: string; name: string; country?: string }[];
    assert.deepEqual(ministries.map((e) => [e.kind, e.name, e.country]), [['organization', 'Ministry of Foreign Affairs', 'JP']]);
    const ministry = await get(server, `/api/entities/${ministries[0]!.id}`, 'api/entity');
    assert.deepEqual((ministry.roles as { person: string }[]).map((r) => r.person), ['Kenji Sato']);
    const places = (await get(server, '/api/entities?kind=place&q=dublin', 'api/entity-page')).items as { id: string; kind: string }[];
    assert.equal(places[0]?.kind, 'place');
    const dublinPage = await get(server, `/api/entities/${places[0]!.id}`, 'api/entity');
    assert.deepEqual(dublinPage.countries, ['IE']);
    assert.deepEqual((dublinPage.eventList as { id: string }[]).map((e) => e.id), [dublin().id]);
    await get(server, '/api/entities?kind=planet', 'api/error', 400);
    const search = await get(server, '/api/search?q=ransomware', 'api/search');
    assert.ok((search.events as unknown[]).length >= 2);
    // Article hits are summaries with the passage that matched, the matched word marked by its offsets.
    const hits = search.articles as { article: Record<string, unknown>; snippet: { text: string; highlights: [number, number][] } }[];
    assert.ok(hits.length >= 2);
    for (const { article, snippet } of hits) {
      assert.equal(article.body, undefined);
      assert.ok(snippet.highlights.length > 0 && snippet.highlights.every(([a, b]) => /^ransomware/i.test(snippet.text.slice(a, b))), snippet.text);
    }
    const stats = await get(server, '/api/stats', 'api/stats');
    assert.ok((stats.countries as Record<string, number>).IE! >= 1);
    const map = await get(server, '/api/map', 'api/world-map');
    assert.ok((map.countries as { code: string }[]).some((c) => c.code === 'IE'));
  });

  it('should export events as CSV, JSON Lines and JSON', async () => {
    const csv = await fetch(`${server.url}/api/export?format=csv`);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(await csv.text(), /^id,date,/);
    const jsonl = (await (await fetch(`${server.url}/api/export?format=jsonl`)).text()).trim().split('\n');
    assert.equal(jsonl.length, (await get(server, '/api/stats', 'api/stats')).events);
    assert.equal((await fetch(`${server.url}/api/export?format=xml`)).status, 400);
    const json = (await (await fetch(`${server.url}/api/export`)).json()) as { id: string; articles: string[]; sourceArticles: { id: string; outlet: string | null }[] }[];
    assert.equal(json.length, jsonl.length);
    // Each event names its articles as sources, so the ids under `sources` can be read without the store.
    for (const e of json) {
      assertSchema('event', e);
      assert.deepEqual(e.sourceArticles.map((a) => a.id).sort(), [...e.articles].sort());
    }
    assert.ok(json.some((e) => e.sourceArticles.some((a) => a.outlet)), 'outlets named');
    const stix = await fetch(`${server.url}/api/export?format=stix`);
    assert.equal(stix.headers.get('content-type'), 'application/stix+json;version=2.1');
    assert.match(stix.headers.get('content-disposition') ?? '', /triangulate-events\.stix\.json/);
    const bundle = (await stix.json()) as { type: string; objects: { type: string }[] };
    assert.equal(bundle.type, 'bundle');
    assert.equal(bundle.objects.filter((o) => o.type === 'report').length, jsonl.length);
    const geo = await fetch(`${server.url}/api/export?format=geojson`);
    assert.equal(geo.headers.get('content-type'), 'application/geo+json');
    assert.match(geo.headers.get('content-disposition') ?? '', /triangulate-events\.geojson/);
    const features = ((await geo.json()) as { type: string; features: { geometry: { coordinates: number[] } | null }[] }).features;
    assert.equal(features.length, jsonl.length);
  });

  it('should export only the events the /api/events filters select', async () => {
    const exported = async (filters: string): Promise<string[]> =>
      (await (await fetch(`${server.url}/api/export?format=jsonl&${filters}`)).text()).split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id);
    const listed = async (filters: string): Promise<string[]> => ((await get(server, `/api/events?limit=100&${filters}`, 'api/event-page')).items as { id: string }[]).map((e) => e.id);
    for (const filters of ['country=IE', 'theme=cyber.ransomware', 'q=ransomware', 'from=2100-01-01']) {
      assert.deepEqual(new Set(await exported(filters)), new Set(await listed(filters)), filters);
    }
    assert.equal((await exported('from=2100-01-01')).length, 0);
    assert.equal((await (await fetch(`${server.url}/api/export?from=2100-01-01`)).text()), '[]\n');
    const bad = await fetch(`${server.url}/api/export?country=Ruritania`);
    assert.equal(bad.status, 400);
    assert.match(((await bad.json()) as { error: { message: string } }).error.message, /country/);
  });

  it('should describe itself in an OpenAPI 3.1 document whose references resolve', async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/api/events', '/api/events/{id}', '/api/articles', '/api/articles/{id}', '/api/entities', '/api/entities/{id}', '/api/search', '/api/export', '/api/health', '/api/stats', '/api/map']) assert.ok(doc.paths[path], path);
    for (const ref of JSON.stringify(doc.paths).match(/#\/components\/schemas\/[\w-]+/g) ?? []) assert.ok(doc.components.schemas[ref.split('/').pop()!], ref);
  });

  it("should list every field of a JSON record the ingest reads in the OpenAPI document's record", async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as { paths: Record<string, { post?: { requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } } }> };
    const record = doc.paths['/api/articles']!.post!.requestBody.content['application/json']!.schema.properties;
    for (const field of ['text', 'html', 'body', 'url', 'title', 'outlet', 'publishedAt', 'fetchedAt', 'id']) assert.ok(record[field], field);
  });

  it('should answer bad requests with a 4xx that says what is wrong, and keep serving', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/events?limit=0', 400, /'limit' must be a whole number from 1 to 100/],
      ['/api/events?from=2025-02-30', 400, /'from': the date '2025-02-30' does not exist/],
      ['/api/events?country=XX', 400, /'country': 'XX' is not an ISO 3166-1 alpha-2 country code/],
      ['/api/events?from=2025-03-01&to=2025-02-01', 400, /is after 'to'/],
      ['/api/events?country=Ruritania', 400, /two-letter ISO 3166-1/],
      ['/api/events?cursor=garbage', 400, /not a cursor/],
      ['/api/events?sort=best', 400, /'sort' must be one of/],
      ['/api/events?colour=red', 400, /unknown query parameter 'colour'/],
      ['/api/events?theme=nope', 400, /query parameter 'theme' must be one of cyber, cyber\.it-workers, cyber\.ransomware, cyber\.threat-actor, cyber\.vulnerability, .*; got 'nope'/],
      ['/api/events?cve=2024-3400', 400, /'cve' must be a CVE id such as CVE-2024-3400; got '2024-3400'/],
      ['/api/events?limit=1&limit=2', 400, /given 2 times/],
      ['/api/events/evt_0000000000000000', 404, /no event/],
      ['/api/events/nope', 400, /not an event id/],
      ['/api/events/evt_0000000000000000?foo=1', 400, /unknown query parameter 'foo'/],
      ['/api/articles/art_0000000000000000?foo=1', 400, /unknown query parameter 'foo'/],
      ['/api/entities/ent_0000000000000000?foo=1', 400, /unknown query parameter 'foo'/],
      ['/api/articles/%E0%A4%A', 400, /percent-encoding/],
      ['/api/entities/ent_0000000000000000', 404, /no entity/],
      ['/api/search', 400, /'q' is required/],
      ['/api/search?q=%22(*', 400, /^query parameter 'q' has no words to search for \(a letter or a digit\), got '"\(\*'$/],
      ['/api/events?q=---', 400, /'q' has no words to search for .*got '---'/],
      ['/api/search?q=-court%20-%22appeal%20ruling%22', 400, /^query parameter 'q' only leaves out \('-court -"appeal ruling"'\): a search needs a word to find; \/api\/events\?q= lists every event without the words$/],
      ['/api/nothing', 404, /no such endpoint/],
    ];
    for (const [path, status, message] of cases) {
      const body = await get(server, path, 'api/error', status);
      assert.match((body.error as { message: string }).message, message, path);
    }
    // Refused by Node before any route (over 16 KB of request line): still the API's JSON error.
    const long = await fetch(`${server.url}/api/search?q=${'flood%20'.repeat(3000)}`);
    assert.equal(long.status, 431);
    assertSchema('api/error', await long.json());
    const post = async (init: RequestInit): Promise<Response> => fetch(`${server.url}/api/articles`, { method: 'POST', ...init });
    assert.equal((await post({ headers: { 'content-type': 'text/plain' }, body: 'x' })).status, 415);
    assert.equal((await post({ headers: { 'content-type': 'application/json' }, body: '{"text": ' })).status, 400);
    assert.equal((await post({ headers: { 'content-type': 'multipart/form-data' }, body: 'x' })).status, 400);
    assert.equal((await fetch(`${server.url}/api/events`, { method: 'DELETE' })).status, 405);
    await get(server, '/api/events', 'api/event-page');
  });

  it('should send a Content-Security-Policy that allows no inline or foreign scripts', async () => {
    const res = await fetch(`${server.url}/api/events`);
    assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });
});

describe('the HTTP API with a token and small limits', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ token: 'sesame', limits: { jsonBytes: 1000, fileBytes: 2000 } });
  });
  after(() => server.close());
  const record = JSON.stringify({ body: 'Divers recovered a historic anchor from the harbour at Galway on Tuesday, the heritage office said in a statement.' });

  it('should require the bearer token for writes only', async () => {
    const post = (headers: Record<string, string>): Promise<Response> => fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: record });
    const missing = await post({});
    assert.equal(missing.status, 401);
    assert.match(((await missing.json()) as { error: { message: string } }).error.message, /requires a bearer token/);
    assert.equal((await post({ authorization: 'Bearer wrong' })).status, 401);
    assert.equal((await post({ authorization: 'Bearer sesame' })).status, 201);
    // The scheme's name in any case (RFC 7235).
    assert.notEqual((await post({ authorization: 'bearer sesame' })).status, 401);
    assert.equal((await fetch(`${server.url}/api/events`)).status, 200);
  });

  it('should refuse bodies and files over the limits, naming the file', async () => {
    const big = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sesame' }, body: JSON.stringify({ text: 'x'.repeat(5000) }) });
    assert.equal(big.status, 413);
    const res = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { authorization: 'Bearer sesame' }, body: filesForm([['huge.txt', 'word '.repeat(1000)]]) });
    const body = (await res.json()) as { files: number; errors: { input: string; problem: string }[]; inputs: { name: string; status: string }[] };
    assert.equal(res.status, 422);
    assert.deepEqual(body.errors.map((e) => e.input), ['huge.txt']);
    assert.match(body.errors[0]!.problem, /too large/);
    // A file refused on arrival is still one of the request's files.
    assert.equal(body.files, 1);
    assert.deepEqual(body.inputs.map((i) => [i.name, i.status]), [['huge.txt', 'refused']]);
    assertSchema('api/ingest-result', body);
  });
});

describe('the HTTP API response cache', () => {
  it('should answer a repeated read from the cache until an ingest changes the data, and honour If-None-Match', async () => {
    const server = await startTestServer();
    try {
      const body = { text: 'Harbour cranes stopped at Port Elwyn on Monday after a cyber attack on the terminal operator, the port authority said. Officials said ships were diverted.', outlet: 'Elwyn Courier', publishedAt: '2025-06-02T08:00:00Z' };
      await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      const first = await fetch(`${server.url}/api/events`);
      const etag = first.headers.get('etag');
      assert.ok(etag);
      const firstItems = ((await first.json()) as { items: unknown[] }).items;
      const second = await fetch(`${server.url}/api/events`);
      assert.equal(second.headers.get('etag'), etag);
      assert.deepEqual(((await second.json()) as { items: unknown[] }).items, firstItems);
      const unchanged = await fetch(`${server.url}/api/events`, { headers: { 'If-None-Match': etag } });
      assert.equal(unchanged.status, 304);
      const other = { ...body, text: 'A ferry ran aground off Port Elwyn on Tuesday and forty passengers were taken ashore by lifeboat, the coastguard said. No one was hurt.', publishedAt: '2025-06-03T08:00:00Z' };
      await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(other) });
      const after = await fetch(`${server.url}/api/events`, { headers: { 'If-None-Match': etag } });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('etag'), etag);
      assert.notDeepEqual(((await after.json()) as { items: unknown[] }).items, firstItems, 'the new article shows');
      const bad = await fetch(`${server.url}/api/events?limit=0`);
      assert.equal(bad.status, 400);
      assert.equal(bad.headers.get('etag'), null, 'errors carry no validator');
    } finally {
      await server.close();
    }
  });
});

describe('the HTTP API entity list after ingests', () => {
  it('should list a name as soon as an ingest adds it (the kept list follows the data)', async () => {
    const server = await startTestServer();
    try {
      const post = (text: string, publishedAt: string) => fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, outlet: 'Elwyn Courier', publishedAt }) });
      const names = async (q: string): Promise<string[]> => (((await (await fetch(`${server.url}/api/entities?q=${q}`)).json()) as { items: { name: string }[] }).items).map((e) => e.name);
      await post('Maeve Doyle, a spokeswoman for the Elwyn Port Authority, said on Monday that harbour cranes had stopped after a cyber attack on the terminal operator.', '2025-06-02T08:00:00Z');
      assert.deepEqual(await names('doyle'), ['Maeve Doyle']);
      assert.deepEqual(await names('byrne'), []);
      await post('Colm Byrne, the coastguard commander, said on Tuesday that a ferry ran aground off Port Elwyn and forty passengers were taken ashore by lifeboat.', '2025-06-03T08:00:00Z');
      assert.deepEqual(await names('byrne'), ['Colm Byrne']);
    } finally {
      await server.close();
    }
  });
});

describe('the HTTP API entity list across spellings', () => {
  it('should list one person and one body written differently by different events once, with a page under either id', async () => {
    const server = await startTestServer();
    try {
      const [a, b, c] = [sampleArticle(81), sampleArticle(82), sampleArticle(83)];
      const commit = (article: typeof a, event: ReturnType<typeof sampleEvent>): Promise<void> =>
        server.store.commit({ article: { ...article, eventId: event.id }, event, profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: article.id, copyGroup: article.id, articleTerms: [], mergedEventIds: [] });
      const person = (name: string, id: string) => ({ name, aliases: [], role: 'spokesman', organization: 'US Treasury', country: 'US', sources: [id] });
      const body = (name: string, id: string) => ({ name, aliases: [], country: 'US', sources: [id], corroboration: 1 });
      await commit(a, sampleEvent('evt_0000000000000081', [a], { date: '2025-03-01', participants: [person('Dmitri Orlov', a.id)], organizations: [body('US Treasury Department', a.id)] }));
      await commit(b, sampleEvent('evt_0000000000000082', [b], { date: '2025-03-02', participants: [person('Dmitry Orlov', b.id)], organizations: [body('US Treasury', b.id)] }));
      await commit(c, sampleEvent('evt_0000000000000083', [c], { date: '2025-03-03', participants: [{ ...person('Anna Orlova', c.id), organization: null }] }));
      const people = (await get(server, '/api/entities?kind=person&q=orlov', 'api/entity-page')).items as { id: string; name: string; events: number; aliases?: string[] }[];
      assert.deepEqual(people.map((p) => [p.name, p.events, p.aliases]), [['Dmitri Orlov', 2, ['Dmitry Orlov']], ['Anna Orlova', 1, undefined]]);
      const bodies = (await get(server, '/api/entities?kind=organization&q=treasury', 'api/entity-page')).items as { id: string; name: string; events: number; aliases?: string[] }[];
      // Both events name the Treasury twice over (a spokesman's employer and a body): each counts once.
      assert.deepEqual(bodies.map((o) => [o.name, o.events, o.aliases]), [['US Treasury', 2, ['US Treasury Department']]]);
      // The page of the name that was joined in leads to the joined entry, with every event of either name.
      const dmitry = entitySummaries([{ name: 'Dmitry Orlov', events: 1 }])[0]!.id;
      const page = await get(server, `/api/entities/${dmitry}`, 'api/entity');
      assert.equal(page.id, people[0]!.id);
      assert.deepEqual((page.eventList as { id: string }[]).map((e) => e.id), ['evt_0000000000000081', 'evt_0000000000000082']);
      assert.deepEqual(page.aliases, ['Dmitry Orlov']);
      const treasury = await get(server, `/api/entities/${bodies[0]!.id}`, 'api/entity');
      assert.deepEqual((treasury.eventList as { id: string }[]).map((e) => e.id), ['evt_0000000000000081', 'evt_0000000000000082']);
      assert.deepEqual((treasury.roles as { person: string }[]).map((r) => r.person), ['Dmitri Orlov', 'Dmitry Orlov']);
    } finally {
      await server.close();
    }
  });
});

describe('the HTTP API on merged and split events', () => {
  it('should send a merged event id on to the event it was merged into, and give each event its history', async () => {
    const server = await startTestServer();
    try {
      const [a, b] = [sampleArticle(71), sampleArticle(72)];
      const commit = (article: typeof a, event: ReturnType<typeof sampleEvent>, merged: string[] = []): Promise<void> =>
        server.store.commit({ article: { ...article, eventId: event.id }, event, profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], outletKey: article.id, copyGroup: article.id, articleTerms: [], mergedEventIds: merged });
      await commit(a, sampleEvent('evt_0000000000000071', [a]));
      await commit(b, sampleEvent('evt_0000000000000072', [b]));
      await commit(b, sampleEvent('evt_0000000000000071', [a, b]), ['evt_0000000000000072']);
      const moved = await fetch(`${server.url}/api/events/evt_0000000000000072`, { redirect: 'manual' });
      assert.equal(moved.status, 308);
      assert.equal(moved.headers.get('location'), '/api/events/evt_0000000000000071');
      const body = (await moved.json()) as { mergedInto: string; message: string };
      assertSchema('api/moved', body);
      assert.equal(body.mergedInto, 'evt_0000000000000071');
      assert.match(body.message, /merged into 'evt_0000000000000071'/);
      const followed = await get(server, '/api/events/evt_0000000000000072', 'api/event-detail');
      assert.equal(followed.id, 'evt_0000000000000071');
      assert.deepEqual(followed.history, [{ kind: 'merged-in', eventId: 'evt_0000000000000072', at: sampleEvent('evt_0000000000000071', [a, b]).updatedAt }]);
      // A second story split off later: both events' pages say so.
      await server.store.splitEvent({
        event: sampleEvent('evt_0000000000000071', [a]),
        profile: { terms: {}, names: [], dates: [], size: 1 },
        keys: [],
        splitOff: { event: sampleEvent('evt_0000000000000073', [b]), profile: { terms: {}, names: [], dates: [], size: 1 }, keys: [], articleIds: [b.id] },
      });
      const kept = await get(server, '/api/events/evt_0000000000000071', 'api/event-detail');
      assert.deepEqual((kept.history as { kind: string; eventId: string }[]).map((c) => [c.kind, c.eventId]), [['merged-in', 'evt_0000000000000072'], ['split-off', 'evt_0000000000000073']]);
      const off = await get(server, '/api/events/evt_0000000000000073', 'api/event-detail');
      assert.deepEqual(off.history, [{ kind: 'split-from', eventId: 'evt_0000000000000071', at: sampleEvent('evt_0000000000000073', [b]).updatedAt, articles: 1 }]);
    } finally {
      await server.close();
    }
  });
});

describe('a large upload (extracted and enriched on other threads)', () => {
  it('should store the same articles in the same events as small uploads do', async () => {
    const server = await startTestServer();
    try {
      // Over a megabyte in one JSON Lines file, padded with a field the reader ignores.
      const lines = exampleFiles().map((f) => JSON.stringify({ id: basename(f), [f.endsWith('.html') ? 'html' : 'text']: readFileSync(f, 'utf8'), notes: 'x'.repeat(110_000) }));
      const body = `${lines.join('\n')}\n`;
      assert.ok(body.length > 1024 * 1024);
      const upload = await fetch(`${server.url}/api/articles`, { method: 'POST', body: filesForm([['examples.jsonl', body]]) });
      const report = (await upload.json()) as { stored: number; errors: unknown[] };
      assert.equal(upload.status, 201, JSON.stringify(report));
      assert.equal(report.stored, 10);
      const events = (await get(server, '/api/events', 'api/event-page')).items as EventSummary[];
      assert.equal(events.length, 4);
      assert.equal(events.find((e) => e.location?.name === 'Dublin')?.articleCount, 3);
    } finally {
      await server.close();
    }
  });
});

describe('searches on threads of their own', () => {
  it('should answer search and the searched feed as the store does', async () => {
    const server = await startTestServer({ searchThreads: 1 });
    try {
      const upload = await fetch(`${server.url}/api/articles`, { method: 'POST', body: filesForm(exampleFiles().map((f) => [basename(f), readFileSync(f)])) });
      assert.equal(upload.status, 201);
      const search = (await get(server, '/api/search?q=ransomware', 'api/search')) as { events: { event: { id: string } }[] };
      assert.deepEqual(search.events.map((h) => h.event.id), (await server.store.searchEventSummaries('ransomware', { limit: 20 })).map((h) => (JSON.parse(h.item) as { id: string }).id));
      assert.ok(search.events.length > 0);
      const feed = (await get(server, '/api/events?q=ransomware&limit=5', 'api/event-page')).items as EventSummary[];
      const direct = (await server.store.queryEventSummaries({ text: 'ransomware', sort: 'relevance', limit: 5 })).map((t) => (JSON.parse(t) as EventSummary).id);
      assert.deepEqual(feed.map((e) => e.id), direct);
    } finally {
      await server.close();
    }
  });
});
