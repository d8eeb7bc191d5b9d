/**
 * Query parameters, checked: each reader returns the typed value or throws a 400 that names the
 * parameter and says what it should be. Unknown parameters are refused too, so a typo ("countr=")
 * is not silently ignored.
 */
import type { EventPosition } from '../store/store.js';
import { checkCountry, checkDate } from '../util/filter-values.js';
import { badRequest } from './http-error.js';

export class Query {
  private readonly seen = new Set<string>();
  constructor(private readonly search: URLSearchParams) {}

  private raw(name: string): string | undefined {
    this.seen.add(name);
    const values = this.search.getAll(name);
    if (values.length > 1) throw badRequest(`query parameter '${name}' is given ${values.length} times; give it once`);
    return values[0];
  }

  string(name: string, maxLength = 200): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    if (trimmed === '') throw badRequest(`query parameter '${name}' is empty`);
    if (trimmed.length > maxLength) throw badRequest(`query parameter '${name}' is longer than ${maxLength} characters`);
    return trimmed;
  }

  required(name: string, maxLength = 200): string {
    const value = this.string(name, maxLength);
    if (value === undefined) throw badRequest(`query parameter '${name}' is required`);
    return value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) throw badRequest(`query parameter '${name}' must be a whole number from ${min} to ${max}, got '${value}'`);
    return n;
  }

  choice<T extends string>(name: string, choices: readonly T[]): T | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!(choices as readonly string[]).includes(value)) throw badRequest(`query parameter '${name}' must be one of ${choices.join(', ')}, got '${value}'`);
    return value as T;
  }

  /** A calendar date, YYYY-MM-DD, that exists. */
  date(name: string): string | undefined {
    const value = this.string(name);
    return value === undefined ? undefined : checkDate(`query parameter '${name}'`, value, badRequest);
  }

  /** ISO 3166-1 alpha-2, upper-cased: one the gazetteer knows, since events carry no other. */
  country(name: string): string | undefined {
    const value = this.string(name);
    return value === undefined ? undefined : checkCountry(`query parameter '${name}'`, value, badRequest);
  }

  /** Call after reading every parameter a route knows. */
  done(): void {
    for (const name of new Set(this.search.keys())) {
      if (!this.seen.has(name)) throw badRequest(`unknown query parameter '${name}' (known here: ${[...this.seen].join(', ') || 'none'})`);
    }
  }
}

/**
 * Cursors are opaque to clients: the position of the next page, base64url-encoded. Offsets here (the
 * entity list, and events by relevance); the event feed's and the article list's are keysets.
 */
const NOT_A_CURSOR = "query parameter 'cursor' is not a cursor this server gave out (use the 'next' value of the previous page)";

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) return parsed.o;
  } catch {
    // falls through to the error below
  }
  throw badRequest(NOT_A_CURSOR);
}

/**
 * The event feed's cursor: the sort and the last event's position in it (keyset paging, so a page
 * does not shift when events arrive meanwhile), or an offset for the relevance order.
 */
export type EventCursor = { sort: string; after: EventPosition } | { offset: number };

export function encodeEventCursor(cursor: EventCursor): string {
  return Buffer.from(JSON.stringify('offset' in cursor ? { o: cursor.offset } : { s: cursor.sort, k: cursor.after })).toString('base64url');
}

export function decodeEventCursor(cursor: string | undefined, sort: string): EventCursor | null {
  if (cursor === undefined) return null;
  let parsed: { o?: unknown; s?: unknown; k?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof parsed;
  } catch {
    throw badRequest(NOT_A_CURSOR);
  }
  if (typeof parsed.o === 'number' && Number.isInteger(parsed.o) && parsed.o >= 0) return { offset: parsed.o };
  const valid = Array.isArray(parsed.k) && parsed.k.length >= 2 && parsed.k.length <= 4 && parsed.k.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
  if (typeof parsed.s !== 'string' || !valid) throw badRequest(NOT_A_CURSOR);
  if (parsed.s !== sort) throw badRequest(`query parameter 'cursor' belongs to the '${parsed.s}' order, not '${sort}' (start again without a cursor when the order changes)`);
  if (!fitsOrder(parsed.k as unknown[], sort)) throw badRequest(NOT_A_CURSOR);
  return { sort: parsed.s, after: parsed.k as EventPosition };
}

/**
 * What each slot of a position holds in each order (store.ts eventPosition): text, text or null (an
 * undated event's date), or a count. Checked because PostgreSQL compares a slot with its column's type
 * and fails the request (500) on a position no server gave out: text in a count's place, a count past
 * int4, a NUL.
 */
const POSITION_SLOTS: Record<string, readonly ('text' | 'text-or-null' | 'count')[]> = {
  'date-desc': ['text-or-null', 'text'],
  'date-asc': ['text-or-null', 'text'],
  updated: ['text', 'text'],
  sources: ['count', 'count', 'text-or-null', 'text'],
};
const LARGEST_COUNT = 2 ** 31 - 1;

function fitsOrder(position: readonly unknown[], sort: string): boolean {
  const slots = POSITION_SLOTS[sort];
  if (!slots || slots.length !== position.length) return false;
  return slots.every((slot, i) => {
    const value = position[i];
    if (slot === 'count') return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= LARGEST_COUNT;
    if (value === null) return slot === 'text-or-null';
    return typeof value === 'string' && !value.includes('\u0000');
  });
}

/** The article list's cursor: the id of the last article of the page (keyset paging in arrival order). */
export function encodeArticleCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ a: lastId })).toString('base64url');
}

export function decodeArticleCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { a?: unknown };
    if (typeof parsed.a === 'string' && /^art_[0-9a-f]{16}$/.test(parsed.a)) return parsed.a;
  } catch {
    // falls through to the error below
  }
  throw badRequest(NOT_A_CURSOR);
}
