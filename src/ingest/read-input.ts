/**
 * One input file to raw documents: a .txt or .html file is one document, a .jsonl file one document a
 * line. Problems with the whole file throw an InputError; problems with one line are returned with the
 * line number, and the other lines still go in.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { RawDocument, RawKind } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';
import { contentHash } from './hash.js';
import { parseJsonLines } from './jsonl.js';

export interface ReadOptions {
  /** Files larger than this are refused (bytes). */
  maxBytes: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadResult {
  documents: RawDocument[];
  /** Problems that did not stop the file (a bad line, a guessed encoding). */
  errors: InputError[];
  notes: string[];
}

export function readInput(file: string, options: ReadOptions = { maxBytes: DEFAULT_MAX_BYTES }): ReadResult {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new InputError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size === 0) throw new InputError(file, 'empty file');
  if (size > options.maxBytes) {
    throw new InputError(file, `file too large (${megabytes(size)} MB; the limit is ${megabytes(options.maxBytes)} MB, see --max-mb)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const extension = extname(file).toLowerCase();
  const isHtml = extension === '.html' || extension === '.htm';
  const decoded = decodeBytes(bytes, file, isHtml);
  const notes = decoded.guessed ? [`not valid UTF-8; decoded as ${decoded.encoding}`] : [];
  if (decoded.text.trim() === '') throw new InputError(file, 'no text (only white space)');

  if (extension === '.jsonl' || extension === '.ndjson') {
    const parsed = parseJsonLines(decoded.text, file);
    return { documents: parsed.documents, errors: parsed.errors, notes };
  }
  const kind: RawKind = isHtml || looksLikeHtml(decoded.text) ? 'html' : 'text';
  return { documents: [rawDocument(decoded.text, kind, { file }, {})], errors: [], notes };
}

export function rawDocument(content: string, kind: RawKind, source: RawDocument['source'], hints: RawDocument['hints']): RawDocument {
  return { source, kind, content, hints, contentHash: contentHash(content) };
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
