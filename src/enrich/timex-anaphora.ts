/**
 * Dates named from the last date the story gave, not from the publication day: "that year", "the
 * same day", "the following month", "the day before", "the previous year". A story that says "The
 * dam was built in 1958. The following year it cracked." means 1959, whatever year it is published.
 * The anchor is the last expression with a calendar value before the words; with none, or one too
 * coarse for the unit ("the next day" after "in 1958"), the rule lets the words go.
 */
import { addDays, type Day, dayValue, monthValue, resolveWeekday, weekValue } from './timex-calendar.js';
import { WEEKDAYS } from './timex-relative.js';
import { CLOCK_LEAD, COUNTED_AFTER } from './timex-durations.js';
import { NUMBER, readNumber, type Rule, type RuleContext, type RuleValue, UNKNOWN_PUBLICATION_MINUTES } from './timex-rules.js';

/**
 * A schedule in the present simple just before a clock ("Polls close at", "the curfew runs until"): the
 * time lies ahead on the publication day, as "will begin at" does.
 */
const SCHEDULED_AT = /\b(?:open|opens|close|closes|end|ends|begin|begins|start|starts|run|runs)\s+(?:again\s+)?(?:at|until|till)\s+$/i;

/** The calendar date an expression's value names, to the precision written: 1958, 1958-06, 1958-06-04. */
export interface Anchor {
  year: number;
  month: number | null;
  day: number | null;
}

/** The anchor a TimeML value gives, or null for values that name no calendar date (P3M, PAST_REF). */
export function anchorOf(value: string): Anchor | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T|$)/.exec(value);
  // A season, quarter or half of a year ("the summer of 2007", "the third quarter of 2008") gives its
  // year: "that year" after it is 2007, not the year named before it. Not a week: a crime story's
  // "last weekend ... the next day" had anchored on the day named before it, and still does.
  if (!m) return /^\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])$/.test(value) ? { year: +value.slice(0, 4), month: null, day: null } : null;
  return { year: +m[1]!, month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null };
}

