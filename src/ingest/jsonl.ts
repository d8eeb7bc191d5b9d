/**
 * JSON Lines records: `{id?, url?, title?, outlet?, publishedAt?, text | html | body}`. `text` is scraped
 * page text to clean, `html` a page, `body` an already clean article. Files are streamed line by line,
 * so a JSON Lines file of any size goes in with bounded memory; the size limit applies to one record.
 */
import { createReadStream } from 'node:fs';
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

export type JsonLine = { document: RawDocument } | { error: InputError };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Streams a JSON Lines file: one document or one error (naming file and line) per non-blank line. */
export async function* streamJsonLines(file: string, maxRecordBytes: number): AsyncGenerator<JsonLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let lineNumber = 0;
  const emit = (bytes: Buffer): JsonLine | null => {
    lineNumber++;
    const where = `${file}:${lineNumber}`;
    if (skipping) return { error: new InputError(where, `record too large (over ${(maxRecordBytes / 1048576).toFixed(1)} MB, see --max-mb)`) };
    let text: string;
    try {
      text = utf8.decode(lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
    } catch {
      return { error: new InputError(where, 'not valid UTF-8 (JSON Lines must be UTF-8)') };
    }
    if (text.trim() === '') return null;
    try {
      return { document: recordToDocument(JSON.parse(text), file, where) };
    } catch (error) {
      if (error instanceof InputError) return { error };
      return { error: new InputError(where, `not valid JSON (${(error as Error).message})`) };
    }
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      const line = pending.length ? Buffer.concat([...pending, piece]) : piece;
      const item = emit(skipping ? Buffer.alloc(0) : line);
      if (item) yield item;
      pending = [];
      pendingBytes = 0;
      skipping = false;
      start = nl + 1;
    }
    if (start < chunk.length && !skipping) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxRecordBytes) {
        skipping = true;
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pendingBytes > 0 || skipping) {
    const item = emit(skipping ? Buffer.alloc(0) : Buffer.concat(pending));
    if (item) yield item;
  }
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
