/**
 * JSON Lines records: `{id?, url?, title?, outlet?, publishedAt?, text | html | body}`. `text` is scraped
 * page text to clean, `html` a page, `body` an already clean article. Files are streamed line by line,
 * so a JSON Lines file of any size goes in with bounded memory; the size limit applies to one record.
 */
import { createReadStream } from 'node:fs';
import type { RawDocument, RawHints, RawKind } from '../model/types.js';
import { isoFromMachineDate } from '../util/dates.js';
import { InputError } from './errors.js';
import { contentHash } from './hash.js';

export type JsonLine = { document: RawDocument } | { error: InputError };

const CONTENT_FIELDS: readonly RawKind[] = ['body', 'html', 'text'];
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Streams a JSON Lines file: one document or one error (naming file and line) per non-blank line. */
export async function* streamJsonLines(path: string, maxRecordBytes: number, file = path): AsyncGenerator<JsonLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  let lineNumber = 0;
  let records = 0;
  let array = false;
  const emit = (bytes: Buffer | null): JsonLine | null => {
    lineNumber++;
    const where = `${file}:${lineNumber}`;
    if (bytes === null) return { error: new InputError(where, `record too large (over ${(maxRecordBytes / 1048576).toFixed(1)} MB, see --max-mb)`) };
    let text: string;
    try {
      text = utf8.decode(lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
    } catch {
      return { error: new InputError(where, 'not valid UTF-8 (JSON Lines must be UTF-8)') };
    }
    if (text.trim() === '') return null;
    records++;
    // A pretty-printed JSON array saved as .jsonl: one clear error, not one per line.
    if (records === 1 && /^\s*\[\s*(\{|$)/.test(text)) {
      array = true;
      return { error: new InputError(file, 'a JSON array, not JSON Lines (write one JSON object per line)') };
    }
    try {
      return { document: recordToDocument(JSON.parse(text), file, lineNumber) };
    } catch (error) {
      if (error instanceof InputError) return { error };
      return { error: new InputError(where, `not valid JSON (${(error as Error).message})`) };
    }
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      const tooLarge = oversized || pendingBytes + piece.length > maxRecordBytes;
      const item = emit(tooLarge ? null : pending.length ? Buffer.concat([...pending, piece]) : piece);
      if (array) return yield item!;
      if (item) yield item;
      pending = [];
      pendingBytes = 0;
      oversized = false;
      start = nl + 1;
    }
    if (start < chunk.length && !oversized) {
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxRecordBytes) {
        oversized = true;
        pending = [];
        pendingBytes = 0;
      }
    }
  }
  if (pendingBytes > 0 || oversized) {
    const item = emit(oversized ? null : Buffer.concat(pending));
    if (item) yield item;
  }
  if (records === 0) yield { error: new InputError(file, 'no records (only blank lines)') };
}

export function recordToDocument(record: unknown, file: string, line: number): RawDocument {
  const where = `${file}:${line}`;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InputError(where, 'each line must be a JSON object');
  }
  const fields = record as Record<string, unknown>;
  // A content field of another type is a mistake to name, not a missing field ({"text": 5}).
  for (const field of CONTENT_FIELDS) {
    const value = fields[field];
    if (value !== undefined && value !== null && typeof value !== 'string') throw new InputError(where, `"${field}" must be a string, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const kind = CONTENT_FIELDS.find((field) => typeof fields[field] === 'string' && (fields[field] as string).trim() !== '');
  if (!kind) throw new InputError(where, 'the record has no non-empty "text", "html" or "body" field');
  const hints: RawHints = {};
  for (const key of ['title', 'outlet', 'publishedAt', 'url'] as const) {
    const value = fields[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new InputError(where, `"${key}" must be a string`);
    hints[key] = value;
  }
  if (hints.publishedAt !== undefined && isoFromMachineDate(hints.publishedAt) === null) {
    throw new InputError(where, `"publishedAt" is not an ISO 8601 date: ${JSON.stringify(hints.publishedAt)}`);
  }
  const id = fields.id;
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') throw new InputError(where, '"id" must be a string or a number');
  const content = fields[kind] as string;
  const source: RawDocument['source'] = { file, line };
  if (id !== undefined) source.id = String(id);
  if (hints.url) source.url = hints.url;
  // The same text under another outlet or address is another publication of it (a wire copy), kept
  // and counted as a copy by consolidation, not dropped as a duplicate.
  const identity = hints.outlet || hints.url ? `${content}\u0000${hints.outlet ?? ''}\u0000${hints.url ?? ''}` : content;
  return { source, kind, content, hints, contentHash: contentHash(identity) };
}
