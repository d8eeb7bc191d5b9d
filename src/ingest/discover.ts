/**
 * Expands the paths a user gives (files and folders, recursively) into the input files to read, in a
 * stable order. Unknown extensions inside folders are passed over; named outright, they are an error.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from './errors.js';

export const INPUT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson']);

export interface Discovery {
  files: string[];
  errors: InputError[];
  /** Files of other types found in folders and passed over (a README, a notes.md): named so that none goes unread unseen. */
  skipped: string[];
}

export function discoverInputs(paths: readonly string[]): Discovery {
  const files: string[] = [];
  const errors: InputError[] = [];
  const skipped: string[] = [];
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      // A web address is no path: Triangulate reads saved pages, it fetches nothing.
      errors.push(new InputError(path, /^https?:\/\//i.test(path) ? 'a web address, not a file: Triangulate reads saved pages and fetches nothing (save the page, then ingest the file)' : 'no such file or folder'));
      continue;
    }
    if (stats.isDirectory()) walk(path, files, errors, skipped);
    else if (INPUT_EXTENSIONS.has(extname(path).toLowerCase())) files.push(path);
    else errors.push(new InputError(path, `unsupported file type '${extname(path) || '(none)'}' (use .txt, .html, .htm or .jsonl; .text and .ndjson are read too)`));
  }
  return { files, errors, skipped };
}

/** A line telling what a folder held that is not read, or null when nothing was passed over. */
export function skippedNote(skipped: readonly string[]): string | null {
  if (skipped.length === 0) return null;
  const shown = skipped.slice(0, 5).join(', ');
  const more = skipped.length > 5 ? ` and ${skipped.length - 5} more` : '';
  return `note: ${skipped.length} file(s) in the folders passed over, not of a type read (.txt, .html, .htm, .jsonl): ${shown}${more}`;
}

function walk(dir: string, files: string[], errors: InputError[], skipped: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(new InputError(dir, `cannot read folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, files, errors, skipped);
    else if (entry.isFile() && INPUT_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(full);
    else if (entry.isFile()) skipped.push(full);
  }
}
