/**
 * Live pages ("Live updates: ...", "... – as it happened"): a run of entries, each under the time it
 * was posted. The stamps are taken out of the text and kept as data (each entry's first paragraph and
 * its time on the calendar, see live-time.ts), so what an entry reports carries the entry's time
 * rather than the page's; and the blogger's greetings and sign-offs ("Good morning.", "That's all from
 * us") are dropped: they are no news, and were taken for facts.
 */
import { readStamp, unreadZoneStamp, type LiveStamp } from './live-stamp.js';
import type { LiveEntry } from '../model/types.js';
import { isoAtOffset, localMidnight, writtenOffset, zoneOffset } from './live-time.js';
import { wordCount } from './block.js';

/**
 * A live page's headline: "Live:", "LIVE UPDATES:", "– live", "– latest updates", "as it happened". A hyphen
 * right after "live" makes a word of it ("Live-fire exercise kills two soldiers"), not a page's label.
 */
export const LIVE_HEADLINE = /^\s*(?:live(?:\s+(?:updates?|blog|coverage))?|as it happened)(?:\s*[:|–—]|\s+-)|[:|–—-]\s*(?:live(?:\s+(?:updates?|blog|coverage))?|(?:the\s+)?latest(?:\s+(?:updates|news))?|as it happened)\s*$|\blive (?:updates|blog)\b/i;

/** An entry as extract finds it: the paragraph it begins at (in the returned paragraphs) and its stamp. */
export interface FoundEntry {
  paragraph: number;
  /** The stamp as the page wrote it ("10:42 GMT"). */
  stamp: string;
  /** The entry's time (ISO 8601, at the stated zone's offset, else the page's); null where it cannot be put on the calendar. */
  time: string | null;
}

export interface LiveBlog {
  paragraphs: string[];
  entries: FoundEntry[];
  /** Greetings and sign-offs taken out. */
  dropped: string[];
  /** Entries stamped "N minutes ago" left without a time: the input gave no time the page was fetched. */
  agoUnplaced: number;
  /** The zones of stamps alone that could not be read ("18:45 ZMT" gives "ZMT"), one per stamp, taken out of the text. */
  unreadZones: string[];
}

