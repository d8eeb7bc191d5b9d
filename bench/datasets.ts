/**
 * The extraction evaluation sets in ../shared/data/extraction, each as a list of pages with their gold.
 * Nothing here is copied into the repository: the pages are read where they lie.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Page {
  id: string;
  read: () => Buffer;
  gold: {
    body?: string;
    headline?: string;
    date?: string;
    with?: string[];
    without?: string[];
  };
}

export type DatasetName = 'scrapinghub' | 'l3s-gn1' | 'trafilatura-en' | 'pubdate-news' | 'readability-pages' | 'synthetic-5mb';
export const DATASETS: readonly DatasetName[] = ['scrapinghub', 'l3s-gn1', 'trafilatura-en', 'pubdate-news', 'readability-pages', 'synthetic-5mb'];

/**
 * Three generated 5 MB pages (the robustness target: under a second and 200 MB each): a long article
 * in nested containers among navigation, sidebars, link lists and comments. Its text is the gold.
 */
function syntheticPages(): Page[] {
  return [1, 2, 3].map((seed) => {
    const paragraphs: string[] = [];
    const parts: string[] = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Generated long page</title></head><body>'];
    parts.push(`<nav>${Array.from({ length: 300 }, (_, i) => `<a href="/s/${i}">Section ${i}</a>`).join(' ')}</nav>`);
    parts.push('<div class="layout"><div class="sidebar">');
    for (let i = 0; i < 2000; i++) parts.push(`<div class="teaser"><a href="/story/${seed}/${i}">Teaser headline number ${i} about something else entirely</a></div>`);
    parts.push('</div><article><h1>A very long generated article</h1><div class="article-body">');
    let size = parts.join('').length;
    for (let i = 0; size < 5_000_000; i++) {
      const text = `Paragraph ${i} of page ${seed}: the council said on Tuesday that the works on section ${i % 97} of the road would finish by spring, and residents, who had complained for months, welcomed the news.`;
      paragraphs.push(text);
      const html = `${'<div>'.repeat(i % 7)}<p>${text}</p>${'</div>'.repeat(i % 7)}`;
      parts.push(html);
      size += html.length;
    }
    parts.push('</div></article><div id="comments">');
    for (let i = 0; i < 500; i++) parts.push(`<div class="comment"><p>Comment ${i}: thanks for the article, very informative and well written.</p></div>`);
    parts.push('</div></div><footer>Generated footer</footer></body></html>');
    const html = parts.join('');
    return { id: `synthetic-${seed}`, read: () => Buffer.from(html), gold: { body: paragraphs.join('\n') } };
  });
}

/** ../shared/data/extraction beside the project (dist/bench/ is two levels below its root), or $TRIANGULATE_DATA. */
export function dataRoot(): string {
  return resolve(process.env.TRIANGULATE_DATA ?? join(fileURLToPath(new URL('../../', import.meta.url)), '..', 'shared', 'data', 'extraction'));
}

type Json = Record<string, Record<string, unknown>>;

function json(path: string): Json {
  // Some gold files were written by Python and hold bare NaN, which JSON does not allow.
  return JSON.parse(readFileSync(path, 'utf8').replace(/:\s*NaN\b/g, ': null')) as Json;
}

/** Python-literal lists as stored in trafilatura's gold ("['a', 'b']"), or real arrays. */
function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || !value.startsWith('[')) return [];
  const out: string[] = [];
  for (const m of value.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g)) out.push((m[1] ?? m[2] ?? '').replace(/\\(['"\\])/g, '$1'));
  return out;
}

export function loadDataset(name: DatasetName, limit = Infinity): Page[] {
  if (name === 'synthetic-5mb') return syntheticPages().slice(0, limit);
  const root = join(dataRoot(), name);
  if (!existsSync(root)) throw new Error(`dataset ${name} not found at ${root} (set TRIANGULATE_DATA)`);
  let pages: Page[];
  switch (name) {
    case 'scrapinghub': {
      const gold = json(join(root, 'ground-truth.json'));
      pages = Object.entries(gold).map(([sha, g]) => ({ id: sha, read: () => gunzipSync(readFileSync(join(root, 'html', `${sha}.html.gz`))), gold: { body: String(g.articleBody ?? '') } }));
      break;
    }
    case 'l3s-gn1': {
      const gold = json(join(root, 'gold.json'));
      pages = Object.entries(gold).map(([id, g]) => ({ id, read: () => readFileSync(join(root, 'original', `${id}.html`)), gold: { body: String(g.fulltext ?? ''), headline: String(g.headline ?? '') } }));
      break;
    }
    case 'trafilatura-en': {
      const gold = json(join(root, 'gold.json'));
      pages = Object.entries(gold).map(([url, g]) => ({ id: url, read: () => readFileSync(join(root, 'pages', String(g.file))), gold: { with: list(g.with), without: list(g.without) } }));
      break;
    }
    case 'pubdate-news': {
      const gold = json(join(root, 'gold.json'));
      pages = Object.entries(gold).map(([url, g]) => ({ id: url, read: () => readFileSync(join(root, 'pages', String(g.file))), gold: /^\d{4}-\d{2}-\d{2}$/.test(String(g.date)) ? { date: String(g.date) } : {} }));
      break;
    }
    case 'readability-pages': {
      const dir = join(root, 'test-pages');
      pages = readdirSync(dir)
        .sort()
        .filter((name) => existsSync(join(dir, name, 'expected-metadata.json')))
        .map((name) => {
          const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as Record<string, unknown>;
          const gold: Page['gold'] = {};
          if (typeof meta.title === 'string' && meta.title) gold.headline = meta.title;
          if (typeof meta.publishedTime === 'string' && meta.publishedTime) gold.date = meta.publishedTime.slice(0, 10);
          return { id: name, read: () => readFileSync(join(dir, name, 'source.html')), gold };
        });
      break;
    }
  }
  return pages.sort((a, b) => (a.id < b.id ? -1 : 1)).slice(0, limit);
}
