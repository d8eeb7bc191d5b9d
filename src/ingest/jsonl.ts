/**
 * JSON Lines records: `{id?, url?, title?, outlet?, publishedAt?, text | html | body}`. `text` is scraped
 * page text to clean, `html` a page, `body` an already clean article. Files are streamed line by line,
 * so a JSON Lines file of any size goes in with bounded memory; the size limit applies to one record.
 */
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import type { RawDocument, RawHints, RawKind } from '../model/types.js';
import { isoFromMachineDate } from '../util/dates.js';
import { InputError } from './errors.js';
import { contentHash } from './hash.js';
import { sniffUtf16 } from './utf16-sniff.js';

export type JsonLine = { document: RawDocument } | { error: InputError };

const CONTENT_FIELDS: readonly RawKind[] = ['body', 'html', 'text'];
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Streams a JSON Lines file: one document or one error (naming file and line) per non-blank line. */
export async function* streamJsonLines(path: string, maxRecordBytes: number, file = path, now: number = Date.now()): AsyncGenerator<JsonLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  let lineNumber = 0;
  let records = 0;
  let array = false;
  const idLines = new Map<string, number>();
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
      const document = recordToDocument(JSON.parse(text), file, lineNumber, now);
      const id = document.source.id;
      if (id !== undefined) {
        const first = idLines.get(id);
        // Two records under one id are most often one story fetched twice, or a feed's id misread: both
        // are kept (as one if their content is the same), and said.
        if (first !== undefined) document.notes = [...(document.notes ?? []), `the id ${JSON.stringify(id)} was given to line ${first} too; both records are kept`];
        else if (idLines.size < ID_LINES_KEPT) idLines.set(id, lineNumber);
      }
      return { document };
    } catch (error) {
      if (error instanceof InputError) return { error };
      return { error: new InputError(where, `not valid JSON (${(error as Error).message})`) };
    }
  };
  for await (const chunk of utf8Chunks(path)) {
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

/** Ids remembered per file to find one given twice: memory stays bounded for a file of any size. */
export const ID_LINES_KEPT = 1_000_000;

/**
 * The file's bytes as UTF-8. A file that starts with a UTF-16 byte-order mark (what Windows PowerShell 5's
 * `>` and `Out-File` write), or that has UTF-16's zero bytes without one, is transcoded as it streams: read
 * as UTF-8, every line of it was an error.
 */
async function* utf8Chunks(path: string): AsyncGenerator<Buffer> {
  let utf16: TextDecoder | null | undefined;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (utf16 === undefined) {
      const order = chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : sniffUtf16(chunk);
      utf16 = order ? new TextDecoder(order) : null;
    }
    yield utf16 ? Buffer.from(utf16.decode(chunk, { stream: true }), 'utf8') : chunk;
  }
  const rest = utf16?.decode() ?? '';
  if (rest) yield Buffer.from(rest, 'utf8');
}

/**
 * Written as ISO 8601 but no day on the calendar ("2025-02-30"): "not an ISO 8601 date, write it as
 * 2025-06-02" read as though the form were wrong, to the user who wrote it in that form.
 */
function notOnCalendar(value: string): boolean {
  const parts = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  return month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * How far ahead of the ingest's clock a publication may lie: a day, for a page dated in a time zone
 * ahead of the ingest's (a date alone is its day's first instant in UTC).
 */
export const PUBLISHED_AHEAD_TOLERANCE_MS = 24 * 3_600_000;
/** No news was printed before this year (the first newspapers are of the 1600s): an earlier date is a wrong one. */
export const EARLIEST_PUBLISHED_YEAR = 1600;

/**
 * Why a publication date read from a record cannot be the page's (a wrong year, a default such as
 * 0000-01-01): every relative date of the story ("on Friday") would be resolved against it.
 */
export function implausiblePublication(iso: string, now: number): string | null {
  const year = Number(iso.slice(0, 4));
  if (year < EARLIEST_PUBLISHED_YEAR) return `is before ${EARLIEST_PUBLISHED_YEAR}, earlier than any newspaper`;
  if (instant(iso.includes('T') ? iso : `${iso}T00:00:00Z`) > now + PUBLISHED_AHEAD_TOLERANCE_MS) return `is later than the time of ingest (${new Date(now).toISOString()})`;
  return null;
}

/**
 * A record's address as an absolute http(s) URL: as given, or with https:// before a bare host and
 * path ("www.example.com/news/1"); null for anything else ("n/a", "javascript:...", a file path), which
 * would name no outlet's site and, in a client that linked it, run or open something else.
 */
