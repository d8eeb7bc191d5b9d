/**
 * JSON Lines records: `{id?, url?, title?, outlet?, publishedAt?, text | html | body}`. `text` is scraped
 * page text to clean, `html` a page, `body` an already clean article.
 */
import type { RawDocument, RawHints, RawKind } from '../model/types.js';
import { InputError } from './errors.js';
import { contentHash } from './hash.js';

export interface JsonLinesResult {
  documents: RawDocument[];
  errors: InputError[];
}

const CONTENT_FIELDS: readonly RawKind[] = ['body', 'html', 'text'];

export function parseJsonLines(text: string, file: string): JsonLinesResult {
  const documents: RawDocument[] = [];
  const errors: InputError[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const where = `${file}:${i + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      errors.push(new InputError(where, `not valid JSON (${(error as Error).message})`));
      continue;
    }
    try {
      documents.push(recordToDocument(record, file, where));
    } catch (error) {
      if (error instanceof InputError) errors.push(error);
      else throw error;
    }
  }
  return { documents, errors };
}

function recordToDocument(record: unknown, file: string, where: string): RawDocument {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InputError(where, 'each line must be a JSON object');
  }
  const fields = record as Record<string, unknown>;
  const kind = CONTENT_FIELDS.find((field) => typeof fields[field] === 'string' && (fields[field] as string).trim() !== '');
  if (!kind) throw new InputError(where, 'the record has no non-empty "text", "html" or "body" field');
  const hints: RawHints = {};
  for (const key of ['title', 'outlet', 'publishedAt', 'url'] as const) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new InputError(where, `"${key}" must be a string`);
    hints[key] = value;
  }
  if (hints.publishedAt !== undefined && Number.isNaN(Date.parse(hints.publishedAt))) {
    throw new InputError(where, `"publishedAt" is not a date: ${JSON.stringify(hints.publishedAt)}`);
  }
  const id = fields.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') throw new InputError(where, '"id" must be a string or a number');
  const content = fields[kind] as string;
  const source: RawDocument['source'] = { file };
  if (id !== undefined) source.id = String(id);
  if (hints.url) source.url = hints.url;
  return { source, kind, content, hints, contentHash: contentHash(content) };
}
