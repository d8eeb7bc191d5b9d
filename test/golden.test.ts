/**
 * Golden files for extraction and enrichment: every example article is extracted and the parts a user
 * sees (headline, byline, dates, paragraphs, captions, people, place) are compared with
 * test/golden/<example>.json. After a deliberate change, regenerate with `npm run golden:update`
 * and review the diff.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { createEnrich } from '../src/enrich/index.js';
import { createExtract } from '../src/extract/index.js';
import { readDocuments } from '../src/ingest/read-input.js';
import { NewsDocument } from '../src/model/document.js';
import type { Article } from '../src/model/types.js';
import { exampleFiles, ROOT } from './helpers.js';

const GOLDEN = join(ROOT, 'test', 'golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function projection(a: Article): unknown {
  return {
    headline: a.headline,
    authors: a.authors,
    agency: a.agency,
    outlet: a.outlet,
    publishedAt: a.publishedAt,
    language: a.language,
    paragraphs: a.body.split('\n\n').map((p) => `${p.slice(0, 60)}${p.length > 60 ? '…' : ''}`),
    captions: a.captions,
    people: a.people.map((p) => ({ name: p.name, variants: p.variants, role: p.role, country: p.country, inEvent: p.inEvent })),
    eventDate: a.eventDate ? `${a.eventDate.value} (${a.eventDate.anchoring}: ${a.eventDate.text})` : null,
    place: a.place ? `${a.place.name}, ${a.place.country}` : null,
    related: a.related.map((r) => `${r.date}: ${r.description}`),
    casualties: a.casualties,
    themes: a.themes,
    warnings: a.warnings.map((w) => `${w.stage}/${w.rule}`),
  };
}


describe('golden extraction of the examples', () => {
  for (const file of exampleFiles()) {
    const name = `${basename(join(file, '..'))}--${basename(file).replace(/\.[^.]+$/, '')}`;
    it(`should extract ${relative(ROOT, file)} as recorded`, async () => {
      const actual: unknown[] = [];
      for await (const item of readDocuments(file)) {
        if ('error' in item) throw item.error;
        const doc = new NewsDocument(item.document);
        for (const note of item.notes) doc.message('ingest', 'encoding', note);
        createExtract()(doc);
        createEnrich()(doc);
        actual.push(projection(doc.article));
      }
      const path = join(GOLDEN, `${name}.json`);
      if (UPDATE) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')));
    });
  }
});
