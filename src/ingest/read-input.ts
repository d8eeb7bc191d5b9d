/**
 * One input file to raw documents: a .txt or .html file is one document, a .jsonl file one document a
 * line (streamed). Problems with the whole file throw an InputError naming it; a bad line is yielded as
 * an error with its line number, and the other lines still go in.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { RawDocument, RawKind } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { contentHash } from './hash.js';
import { streamJsonLines } from './jsonl.js';

export interface ReadOptions {
  /** Larger files (or, in JSON Lines, larger records) are refused (bytes). */
  maxBytes: number;
  /** The name errors and the stored source give instead of the path (an upload's own file name). */
  name?: string;
  /**
   * The ingest's clock (ms): a JSON Lines record's publication date after it is refused as a mistake.
   * The pipeline's own clock, not the machine's: a replay or a benchmark ingests with a fixed one.
   */
  now?: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type ReadItem = { document: RawDocument; notes: string[] } | { error: InputError };

export async function* readDocuments(path: string, options: ReadOptions = { maxBytes: DEFAULT_MAX_BYTES }): AsyncGenerator<ReadItem> {
  const file = options.name ?? path;
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    throw new InputError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size === 0) throw new InputError(file, 'empty file');
  const extension = extname(file).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') {
    for await (const line of streamJsonLines(path, options.maxBytes, file, options.now)) {
      yield 'document' in line ? { document: line.document, notes: [] } : line;
    }
    return;
  }
  if (size > options.maxBytes) {
    throw new InputError(file, `file too large (${megabytes(size)} MB; the limit is ${megabytes(options.maxBytes)} MB, see --max-mb)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const isHtml = extension === '.html' || extension === '.htm';
  const decoded = decodeBytes(bytes, file, isHtml);
  if (decoded.text.trim() === '') throw new InputError(file, 'no text (only white space)');
  const notes = decoded.guessed ? [`not valid UTF-8; decoded as ${decoded.encoding}`] : [];
  const kind: RawKind = isHtml || looksLikeHtml(decoded.text) ? 'html' : 'text';
  yield { document: rawDocument(decoded.text, kind, { file }, {}), notes };
}

export function rawDocument(content: string, kind: RawKind, source: RawDocument['source'], hints: RawDocument['hints']): RawDocument {
  return { source, kind, content, hints, contentHash: contentHash(content, kind === 'html') };
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