export function webAddress(value: string): string | null {
  const text = value.trim();
  // A bare host first: "www.example.com:8080/x" would read as a scheme of its own.
  const candidate = /^[\w-]+(\.[\w-]+)+(?::\d+)?(\/|$)/.test(text) ? `https://${text}` : /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : null;
  if (candidate === null) return null;
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? candidate : null;
  } catch {
    return null;
  }
}

/** How far ahead of the ingest's clock a fetch time may lie: the fetching machine's clock may run a little fast. */
export const FETCHED_AHEAD_TOLERANCE_MS = 15 * 60_000;

/** One record read: `now` is the ingest's clock, which no page can have been fetched after. */
export function recordToDocument(record: unknown, file: string, line: number, now: number = Date.now()): RawDocument {
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
  const notes: string[] = [];
  // A field spelt another way ("published_at", "Outlet") is read, and said; one we do not read is named,
  // so that a misspelling does not lose the date or the outlet without a word.
  const spelt = new Map<string, string>();
  for (const key of Object.keys(fields)) {
    if (KNOWN_FIELDS.has(key)) continue;
    const meant = KNOWN_BY_SHAPE.get(shapeOf(key));
    if (meant && fields[meant] === undefined && !spelt.has(meant)) {
      spelt.set(meant, key);
      notes.push(`read the field "${key}" as "${meant}"`);
    } else notes.push(`the field "${key}" is not one Triangulate reads (${[...KNOWN_FIELDS].join(', ')}); it was left out`);
  }
  for (const key of ['title', 'outlet', 'publishedAt', 'url', 'fetchedAt'] as const) {
    const name = spelt.get(key) ?? key;
    const value = fields[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') {
      // A field spelt another way is only a guess at what was meant: said, not a reason to refuse the record.
      if (name !== key) {
        notes.push(`the field "${name}" is not a string; it was left out`);
        continue;
      }
      throw new InputError(where, `"${name}" must be a string, got ${Array.isArray(value) ? 'an array' : typeof value}`);
    }
    hints[key] = value;
  }
  if (hints.publishedAt !== undefined && isoFromMachineDate(hints.publishedAt) === null) {
    // A date in words ("June 2, 2025", an RSS feed's "Mon, 02 Jun 2025 10:00:00 GMT") is read with a
    // warning; one that cannot be read is left out, and the article goes in without it.
    const read = dateInWords(hints.publishedAt);
    if (read) notes.push(`"publishedAt" is not an ISO 8601 date: ${JSON.stringify(hints.publishedAt)}; read as ${read}`);
    else if (notOnCalendar(hints.publishedAt)) notes.push(`"publishedAt" ${JSON.stringify(hints.publishedAt)} is a day that does not exist; left out`);
    else notes.push(`"publishedAt" is not an ISO 8601 date: ${JSON.stringify(hints.publishedAt)}; left out (write it as 2025-06-02 or 2025-06-02T14:30:00Z)`);
    if (read) hints.publishedAt = read;
    else delete hints.publishedAt;
  }
  if (hints.publishedAt !== undefined) {
    const wrong = implausiblePublication(hints.publishedAt, now);
    if (wrong) {
      notes.push(`"publishedAt" ${JSON.stringify(hints.publishedAt)} ${wrong}; left out`);
      delete hints.publishedAt;
    }
  }
  if (hints.url !== undefined) {
    const address = webAddress(hints.url);
    if (address === null) {
      notes.push(`"url" is not a web address (http:// or https://): ${JSON.stringify(hints.url)}; left out`);
      delete hints.url;
    } else if (address !== hints.url.trim()) {
      notes.push(`"url" ${JSON.stringify(hints.url)} has no scheme; read as ${address}`);
      hints.url = address;
    }
  }
  // The fetch time is only of use to the minute ("3 minutes ago" counts back from it): a date alone, or
  // no date, is said and left out.
  if (hints.fetchedAt !== undefined && !isoFromMachineDate(hints.fetchedAt)?.includes('T')) {
    notes.push(`"fetchedAt" is not an ISO 8601 date and time: ${JSON.stringify(hints.fetchedAt)}; left out (write it as 2025-06-02T14:30:00Z)`);
    delete hints.fetchedAt;
  }
  // A page cannot be read before it was published: such a fetch time (a wrong day, a time zone lost)
  // would place every "N minutes ago" entry before the page existed, so it is said and left out.
  if (hints.fetchedAt !== undefined && hints.publishedAt !== undefined && fetchedBeforePublished(hints.fetchedAt, hints.publishedAt)) {
    notes.push(`"fetchedAt" ${JSON.stringify(hints.fetchedAt)} is before "publishedAt" ${JSON.stringify(hints.publishedAt)}; left out`);
    delete hints.fetchedAt;
  }
  // Nor after it was read in: a fetch time in the future (a wrong year, a time zone added twice) would
  // place every "N minutes ago" entry after the ingest, so it is said and left out.
  if (hints.fetchedAt !== undefined && instant(isoFromMachineDate(hints.fetchedAt)!) > now + FETCHED_AHEAD_TOLERANCE_MS) {
    notes.push(`"fetchedAt" ${JSON.stringify(hints.fetchedAt)} is later than the time of ingest (${new Date(now).toISOString()}); left out`);
    delete hints.fetchedAt;
  }
  const id = fields[spelt.get('id') ?? 'id'];
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') throw new InputError(where, '"id" must be a string or a number');
  const content = fields[kind] as string;
  const source: RawDocument['source'] = { file, line };
  if (id !== undefined) source.id = String(id);
  if (hints.url) source.url = hints.url;
  // The same text under another outlet or address is another publication of it (a wire copy), kept
  // and counted as a copy by consolidation, not dropped as a duplicate.
  const identity = hints.outlet || hints.url ? `${content}\u0000${hints.outlet ?? ''}\u0000${hints.url ?? ''}` : content;
  return { source, kind, content, hints, contentHash: contentHash(identity), ...(notes.length > 0 ? { notes } : {}) };
}