const UNIT = String.raw`(day|week|month|year)`;
/** A clause after "the day before/after": a subject pronoun and its verb ("he lost", "they were", "she'd"). */
const CLAUSE_AFTER = /^\s+(?:he|she|they|we|i|you)(?:\s+(?:[a-z]+ed|was|were|had|has|have|is|are|did|got|went|left|came|made|took|lost|won|saw|told|said|found|bought|shot|died|ran|met|fell|became)\b|['’]d\b)/i;

/** What "the day before" may be before, other than the publication: an event or a date ("the shooting", "Christmas", "his arrest", "Slepian was killed"). */
const BEFORE_WHAT = /^\s+(?:the|a|an|his|her|their|its|this|that|\p{Lu})/u;

function shifted(anchor: Anchor, unit: string, n: number): string | null {
  switch (unit) {
    case 'year':
      return String(anchor.year + n);
    case 'month':
      return anchor.month === null ? null : monthValue(anchor.year, anchor.month + n);
    case 'day':
      return anchor.month === null || anchor.day === null ? null : dayValue(addDays({ year: anchor.year, month: anchor.month, day: anchor.day }, n));
    case 'week':
      return anchor.month === null || anchor.day === null ? null : weekValue(addDays({ year: anchor.year, month: anchor.month, day: anchor.day }, 7 * n));
    default:
      return null;
  }
}

function read(context: RuleContext, index: number, unit: string, n: number, fromPublication = false, event = false): RuleValue | null {
  const ref = context.reference;
  const anchor = (event && context.eventAnchor ? context.eventAnchor(index) : context.anchor(index)) ?? (fromPublication && ref ? { year: ref.year, month: ref.month, day: ref.day } : null);
  if (!anchor) return null;
  const value = shifted(anchor, unit.toLowerCase(), n);
  return value === null ? null : { value };
}

/**
 * One pattern, so that matches are read left to right and each can anchor the next. "that same day"
 * and "the very next day" are read as "that day" and "the next day".
 */
export const ANAPHORA_RULES: readonly Rule[] = [
  {
    when: ['day', 'week', 'month', 'year'],
    pattern: new RegExp(
      String.raw`\b(?:that(?:\s+(?:very\s+)?same)?|the\s+(?:very\s+)?same)\s+${UNIT}\b(?!\s+(?:before|after|earlier|later)\b)|\bthe\s+(?:very\s+)?(following|next|previous|preceding)\s+${UNIT}\b|\bthe\s+${UNIT}\s+(before|after)\b(?!\s+(?:yesterday|tomorrow)\b)`,
      'gi',
    ),
    read: (m, c) => {
      // A bare "that day" goes back to the day of the events told, not to a day named as when they were
      // told; "the same day", "that same day" are the day just named ("on Thursday, the same day ...").
      if (m[1]) return read(c, m.index, m[1], 0, false, /^that\s+\w+$/i.test(m[0]) && !/\b(?:later|earlier)\s+$/i.test(m.input.slice(Math.max(0, m.index - 10), m.index)));
      // "on Oct. 12, the day before the crash": in apposition to the date just named, it is that date.
      if (m[4] && APPOSED.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return read(c, m.index, m[4], 0);
      // "the day after he moved away", "the week before they married": before or after what the clause
      // tells, whose date the story does not give, not the date it named last (the eighteenth and
      // nineteenth rounds' news pages: a weapon bought the day after a clause's event had been the day
      // after the page's date). Not known (twentieth round).
      if (m[5] && CLAUSE_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
      const word = (m[2] ?? m[5]!).toLowerCase();
      // With no date named before it, "the previous day" and "the week before" count back from the
      // publication ("down from 10,325 the previous day" in a market report's first sentence); chrono
      // had read "the week before" as a day a week back and "the previous day" as nothing. What follows
      // a date not named ("the following day") stays unread.
      const back = /^(previous|preceding|before)$/.test(word);
      // "the week before the shooting", "the day before Christmas": before what follows, not before the
      // publication; with no date named to stand for it, the day is not known (it had been the day or the
      // week before the publication).
      const beforeWhat = word === 'before' && BEFORE_WHAT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24));
      return read(c, m.index, m[3] ?? m[4]!, back ? -1 : 1, back && !beforeWhat);
    },
  },
  {
    // "He was arrested on March 3. Two weeks earlier he had bought a gun": counted back from the date the
    // story last named, not the publication day ("ago" counts from now: timex-relative.ts). With no such
    // date, or one too coarse for the unit, the publication day's reading stands. "A year earlier" in a
    // results story is left to the reading that knows its quarters (timex-relative.ts), and so is one
    // after a date of the publication's year (the same year either way); after a date of another year
    // it is the year before that one ("The treaty was signed in 2019. A year earlier, ..." had been the
    // year before the publication).
    when: /earlier/,
    pattern: new RegExp(String.raw`\b(${NUMBER})[\s-]+(days?|weeks?|months?|years?)\s+earlier\b(?!\s+than\b)`, 'gi'),
    read: (m, c) => {
      const n = readNumber(m[1]!);
      const unit = m[2]!.toLowerCase().replace(/s$/, '');
      if (n < 1) return null;
      if (unit === 'year' && n === 1 && (c.quarter !== null || !c.reference || c.anchor(m.index)?.year === c.reference.year)) return null;
      return read(c, m.index, unit, -n);
    },
  },
  {
    // "off 3.2% from the previous Friday": the weekday before the day the story last named (strictly),
    // "the following Monday" the one after it; with no day named, chrono's reading from the publication day stands.
    when: /\bthe\s+(?:previous|preceding|following|next)\s+\w+day\b/i,
    pattern: /\bthe\s+(previous|preceding|following|next)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi,
    read: (m, c) => {
      const anchor = c.anchor(m.index);
      if (!anchor?.month || !anchor.day) return null;
      const day: Day = { year: anchor.year, month: anchor.month, day: anchor.day };
      const back = /^(previous|preceding)$/i.test(m[1]!);
      const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 1;
      return { value: dayValue(resolveWeekday(addDays(day, back ? -1 : 1), weekday, !back)) };
    },
  },
  {
    // "Dealers bought in the morning", "by mid afternoon": that part of the day the story last named,
    // else of the publication day; said of the future, it could be tomorrow's, so it is let go. Not "in
    // the early morning hours of Saturday" or "in afternoon trading on Tuesday", whose day comes after.
    // (The preposition is checked behind the match: a pattern opening on a lookbehind is tried at every offset.)
    when: ['morning', 'afternoon', 'evening'],
    pattern: /\b(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?(morning|afternoon|evening)\b(?!\s+(?:of|yesterday|today|tomorrow|hours?)\b|,?\s+(?:(?:trading|dealings|session)\s+)?(?:on\s+)?\w+day\b)/gi,
    read: (m, c) => {
      if (!/\b(?:by|in|during)\s+$/i.test(m.input.slice(Math.max(0, m.index - 8), m.index))) return null;
      // "by" reads as a deadline to the tense rules; here it only bounds a time already past or present.
      const by = /\bby\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index));
      if (!c.reference || (!by && c.future(m.index, m.index + m[0].length))) return null;
      return { value: `${dayValue(storyDay(c, m.index, c.reference))}T${PARTS[m[1]!.toLowerCase()]}`, type: 'TIME' };
    },
  },
  {
    // "the talks on April 24 and 25", "on March 3, 4 or 5": a bare day number after a month and day is
    // a day of that month (chrono reads the first only). Not a count ("on May 3 and 5 people died", "hurt
    // on Aug. 7 and 12 in the second blast"): only punctuation, a conjunction, a name or "in"/"at"/"on"
    // before a name may follow.
    when: /\d(?:st|nd|rd|th)?\s*(?:,|and|or|&)\s*\d/,
    pattern: /(?<=(?:\band|\bor|&|,)\s{1,3})\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|[-–:.]\d))(?=\s*(?:$|[,.;:)'"”’]|(?:and|or|when|while|after|before|during|[A-Z])\b|(?:in|at|on)\s+[A-Z]))/g,
    read: (m, c) => {
      if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|or|&)?\s*$/i.test(m.input.slice(Math.max(0, m.index - 40), m.index))) return null;
      const anchor = c.anchor(m.index);
      const day = parseInt(m[0], 10);
      if (!anchor?.month || !anchor.day || day <= anchor.day || day > 31) return null;
      const value = dayValue({ year: anchor.year, month: anchor.month, day });
      return value.endsWith(`-${String(day).padStart(2, '0')}`) ? { value } : null;
    },
  },
  {
    // "He died that night", "the next morning", "later that evening": a part of the day the story last
    // named, or of the day after or before it. Not without a day named (no anchor): then it is unknown.
    when: ['morning', 'afternoon', 'evening', 'night'],
    pattern: /\b(?:(?:later|earlier)\s+)?(that|the\s+(?:next|following|previous|preceding))\s+(morning|afternoon|evening|night)\b/gi,
    read: (m, c) => {
      const step = /next|following/i.test(m[1]!) ? 1 : /previous|preceding/i.test(m[1]!) ? -1 : 0;
      // A bare "that night" goes back to the night of the events, not to a day named as when they were
      // told; "later that night" goes on from the day just named.
      const bare = step === 0 && !/^(?:later|earlier)\b/i.test(m[0]);
      const anchor = bare && c.eventAnchor ? c.eventAnchor(m.index) : c.anchor(m.index);
      if (!anchor?.month || !anchor.day) return null;
      const day = addDays({ year: anchor.year, month: anchor.month, day: anchor.day }, step);
      return { value: `${dayValue(day)}T${NIGHT_PARTS[m[2]!.toLowerCase()]}`, type: 'TIME' };
    },
  },
  {
    // "at 2230 hours", as police write a clock time, and "at 0600 GMT", "1800 local time", as wire copy
    // does (had been nothing, and "1800 local time" the year 1800): on the day the sentence or story named
    // last, or the day written after it ("at 2114 GMT Tuesday": onDayAfter, timex-clock-day.ts). Not a
    // conversion in brackets after another clock ("10:40 a.m. (0740 GMT) on Tuesday"), which would stand
    // between that clock and its day.
    when: ['hours', 'gmt', 'utc', 'local time'],
    pattern: /\b([01]\d|2[0-3])([0-5]\d)(?:\s+(hours)|\s*(GMT|UTC)|\s+local\s+time)\b/g,
    read: (m, c) => {
      if (!c.reference) return null;
      const before = m.input.slice(Math.max(0, m.index - 16), m.index);
      if (m[3] ? !CLOCK_LEAD.test(before) : /\(\s*$/.test(before)) return null;
      // "about 1900 hours of community service", "2000 hours per year": a count of hours, not a clock.
      if (m[3] && COUNTED_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      // Each reading looks back through the sentence's readings for its day: past a few clock times in one
      // "sentence" (a page's log of thousands), the rest are let go rather than looked up at quadratic cost.
      if (m.input !== clockSentence) [clockSentence, clockCount] = [m.input, 0];
      if (++clockCount > CLOCKS_PER_SENTENCE) return null;
      // With no day named before it, a time later than the report was written is the night before, as
      // chrono's clock times are read (timex-chrono.ts, laterThanPublication: its publication time, else
      // 6 p.m.), unless the sentence sets it ahead ("polls close at 2000 hours"). Every evening time had
      // gone back a day, "at 1800 hours" on a page dated that day and "Voting ends at 1800 hours" too.
      const anchor = c.anchor(m.index);
      // A GMT or UTC clock, or one in the "local time" of the place reported from, is not in the zone of
      // the publication time, so it is held to the old 6 p.m. rule: "1100 GMT" on a page published at
      // 08:00 New York time is 07:00 there, earlier the same day, not the day before.
      const writtenBy = m[3] ? (c.writtenBy ?? UNKNOWN_PUBLICATION_MINUTES) : UNKNOWN_PUBLICATION_MINUTES;
      const ahead = c.future(m.index, m.index + m[0].length) || SCHEDULED_AT.test(m.input.slice(Math.max(0, m.index - 40), m.index));
      const late = +m[1]! * 60 + +m[2]! > writtenBy && !ahead;
      const day = anchor?.month && anchor.day ? { year: anchor.year, month: anchor.month, day: anchor.day } : late ? addDays(c.reference, -1) : c.reference;
      return { value: `${dayValue(day)}T${m[1]}:${m[2]}${m[4] ? 'Z' : ''}`, type: 'TIME' };
    },
  },
  {
    // "Earlier in the day, he met the premier", "later in the week": the day the story last named, else
    // the publication day, and its week. Not "earlier in the day Saturday": the weekday after it says
    // which day, and is read on its own (the day had been the publication's; eighteenth round).
    when: /in\s+the\s+(?:day|week)/i,
    pattern: /\bthe\s+(day|week)\b(?!,?\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/gi,
    read: (m, c) => {
      if (!c.reference || !/\b(?:earlier|later)\s+in\s+$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index))) return null;
      const day = storyDay(c, m.index, c.reference);
      return { value: m[1]!.toLowerCase() === 'day' ? dayValue(day) : weekValue(day) };
    },
  },
  {
    // "For the day, the Dow lost 777 points": the day the story last named (a market report's
    // session), else the publication day; not "the day before", "the day of the vote". "The Nasdaq lost
    // 2% on the day" too, where a market and a figure stand before it in its clause and the clause ends
    // with it ("on the day of the vote", "on the day he died" are no session).
    when: /(?:or|on) the day/,
    pattern: /\b(?<=\b(for|on)\s)the\s+day\b(?!\s+(?:of|before|after|when|that|on|in|to|and)\b|['’]s\b)/gi,
    read: (m, c) => {
      if (!c.reference || c.future(m.index, m.index + m[0].length)) return null;
      if (m[1]!.toLowerCase() === 'on' && !sessionDay(m)) return null;
      return { value: dayValue(storyDay(c, m.index, c.reference)) };
    },
  },
  {
    // "Asian markets fell overnight", "overnight losses in New York": the night before the day the story
    // last named (a market report's session), else before the publication day. Not "overnight rates",
    // "an overnight stay", "an overnight success": only as an adverb or before a market's moves. Only of
    // markets: a crime "overnight" in a morning report ("a man was shot overnight") is as often after
    // midnight, on the publication day; read as the night before, it moved GVA dates a day early.
    when: /vernight/,
    pattern: /\bovernight\b(?=\s*(?:$|[,.;:)'"”’]|\s(?:losses|gains|trading|session|declines?|rally|slide|falls?|drops?|rises?|sell-?off|and|in|on|at|after|before|as|to|from|when|while|by)\b))/gi,
    read: (m, c) => {
      if (!c.reference) return null;
      const before = m.input.slice(Math.max(0, m.index - 80), m.index);
      const clause = clauseOf(before);
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!MARKET_MOVE.test(after) && !MARKET_WORD.test(clause)) return null;
      // Only a modal just before says it lies ahead: the tense rules read "by overnight losses" as a deadline.
      if (/\b(?:will|shall|going\s+to)\s+(?:\w+\s+){0,3}$/i.test(before.slice(-40))) return null;
      return { value: `${dayValue(addDays(storyDay(c, m.index, c.reference), -1))}TNI`, type: 'TIME' };
    },
  },
  {
    // "by the end of the day", "at the end of the trading day": the day the story last named, else the
    // publication day. A bare "at the end of the day" is mostly the idiom ("in the end"), so it needs "by".
    when: /nd of the/,
    pattern: /\bthe\s+end\s+of\s+the\s+(?:(trading|business)\s+)?day\b(?!['’]s)/gi,
    read: (m, c) => {
      if (!c.reference || (!m[1] && !/\bby\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index)))) return null;
      return { value: dayValue(storyDay(c, m.index, c.reference)) };
    },
  },
];

/** A date and a comma just before the words: a day number, a weekday or a year ("Nov. 3, ", "on Monday, "). */
const APPOSED = /(?:\b\d{1,2}(?:st|nd|rd|th)?|day|\b\d{4})\s*,\s*$/i;

/** A market's move right after "overnight" ("overnight losses"). */
const MARKET_MOVE = /^\s(?:losses|gains|trading|session|declines?|rally|slide|sell-?off)\b/i;
/** A market's words in the clause before "overnight" ("Asian markets fell overnight"), with the indices news names alone ("the CAC 40 closed down 7.7 percent on the day"). */
const MARKET_WORD =
  /\b(?:markets?|stocks?|shares|futures|index(?:es)?|indices|Dow|Nasdaq|Nikkei|Hang Seng|FTSE|DAX|CAC|Sensex|Nifty|Kospi|Bovespa|Stoxx|IBEX|MIB|AEX|SMI|ASX|TSX|RTS|MICEX|Topix|Taiex|S&P|bourses?|prices?|dollar|yen|euro|sterling|bonds?|yields?|oil|crude|gold|trading|traded|investors)(?![\w&])/i;

/** A figure a market moved by: "2%", "3.5 percent", "777 points", "12 cents". */
const MOVE_FIGURE = /\d\s*(?:%|percent\b|per cent\b|points?\b|cents?\b|pence\b)/i;

/** "on the day" closing a clause of a market's move ("The Nasdaq lost 2% on the day."). */
function sessionDay(m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  if (!/^\s*(?:$|[,.;:)'"”’])/.test(m.input.slice(end, end + 3))) return false;
  const before = m.input.slice(Math.max(0, m.index - 120), m.index);
  const clause = clauseOf(before);
  return MARKET_WORD.test(clause) && MOVE_FIGURE.test(clause);
}

/**
 * The end of the text before the words, from the last full stop or semicolon: not a decimal point,
 * whose figure belongs to the clause ("The index closed 2.1% lower on the day." had been cut to
 * "1% lower", with no market left in it).
 */
export function clauseOf(before: string): string {
  let cut = before.lastIndexOf(';');
  for (let i = before.lastIndexOf('.'); i > cut; i = before.lastIndexOf('.', i - 1)) {
    if (!/\d/.test(before[i - 1] ?? '') || !/\d/.test(before[i + 1] ?? '')) {
      cut = i;
      break;
    }
  }
  return before.slice(cut + 1);
}

/** How many police clock times one sentence is read for, and the sentence being read. */
const CLOCKS_PER_SENTENCE = 20;
let clockSentence: string | null = null;
let clockCount = 0;

/** The day-precise date named last before the words, else the reference day. */
function storyDay(c: RuleContext, index: number, reference: Day): Day {
  const anchor = c.anchor(index);
  return anchor?.month && anchor.day ? { year: anchor.year, month: anchor.month, day: anchor.day } : reference;
}

const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV' };
const NIGHT_PARTS: Record<string, string> = { ...PARTS, night: 'NI' };
