/**
 * The OpenAPI 3.1 document served at /openapi.json. Response bodies point at the same JSON Schemas
 * (schemas/ and schemas/api/) that the tests validate real answers against, so the document cannot
 * drift from what the server sends.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPORT_FORMATS } from '../export/index.js';
import { PACKAGE_ROOT } from './package-root.js';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description: string): Json => ({ description, content: { 'application/json': { schema } } });
const error = (description: string): Json => json(ref('api-error'), description);
const param = (name: string, where: 'query' | 'path', schema: Json, description: string, required = where === 'path'): Json => ({ name, in: where, required, schema, description });

const cursor = param('cursor', 'query', { type: 'string' }, "the `next` value of the previous page");
const limit = (max: number, fallback: number): Json => param('limit', 'query', { type: 'integer', minimum: 1, maximum: max, default: fallback }, 'page size');
const id = (pattern: string): Json => param('id', 'path', { type: 'string', pattern }, 'the id');
// The filters /api/events and /api/export share (src/server/event-filters.ts).
const eventFilters: Json[] = [
  param('q', 'query', { type: 'string' }, 'words that must all occur (title, summary, facts, people, places, themes); "a phrase" as written, -word leaves out, OR takes either'),
  param('entity', 'query', { type: 'string' }, "a participant's, an organisation's (the event's organizations) or a threat actor's name or alias, whole, any case and word order, accents optional; a person's surname alone, a body's or actor's short name (Lazarus for Lazarus Group), a state body's name without its country (Treasury for US Treasury), an actor's gazetteer names"),
  param('country', 'query', { type: 'string' }, 'ISO 3166-1 alpha-2 of the place or of a participant, any case; one of the 250 codes of the gazetteer (world-countries), another is a 400; a country\'s English name or demonym is read as its code (Thailand, Thai: TH), one naming two countries is a 400'),
  param('theme', 'query', { type: 'string' }, 'a theme, as in docs/themes.md'),
  param('cve', 'query', { type: 'string' }, 'a CVE id the reports name (CVE-2024-3400; any case, spaces or dashes between the parts)'),
  param('from', 'query', { type: 'string', format: 'date' }, 'event date on or after'),
  param('to', 'query', { type: 'string', format: 'date' }, 'event date on or before'),
];
const bad = error('a parameter is wrong; the message names it');

function loadSchemas(): Json {
  const out: Json = {};
  for (const [folder, prefix] of [['schemas', ''], ['schemas/api', 'api-']] as const) {
    for (const file of readdirSync(join(PACKAGE_ROOT, folder)).filter((f) => f.endsWith('.schema.json')).sort()) {
      out[`${prefix}${file.replace('.schema.json', '')}`] = JSON.parse(readFileSync(join(PACKAGE_ROOT, folder, file), 'utf8')) as Json;
    }
  }
  return out;
}

let cached: Json | null = null;

export function openApiDocument(): Json {
  if (cached) return cached;
  cached = {
    openapi: '3.1.0',
    info: { title: 'Triangulate API', version: '0.1.0', description: 'News events consolidated from many outlets: browse, search, compare and ingest. See docs/api.md.' },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      schemas: loadSchemas(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required for POST when the server is started with a token (--token or $TRIANGULATE_TOKEN).' } },
    },
    paths: {
      '/api/events': {
        get: {
          summary: 'Events, filtered, sorted and paged',
          parameters: [
            ...eventFilters,
            param('sort', 'query', { enum: ['date-desc', 'date-asc', 'updated', 'sources', 'relevance'] }, 'default: relevance with q, else date-desc'),
            limit(100, 20),
            cursor,
          ],
          responses: { 200: json(ref('api-event-page'), 'a page of events'), 400: bad },
        },
      },
      '/api/events/{id}': {
        get: { summary: 'One event with its articles and the passages they share', parameters: [id('^evt_[0-9a-f]{16}$')], responses: { 200: json(ref('api-event-detail'), 'the event'), 308: json(ref('api-moved'), "the event was merged into another: `Location` is the survivor's address, `mergedInto` its id"), 400: bad, 404: error('no such event') } },
      },
      '/api/articles': {
        get: { summary: 'Articles in arrival order', parameters: [limit(100, 20), cursor], responses: { 200: json(ref('api-article-page'), 'a page of articles'), 400: bad } },
        post: {
          summary: 'Ingest articles: uploaded files or one JSON record',
          security: [{}, { bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', contentMediaType: 'application/octet-stream' } } } } },
              'application/json': {
                schema: {
                  type: 'object',
                  properties: { text: { type: 'string' }, html: { type: 'string' }, body: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, publishedAt: { type: 'string' }, fetchedAt: { type: 'string', format: 'date-time', description: 'when the page was fetched: what a live page\'s "N minutes ago" counts back from; left out with a warning without a time of day, before publishedAt or more than 15 minutes after the time of ingest' }, id: { type: ['string', 'number'] } },
                  anyOf: [{ required: ['text'] }, { required: ['html'] }, { required: ['body'] }],
                },
              },
            },
          },
          responses: {
            200: json(ref('api-ingest-result'), 'nothing new: every article was already stored'),
            201: json(ref('api-ingest-result'), 'stored; each file\'s outcome is under inputs, bad files and records are listed under errors'),
            400: bad,
            401: error('a token is required or wrong'),
            413: error('the body is over the size limit'),
            415: error('neither multipart/form-data nor application/json'),
            422: json(ref('api-ingest-result'), 'no article went in; `inputs` and `errors` say why for each input'),
            507: json(ref('api-ingest-result'), 'the store could not be written (a full disk): `stopped` says why; what was stored before stays'),
          },
        },
      },
      '/api/articles/{id}': {
        get: { summary: 'One article as extracted and enriched', parameters: [id('^art_[0-9a-f]{16}$')], responses: { 200: json(ref('article'), 'the article'), 400: bad, 404: error('no such article') } },
      },
      '/api/entities': {
        get: { summary: 'People, organisations, places and ships of events, most events first', parameters: [param('q', 'query', { type: 'string' }, "part of the name or of an alias (an organisation's other names, the names joined into an entry), any case, accents optional"), param('name', 'query', { type: 'string' }, "the same filter as q, by the CLI's name for it (entities --name); refused beside a different q"), param('kind', 'query', { enum: ['person', 'organization', 'place', 'vessel'] }, 'one kind only'), limit(500, 50), cursor], responses: { 200: json(ref('api-entity-page'), 'a page of entities'), 400: bad } },
      },
      '/api/entities/{id}': {
        get: { summary: 'One entity: aliases, roles over time, events', parameters: [id('^ent_[0-9a-f]{16}$')], responses: { 200: json(ref('api-entity'), 'the entity'), 400: bad, 404: error('no such entity') } },
      },
      '/api/search': {
        get: { summary: 'Full-text search over events and articles', parameters: [param('q', 'query', { type: 'string' }, 'words that must all occur; "a phrase" as written, -word leaves out, OR takes either', true), limit(100, 20)], responses: { 200: json(ref('api-search'), 'hits, best first'), 400: bad } },
      },
      '/api/export': {
        get: {
          summary: 'The events the filters select (all without filters), as `triangulate export` writes them, streamed',
          parameters: [param('format', 'query', { enum: [...EXPORT_FORMATS], default: 'json' }, 'output format'), ...eventFilters],
          responses: { 200: { description: 'the export file', content: { 'application/json': {}, 'application/x-ndjson': {}, 'text/csv': {}, 'application/stix+json;version=2.1': {}, 'application/geo+json': {} } }, 400: bad },
        },
      },
      '/api/stats': { get: { summary: 'Counts and events by country, month and theme', responses: { 200: json(ref('api-stats'), 'the figures') } } },
      '/api/map': { get: { summary: 'Country outlines for the map (offline Natural Earth 1:110m)', responses: { 200: json(ref('api-world-map'), 'SVG path data per country') } } },
      '/api/health': {
        get: {
          summary: 'Whether the server is up, and whether writes need a token',
          responses: {
            200: {
              description: 'the server answers',
              content: { 'application/json': { schema: { type: 'object', required: ['ok', 'writeRequiresToken'], properties: { ok: { const: true }, writeRequiresToken: { type: 'boolean' } } } } },
            },
          },
        },
      },
    },
  };
  return cached;
}