const GREETING = /^(?:good (?:morning|afternoon|evening)|hello(?: again)?|hi)(?:,? (?:everyone|all|again|there))?[.!]$/i;
const WELCOME = /^(?:(?:good (?:morning|afternoon|evening)|hello|hi),? (?:and )?)?welcome(?: back)?,? to [^.!?]{0,80}?\b(?:live|rolling|minute-by-minute)\s+(?:coverage|blog|updates|page|reporting|text)\b/i;
const INTRO = /^(?:i(?:'|’)m|i am|this is) [^.!?]{1,60}?(?:,? and i(?:'|’)ll be (?:bringing|taking|guiding|keeping)|,? (?:bringing|taking) you (?:through|the latest))/i;
const SIGN_OFF = /^(?:that(?:'|’)s (?:all|it) (?:from (?:us|me)|for (?:now|today|tonight|this (?:blog|page)))|we(?:'|’)re (?:now )?(?:pausing|ending|closing|wrapping up|going to (?:pause|end|close))\b[^.!?]{0,60}\b(?:coverage|blog|updates|page)|we(?:'|’)ll (?:be back|return|resume) (?:with|tomorrow|later|in the morning)|thanks? (?:you )?for (?:following|reading|joining us|being with us)|this (?:live )?(?:blog|page|coverage) (?:is now closed|has (?:now )?(?:ended|closed)|is closing|will (?:no longer be|not be) updated)|you can (?:continue to )?(?:read|follow) (?:more|our (?:continuing|latest|ongoing|full) coverage)|(?:stay|keep) (?:with us|tuned))/i;

/** A sentence of the blogger's to the reader, not of the news. */
export function isBloggerAside(sentence: string): boolean {
  const s = sentence.trim();
  return GREETING.test(s) || WELCOME.test(s) || INTRO.test(s) || SIGN_OFF.test(s);
}

/** Double quotation marks, straight or curly: what lies between them is a speaker's words. */
const DOUBLE_QUOTE = /["“”„«»]/;

/** Whether a quotation is still open after `sentence`, given whether one was open before it. */
function quoteOpenAfter(sentence: string, open: boolean): boolean {
  for (const c of sentence) {
    if (c === '"') open = !open;
    else if (c === '“' || c === '„' || c === '«') open = true;
    else if (c === '”' || c === '»') open = false;
  }
  return open;
}

const SENTENCE_BREAK = /(?<=[.!?]["”’]?)\s+(?=["“‘]?[\p{Lu}\d])/u;

/**
 * An entry's text rather than a headline or a link's title: a sentence (a headline ends on no full
 * stop), or more words than a title has. A question may be either, so it is no proof.
 */
function isEntryText(paragraph: string): boolean {
  return wordCount(paragraph, 20) > 20 || /[.!…"”’)]$/.test(paragraph.trim());
}

/** The times a page's input gives for it: its publication, its last update, and when it was fetched. */
export interface PageTimes {
  publishedAt: string | null;
  modifiedAt: string | null;
  /** When the page was fetched (the input record's `fetchedAt`): what "3 minutes ago" counts back from. */
  fetchedAt: string | null;
}

/**
 * The page's paragraphs with stamps and asides taken out, and its entries; null for a page that is not
 * live (no live headline, and fewer than two stamps alone in their paragraphs that open an entry).
 * `publishedAt` places the clock times on the calendar; `fetchedAt` is what "3 minutes ago" counts back
 * from: without it such entries get no time (`agoUnplaced` says how many), as when the page was read is not known.
 */
export function readLiveBlog(headline: string | null, input: readonly string[], times: PageTimes): LiveBlog | null {
  const unreadAt = input.map(unreadZoneStamp);
  const stamps = input.map((p, i) => (unreadAt[i] ? null : readStamp(p)));
  // A stamp opens an entry only where text follows it before the next stamp: a list of other stories'
  // headlines with their times (an index page, a "latest" sidebar) has a title, or nothing the layout
  // kept, under each stamp, not an entry's text.
  const opens = stamps.map((s, i) => {
    if (!s) return false;
    if (s.text && isEntryText(s.text)) return true;
    for (let k = i + 1; k < input.length && !stamps[k]; k++) if (isEntryText(input[k]!)) return true;
    return false;
  });
  // Without a live headline, only stamps printed alone over their entries make a live page. A report's
  // timeline writes its times at the start of its paragraphs ("8:10 a.m. The gunman entered the
  // school."): they tell when things happened and are the report's text, not when it was posted.
  // A stamp in a zone not known counts here too: such a page is still live, and its lost times are said.
  const unreadOpening = input.filter((_, i) => unreadAt[i] && input[i + 1] !== undefined && !stamps[i + 1] && !unreadAt[i + 1] && isEntryText(input[i + 1]!)).length;
  if (!(headline && LIVE_HEADLINE.test(headline)) && stamps.filter((s, i) => s?.text === '' && opens[i]).length + unreadOpening < 2) return null;
  const paragraphs: string[] = [];
  const dropped: string[] = [];
  const found: { paragraph: number; stamp: LiveStamp; written: string }[] = [];
  const unreadZones: string[] = [];
  let pending: { stamp: LiveStamp; written: string } | null = null;
  input.forEach((raw, i) => {
    const unread = unreadAt[i];
    if (unread) {
      unreadZones.push(unread);
      return;
    }
    const read = opens[i] ? stamps[i] : null;
    if (read) pending = { stamp: read.stamp, written: read.written };
    // A stamp over no entry goes; one opening a headline is kept as the page wrote it.
    const text = read ? read.text : stamps[i]?.text === '' ? '' : raw;
    if (!text) return;
    let quoted = false;
    const kept = text.split(SENTENCE_BREAK).filter((s) => {
      // A sentence inside a quotation, or holding one, is someone quoted ("We'll resume tomorrow at
      // first light," the police chief said), not the blogger speaking to the reader.
      const inQuote = quoted;
      quoted = quoteOpenAfter(s, quoted);
      if (inQuote || DOUBLE_QUOTE.test(s) || !isBloggerAside(s)) return true;
      dropped.push(s);
      return false;
    });
    if (kept.length === 0) return;
    if (pending) found.push({ paragraph: paragraphs.length, ...pending });
    pending = null;
    paragraphs.push(kept.join(' '));
  });
  const entries = placeOnCalendar(found, times);
  const agoUnplaced = found.filter((f, k) => f.stamp.kind === 'ago' && entries[k]!.time === null).length;
  return { paragraphs, entries, dropped, agoUnplaced, unreadZones };
}

function placeOnCalendar(found: readonly { paragraph: number; stamp: LiveStamp; written: string }[], { publishedAt, modifiedAt, fetchedAt }: PageTimes): FoundEntry[] {
  const published = instant(publishedAt);
  const modified = instant(modifiedAt);
  const statedOffset = publishedAt ? writtenOffset(publishedAt) : null;
  const pageOffset = statedOffset ?? 0;
  const times = new Map<number, string>();
  // Clock stamps, in the order they were written: a page reads newest first when its clock mostly runs back.
  const clocks = found.map((f, i) => ({ i, f })).filter((x): x is { i: number; f: { paragraph: number; stamp: Extract<LiveStamp, { kind: 'clock' }>; written: string } } => x.f.stamp.kind === 'clock');
  if (!Number.isNaN(published) && clocks.length > 0) {
    // The first entry's clock on its day; on a 12-hour clock, morning or afternoon, whichever is nearer the publication.
    const firstAt = (midnight: number, minutes: number): number => {
      if (!twelveHour) return midnight + minutes * 60_000;
      const morning = midnight + (minutes % 720) * 60_000;
      return Math.abs(morning + 43_200_000 - published) < Math.abs(morning - published) ? morning + 43_200_000 : morning;
    };
    // Each clock as minutes of the UTC day; an entry in a zone not known is left without a time.
    const placed = clocks.flatMap(({ i, f }) => {
      const offset = f.stamp.zone ? zoneOffset(f.stamp.zone, published, statedOffset) : pageOffset;
      return offset === null ? [] : [{ i, minutes: f.stamp.minutes, offset, utc: (((f.stamp.minutes - offset) % 1440) + 1440) % 1440, at: NaN }];
    });
    // From one entry to the next the clock moves the short way round: forward less than 12 hours is
    // later, more is earlier (22:30 then 00:15 is an hour and 45 minutes on). A page whose clock
    // mostly runs back lists its newest entries first.
    // A page whose clock stamps state no am/pm, no hour past 12 and no hour with a leading zero
    // ("11:50", "12:10", "1:05") keeps a 12-hour clock: the same holds on its 12-hour dial (12:10 then
    // 1:05 is 55 minutes on, not 11 hours back).
    const twelveHour = clocks.every(({ f }) => f.stamp.minutes < 13 * 60 && !/\d\s*[ap]\.?\s*m/i.test(f.written) && !/(?:^|\D)0\d?[:.h]/.test(f.written));
    const dial = twelveHour ? 720 : 1440;
    const step = (a: number, b: number): number => (((b - a) % dial) + dial) % dial;
    let back = 0;
    for (let k = 1; k < placed.length; k++) back += step(placed[k - 1]!.utc, placed[k]!.utc) > dial / 2 ? 1 : -1;
    const written = back > 0 ? [...placed].reverse() : placed;
    // The first entry was posted on the day the page was published (in the entry's zone, moved a day
    // either way below); each next one the forward distance of its clock later.
    written.forEach((p, k) => {
      p.at = k === 0 ? firstAt(localMidnight(published, p.offset), p.minutes) : written[k - 1]!.at + step(written[k - 1]!.utc, p.utc) * 60_000;
    });
    // The page's date is when its first entry or its last one was posted: the entries go on the day
    // (that of the publication, the one before or the one after) that puts the oldest or the newest
    // nearest to it. The publication's own day is wrong for a page opened at 23:50 whose first entry
    // is 00:05, and for one dated by its last update at 01:15 whose entries began at 22:15.
    const oldest = written[0]!.at;
    const newest = written[written.length - 1]!.at;
    const distance = (d: number): number => Math.min(Math.abs(oldest + d - published), Math.abs(newest + d - published));
    const day = [0, -86_400_000, 86_400_000].reduce((best, d) => (distance(d) < distance(best) ? d : best));
    for (const p of placed) p.at += day;
    // A page whose date is its last update rather than its first entry: the entries lie before it.
    const latest = Math.max(...placed.map((p) => p.at));
    const shift = !Number.isNaN(modified) && latest > modified + 3_600_000 ? 86_400_000 : 0;
    for (const p of placed) times.set(p.i, isoAtOffset(p.at - shift, p.offset));
  }
  // "3 minutes ago" was written when the page was served: the page's publication or update is not that
  // time (a page published at 08:00 and read at 15:00 says "10 minutes ago" of 14:50), so without the
  // fetch time the entry is left unplaced rather than given a made-up time.
  const fetched = instant(fetchedAt);
  found.forEach((f, i) => {
    if (f.stamp.kind === 'ago' && !Number.isNaN(fetched)) times.set(i, isoAtOffset(fetched - f.stamp.minutes * 60_000, pageOffset));
  });
  return found.map((f, i) => ({ paragraph: f.paragraph, stamp: f.written, time: times.get(i) ?? null }));
}

/** An ISO 8601 time as an instant; a local time with no offset is read as UTC, as the page's date is stored. */
function instant(iso: string | null): number {
  if (!iso) return NaN;
  return Date.parse(iso.includes('T') && writtenOffset(iso) === null ? `${iso}Z` : iso);
}

/** The entries as spans of the body the paragraphs make joined by blank lines: each runs to the next entry. */
export function entrySpans(paragraphs: readonly string[], entries: readonly FoundEntry[]): LiveEntry[] {
  const starts: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    starts.push(at);
    at += p.length + 2;
  }
  const bodyLength = Math.max(0, at - 2);
  return entries.map((e, k) => {
    const next = entries[k + 1];
    const end = next ? starts[next.paragraph]! - 2 : bodyLength;
    return { start: starts[e.paragraph]!, end, stamp: e.stamp, time: e.time };
  });
}