/**
 * Whether the fetch time lies before the publication. A time with no offset is read as UTC; a
 * publication day without a time is its earliest instant anywhere (a day before UTC's midnight).
 */
function fetchedBeforePublished(fetchedAt: string, publishedAt: string): boolean {
  const published = isoFromMachineDate(publishedAt);
  if (!published) return false;
  const from = published.includes('T') ? instant(published) : instant(`${published}T00:00:00`) - 86_400_000;
  return instant(isoFromMachineDate(fetchedAt)!) < from;
}

/** The instant of an ISO 8601 time; one with no offset is read as UTC. */
const instant = (iso: string): number => Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);

/** The fields a record may have. */
const KNOWN_FIELDS = new Set(['id', 'url', 'title', 'outlet', 'publishedAt', 'fetchedAt', 'text', 'html', 'body']);
/** A field name without case, underscores, hyphens or spaces: "published_at" and "PublishedAt" are "publishedat". */
const shapeOf = (key: string): string => key.toLowerCase().replace(/[\s_-]+/g, '');
const KNOWN_BY_SHAPE = new Map([...KNOWN_FIELDS].filter((k) => !CONTENT_FIELDS.includes(k as RawKind)).map((k) => [shapeOf(k), k]));

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A publication date written in words, with its year: "June 2, 2025", "2 June 2025", an RSS feed's
 * "Mon, 02 Jun 2025 10:00:00 GMT". Figures alone ("06/02/2025") are refused: the order of day and
 * month is unknown. With a clock time and a zone, the instant; else the calendar date as written.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "June 2, 2025", "Mon, 02 Jun 2025": the month, the day and the year as written. */
const MONTH_DAY_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_MONTH_YEAR = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i;

function dateInWords(value: string): string | null {
  const text = value.trim();
  const md = MONTH_DAY_YEAR.exec(text);
  const dm = md ? null : DAY_MONTH_YEAR.exec(text);
  if (!md && !dm) return null;
  const [month, day, year] = md ? [md[1]!, +md[2]!, +md[3]!] : [dm![2]!, +dm![1]!, +dm![3]!];
  const m = MONTHS.indexOf(month.toLowerCase()) + 1;
  // "Feb. 30, 2025" is no date.
  if (day < 1 || day > new Date(Date.UTC(year, m, 0)).getUTCDate()) return null;
  // With a clock time and a zone in figures or as GMT/UTC (an RSS date), the instant; else the calendar date as written.
  if (/\d{1,2}:\d{2}/.test(text) && /(?:\b(?:GMT|UTC|Z)\b|[+-]\d{4}\b)/.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString().replace(/\.000Z$/, 'Z');
  }
  return `${String(year).padStart(4, '0')}-${pad(m)}-${pad(day)}`;
}
