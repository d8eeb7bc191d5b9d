/**
 * Dates named relative to the publication day, as TimeML writes them: "last week" (1998-W08), "this
 * year", "next month", "two years ago" (at the precision of its unit), "last February" (13 months
 * back when said in March: one says "last month" otherwise), "this morning" (1998-02-06TMO), "over the
 * weekend" (1998-W06-WE), seasons (1997-FA), and the vague references "recently" (PAST_REF),
 * "currently" (PRESENT_REF), "the future" and "soon" (FUTURE_REF).
 */
import { addDays, type Day, dayValue, monthValue, resolveWeekday, weekValue } from './timex-calendar.js';
import { ONE_DAY_AHEAD } from './timex-durations.js';
import { bareFallIsSeason } from './timex-fall.js';
import { comparedQuarter } from './timex-periods.js';
import { NUMBER, readNumber, type Rule, type RuleContext, type RuleValue } from './timex-rules.js';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december)`;
const WEEKDAY = String.raw`((?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
/** Words that sharpen a date without changing its value ("early last week", "later this month"). */
const MOD = String.raw`(?:(?:early|late|mid|earlier|later|the end of|the beginning of|the start of|the middle of)[\s-]+)?`;

const inferred = (value: string, type: RuleValue['type'] = 'DATE'): RuleValue => ({ value, type });
const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/**
 * A day of the month after "last", "next" or "this" ("on last July 21", "next March 3rd"): not a count
 * ("last July 21 people died" has no ordinal and a noun after it, so the figure is left to the words),
 * nor a day with its year ("this March 9, 2011 photo": the year is written, the rules for full dates read it).
 */
const MONTH_DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?![\d:.,]?\d|,?\s*\d{4}\b|\s+(?:people|persons|percent|per\s+cent|of|to|or|times|years?|days?|men|women)\b)`;

/**
 * "last July 21" is the latest July 21 before the reference (this year's when said on July 31, last
 * year's when said in June), "next July 21" the first after it, "this July 21" this year's: the day is
 * written out, only its year is worked out.
 */
function namedDayOfMonth(reference: Day, word: string, month: number, day: number): RuleValue | null {
  if (day < 1 || day > 31) return null;
  const ahead = month > reference.month || (month === reference.month && day > reference.day);
  const year = word === 'last' ? (ahead || (month === reference.month && day === reference.day) ? reference.year - 1 : reference.year) : word === 'next' ? (ahead ? reference.year : reference.year + 1) : reference.year;
  return { value: dayValue({ year, month, day }), stated: true };
}

/** "this", "last" or "next" as -1, 0 or +1 steps from the reference. */
function step(word: string): number {
  const w = word.toLowerCase();
  if (/^(last|previous|past|this past)$/.test(w)) return -1;
  if (/^(next|coming|following)$/.test(w)) return 1;
  return 0;
}

function unitValue(ref: Day, unit: string, n: number): string | null {
  switch (unit) {
    case 'day':
      return dayValue(addDays(ref, n));
    case 'week':
      return weekValue(addDays(ref, 7 * n));
    case 'month':
      return monthValue(ref.year, ref.month + n);
    case 'year':
      // TimeML writes four digits: "2,000 years ago" is 0010.
      return String(ref.year + n).padStart(4, '0');
    case 'decade':
      return String(Math.floor((ref.year + 10 * n) / 10));
    case 'century':
      return String(Math.floor(ref.year / 100) + n);
    default:
      return null;
  }
}

/** "of" and a month, a year or a possessive after "the last week": the week is a part of that. */
export const PART_OF = /^\s+of\s+(?:the|his|her|its|their|this|that|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4})/i;

/** Seasons in TimeML's order through a year; January and February count as the winter before. */
const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

function seasonValue(ref: Day, season: string, n: number, future: boolean, own: boolean): string {
  const code = SEASONS[season.toLowerCase()]!;
  const [year, current] = ref.month <= 2 ? [ref.year - 1, 3] : [ref.year, Math.floor((ref.month - 3) / 3)];
  const index = SEASON_ORDER.indexOf(code);
  if (n < 0) return `${index < current ? year : year - 1}-${code}`;
  // "this summer" is the year's own, whether said in March (ahead) or October (just past).
  if (own) return `${code === 'WI' && ref.month <= 2 ? ref.year - 1 : ref.year}-${code}`;
  if (n > 0) return `${index > current ? year : year + 1}-${code}`;
  // "will present its budget in the spring", said in March: the spring under way, not the next one.
  if (future) return `${index >= current ? year : year + 1}-${code}`;
  return `${index <= current ? year : year - 1}-${code}`;
}

/** A count just before "years ago" ("Two years ago", "41 years ago", "three decades ago"). */
const COUNT_BEFORE = new RegExp(String.raw`\b${NUMBER}[\s-]+$`, 'i');

const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

function partOfDayDay(ref: Day, word: string, part: string, context: RuleContext, index: number, end: number): Day | null {
  const w = word.toLowerCase();
  if (w === 'yesterday') return addDays(ref, -1);
  if (w === 'tomorrow') return addDays(ref, 1);
  if (w === 'last') return /^(night|evening)$/i.test(part) ? addDays(ref, -1) : null;
  if (w === 'this' || w === 'today' || w === '') return ref;
  const weekday = WEEKDAYS.indexOf(w) + 1;
  return weekday > 0 ? resolveWeekday(ref, weekday, context.future(index, end)) : null;
}

/** A past tense just before or after "soon": "was soon found", "had soon", "soon became", "soon rose". */
const PAST_AROUND_SOON_BEFORE = /\b(?:was|were|had|did)\s+$/i;
const PAST_AROUND_SOON_AFTER = /^\s+(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|became|came|went|found|left|began|fell|rose|took|made|saw|got|(?!(?:need|seed|speed|feed|breed|greed|shed|hundred|red|bed|bred|shred|weed|creed|sled)\b)[a-z]{2,}ed)\b/;

/** What follows "the future" where it is the prospects of something, not a time. */
const PROSPECTS = /^\s+(?:of|looks?|looked|seems?|seemed|appears?|appeared|holds?|held)\b/i;

/** A past verb a few words on in the clause "Soon" opens: "Soon, officers sounded the alarm", "Soon battles erupted". */
/**
 * The "-ed" word is a lower-case one that is no noun or number ending so: "Soon, United Airlines plans",
 * "Soon a hundred more workers join", "Soon the need for water grows" stay ahead.
 */
const PAST_IN_CLAUSE = /^,?\s+(?:[\w'’-]+,?\s+){0,5}?(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|became|came|went|found|left|began|fell|rose|took|made|saw|got|(?!(?:need|seed|speed|feed|breed|greed|shed|hundred|red|bed|bred|shred|weed|creed|sled)\b)[a-z]{2,}ed)\b/;
/** A present or a modal in the clause keeps it ahead: "Soon, prices are expected to rise". */
const PRESENT_IN_CLAUSE = /\b(?:will|would|shall|is|are|am|can|may|might|could|should|must)\b|['’]ll\b/i;

function soonInPast(text: string, start: number, end: number): boolean {
  if (PAST_AROUND_SOON_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || PAST_AROUND_SOON_AFTER.test(text.slice(end, end + 24))) return true;
  // "Soon, law officers sounded the alarm": opening a sentence of a past narrative, it is soon after the
  // story's time, not after now (news pages had read FUTURE_REF).
  if (!/^[\s"'`‘“]*$/.test(text.slice(0, start))) return false;
  const clause = text.slice(end, end + 60).split(/[.;!?]/)[0]!;
  return PAST_IN_CLAUSE.test(clause) && !PRESENT_IN_CLAUSE.test(clause);
}

/**
 * "Now, he says, ...", "Currently, organs are rationed by region": "now" or "currently" opening its
 * sentence, set off by a comma, frames what follows as a turn of the story, and the TimeML sets leave
 * it unmarked (the five such in their development texts; "Now officials are investigating", with no
 * comma, they mark). "For now," and "At present," are still read (a held-out "For now" is marked).
 */
function framesSentence(m: RegExpExecArray): boolean {
  if (!/^(?:now|currently)$/i.test(m[0])) return false;
  return /^[\s"'`‘“]*$/i.test(m.input.slice(0, m.index)) && /^\s*,/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3));
}

export const RELATIVE_RULES: readonly Rule[] = [
  {
    // "the then-current price" was current at a time now past.
    when: ['current', 'nowadays', 'these days', 'at present'],
    pattern: /\b(?:currently|current|nowadays|these days|at present)\b/gi,
    read: (m) => (framesSentence(m) ? null : inferred(/\bthen[\s-]$/i.test(m.input.slice(Math.max(0, m.index - 5), m.index)) ? 'PAST_REF' : 'PRESENT_REF')),
  },
  {
    // "Today is the fifth day of the walkout", "It's the second day of the offensive": said in the
    // present, the count names the publication day.
    // (The sentence test holds the verb: the pattern, opening on a lookbehind, is tried at every offset.)
    when: /\b(?:is|['’]s|marks|enters)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|full)\s+)?day\b/i,
    pattern: /(?<=\b(?:is|['’]s|marks|enters)\s+)(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|full)\s+)?day\b/gi,
    read: (_m, c) => (c.reference ? inferred(dayValue(c.reference)) : null),
  },
  {
    // TimeML marks every "now" as the present ("is now at its highest", "until now", "right now");
    // only "from now" belongs to a longer expression ("two weeks from now"); "between now and May" marks it too.
    // "now-defunct", "the now-cancelled deal" are parts of an adjective, which MEANTIME leaves unmarked.
    when: ['now'],
    pattern: /(?<!\bfrom )\b(?:right )?now\b(?!-[a-z])/gi,
    read: (m) => (framesSentence(m) ? null : inferred('PRESENT_REF')),
  },
  {
    // "This day will be remembered": the publication day; "to this day" and "in this day and age" are up
    // to now, the present. chrono reads "this day" with no field certain, and the year alone came out.
    // "On this day in 1945" is the publication's month and day in that year.
    when: ['this day'],
    pattern: /\bthis day\b(?!s|-)(?:\s+and\s+age\b|\s+in\s+(\d{4})\b)?/gi,
    read: (m, c) => {
      if (/\bage$/i.test(m[0]) || /\bto\s+$/i.test(m.input.slice(Math.max(0, m.index - 4), m.index))) return inferred('PRESENT_REF');
      if (!c.reference) return null;
      return inferred(dayValue(m[1] ? { ...c.reference, year: +m[1] } : c.reference));
    },
  },
  {
    // "the most recent model" ranks things; it names no time.
    when: ['recent', 'lately', 'past', 'ago'],
    pattern: /\b(?<!\bmost )(?:recently|recent|lately|the past)\b(?![\s-]+(?:\d|few|several|couple|years?|months?|weeks?|days?|decades?|quarters?|hours?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty))|\b(?:recent|past) (?:years|months|weeks|days)\b|\b(?:years|decades) ago\b/gi,
    // "Two years ago", "41 years ago" with no publication day to count from: not the vague "years ago",
    // which had come out with the count left out of its span (the count rule below needs the day).
    read: (m) => {
      const before = m.input.slice(Math.max(0, m.index - 24), m.index);
      return /o$/i.test(m[0]) && COUNT_BEFORE.test(before) && !/\b(?:several|few)\s+$/i.test(before) ? null : inferred('PAST_REF');
    },
  },
  {
    // "I saw him the other day" and "told reporters at the time that the dam was sound", "At the time, the party
    // denied it": a time past that the story does not date (TimeML's PAST_REF; TimeBank marks such a bare
    // "at the time" so). Not "at the time of the blaze" or "At the time the ship sank",
    // whose time the words after it name: only a comma, a full stop, a semicolon, "that" or the sentence's
    // end may follow, or a verb of saying come just before.
    when: ['the other day', 'at the time'],
    pattern: /\bthe other day\b|(?<=\bat\s)the time\b/gi,
    read: (m, c) => {
      if (/^the other/i.test(m[0])) return inferred('PAST_REF');
      const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8);
      const before = m.input.slice(Math.max(0, m.index - 24), m.index);
      if (!/^\s*(?:$|[,.;:)'"”’]|that\b)/.test(after) && !/\b(?:said|says|saying|told\s+\w+|wrote|reported|recalled)\s+at\s+$/i.test(before)) return null;
      return c.future(m.index, m.index + m[0].length) ? null : inferred('PAST_REF');
    },
  },
  {
    when: ['someday', 'some day', 'one day'],
    pattern: /\b(?:some ?day|one day)\b/gi,
    read: (m) => (/^one/i.test(m[0]) && !ONE_DAY_AHEAD.test(m.input.slice(Math.max(0, m.index - 12), m.index)) ? null : inferred('FUTURE_REF')),
  },
  {
    // "soon" as an adverb of a clause ("may soon seek an indictment", "will be healthy enough soon") looks
    // ahead from now; "as soon as Tuesday", "soon after the attack" and "the soon-to-open terminal" take
    // their time from what follows, and "too soon to say" is a judgement. In a past narrative ("was soon
    // found", "soon became") it is soon after the story's time, not after now.
    when: ['term', 'later date', 'possible', 'future', 'coming', 'soon'],
    pattern: /\bthe (?:near|short) term\b|\ba later date\b|\bas soon as possible\b|(?<!\b(?:as|too|how|so) )\bsoon\b(?!-|\s+(?:as|after|afterwards?|before|thereafter)\b)|\bthe (?:near |foreseeable |distant )?future\b|\b(?:coming|future) (?:years|months|weeks|days|quarters)\b/gi,
    read: (m) => {
      if (/^soon$/i.test(m[0]) && soonInPast(m.input, m.index, m.index + m[0].length)) return null;
      // "the future of our peoples", "the future looks bleak", "what the future holds": the prospects of
      // something, not a time ahead ("in the future", "worried about the future" stay read).
      if (/future$/i.test(m[0]) && PROSPECTS.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      return inferred('FUTURE_REF');
    },
  },
  {
    // "early last week", "this month", "next year", "next century" (20 in 1998); "this past week" (which
    // chrono read as a day a week back), "the past year" and
    // "the last decade" are the year and decade before this one, as TimeBank marks them. "The past
    // decade" is the ten years up to now (P10Y in TimeBank, AQUAINT and MEANTIME alike), not the 1980s.
    when: ['week', 'month', 'year', 'decade', 'century'],
    pattern: new RegExp(String.raw`\b${MOD}(this|last|next|coming|current|previous|the current|the previous|the coming|the following|the past|the last|this past)\s+(week|month|year|decade|century)\b(?!-)`, 'gi'),
    read: (m, c) => {
      // "the last week of June", "the last year of his term": a part of what follows, not the one before now.
      if (/^the last$/i.test(m[1]!) && PART_OF.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
      if (/^the past$/i.test(m[1]!) && /^decade$/i.test(m[2]!) && m[0].length === 'the past decade'.length) return inferred('P10Y', 'DURATION');
      // "the past century" likewise is the hundred years up to now, where "the last century" is the one before this.
      if (/^the past$/i.test(m[1]!) && /^century$/i.test(m[2]!) && m[0].length === 'the past century'.length) return inferred('P100Y', 'DURATION');
      return c.reference ? nullable(unitValue(c.reference, m[2]!.toLowerCase(), step(m[1]!.replace(/^the /i, '')))) : null;
    },
  },
  {
    // "this weekend", "over the weekend", and a bare "weekend" before a noun ("weekend shootings"), not
    // a holiday's ("Thanksgiving weekend", "Memorial Day weekend": the holiday's rule reads its day).
    when: ['weekend'],
    pattern: new RegExp(String.raw`\b${MOD}(?:(this|last|next|the|over the)\s+)?weekend\b(?!s)`, 'gi'),
    read: (m, c) => {
      if (!c.reference) return null;
      const before = m.input.slice(Math.max(0, m.index - 20), m.index);
      if (!m[1] && /\b(?!(?:A|An|The|That|This|Last|Next)\s)\p{Lu}[\p{L}'’]*\s+$/u.test(before)) return null;
      // "after a weekend of talks": some weekend, not a dated one.
      if (!m[1] && /\ba\s+$/i.test(before)) return null;
      const n = step(m[1] ?? '');
      // "this weekend" is the one of this (ISO) week, Saturday and Sunday closing it, whatever the tense.
      if (m[1]?.toLowerCase() === 'this') return inferred(`${weekValue(c.reference)}-WE`);
      // "last weekend" closes last week: said on a Wednesday, the one just past, not the one before it.
      if (n < 0) return inferred(`${weekValue(addDays(c.reference, -7))}-WE`);
      // "ahead of the weekend" looks to the coming one.
      const ahead = /\bahead\s+of\s+$/i.test(before);
      const future = n > 0 || (n === 0 && (ahead || c.future(m.index, m.index + m[0].length)));
      const saturday = resolveWeekday(c.reference, 6, future);
      return inferred(`${weekValue(saturday)}-WE`);
    },
  },
  {
    when: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    pattern: new RegExp(String.raw`\b${MONTH}\s+(?:of\s+)?(this|last|next) year\b|\b(this|last|next) ${MONTH}(?:\s+${MONTH_DAY})?\b`, 'gi'),
    read: (m, c) => {
      // Lower-case "may" and "march" are a modal and a walk ("this may help").
      if (!c.reference || /^(?:may|march)$/.test(m[1] ?? m[4]!)) return null;
      const month = monthIndex(m[1] ?? m[4]!);
      const word = (m[2] ?? m[3]!).toLowerCase();
      if (m[2]) return inferred(monthValue(c.reference.year + step(word), month));
      if (m[5]) return namedDayOfMonth(c.reference, word, month, +m[5]);
      if (word === 'last') return inferred(monthValue(month < c.reference.month - 1 ? c.reference.year : c.reference.year - 1, month));
      if (word === 'next') return inferred(monthValue(month > c.reference.month ? c.reference.year : c.reference.year + 1, month));
      return inferred(monthValue(c.reference.year, month));
    },
  },
  {
    when: ['ago', 'earlier', 'from now', 'hence'],
    pattern: new RegExp(String.raw`\b(?:(?:about|nearly|almost|some|more than|over|less than|roughly|just|only|barely)\s+)?(${NUMBER})[\s-]+(days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)(?:\s+or\s+(?:so|two|three))?\s+(ago|earlier|from now|hence)\b`, 'gi'),
    read: (m, c) => {
      if (!c.reference) return null;
      // "a couple of years ago" is two, as the lengths read it ("for a couple of years", P2Y), not a vague past.
      const n = readNumber(m[1]!.replace(/^(?:a\s+)?couple of$/i, 'two'));
      // "three days later" and "two days before" are durations (timex-durations.ts). "a week or so ago",
      // "a month or two ago": the count as given, an approximation TimeML marks with a mod, not in the value.
      const back = /^(ago|earlier)$/i.test(m[3]!);
      if (n < 0) return inferred(back ? 'PAST_REF' : 'FUTURE_REF');
      const word = m[2]!.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
      // A fortnight is counted in weeks ("a fortnight ago", the week two back); "a century ago" is the century before.
      const [unit, count] = word === 'fortnight' ? ['week', 2 * n] : [word, n];
      // Earnings reports compare a quarter with the same quarter "a year ago".
      const compared = unit === 'year' && n === 1 && back ? comparedQuarter(c, m) : null;
      if (compared) return inferred(`${compared[0] - 1}-Q${compared[1]}`);
      // "two weeks ago" is the day that many weeks back, the weekday of the publication (TimeBank writes
      // the day, 1998-03-08 for a story of 1998-03-22), not the ISO week, which on a Monday's "a week ago"
      // would take in six days after it. A fortnight stays the week two back.
      if (word === 'week') return inferred(dayValue(addDays(c.reference, back ? -7 * n : 7 * n)));
      return nullable(unitValue(c.reference, unit, back ? -count : count));
    },
  },
  {
    when: ['morning', 'afternoon', 'evening', 'night'],
    pattern: new RegExp(String.raw`\b(?:(?:last\s+(?=${WEEKDAY.slice(1, -1)}))?(yesterday|tomorrow|today|this|last|${WEEKDAY.slice(1, -1)})\s+)?(?:(?:early|late|mid)[\s-]*)?(morning|afternoon|evening|night)(?:\s+(?:on\s+)?(yesterday|today|tomorrow|${WEEKDAY.slice(1, -1)}))?\b|\btonight\b`, 'gi'),
    read: (m, c) => {
      if (!c.reference) return null;
      // "mid-morning Tuesday", "late morning on Monday": the part of that weekday. chrono-node reads
      // "morning Tuesday" with no field known, and the year alone had come out. Not "every morning Monday
      // to Friday", a set.
      // "midnight Friday" is a clock time (chrono's), not the night.
      if ((m[1] && m[3]) || /midnight/i.test(m[0])) return null;
      if (m[3] && /\b(?:every|each)\s+$/i.test(m.input.slice(Math.max(0, m.index - 6), m.index))) return null;
      const part = (m[2] ?? 'tonight').toLowerCase();
      const word = m[1] ?? m[3] ?? (part === 'tonight' ? 'this' : null);
      // A bare "morning" or "the night" says nothing of which day.
      if (word === null) return null;
      // "Saturday Night Live", "Monday Night Football": a show, capitalised, not the night.
      if (/Night$/.test(m[0]) && /^\s+(?:Live|Football|Raw)\b/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 10))) return null;
      // "last Saturday night" said on a Sunday is the Saturday of the week before, as "last Saturday" is (timex-chrono.ts).
      const day = /^last\s+\S+day\b/i.test(m[0]) ? resolveWeekday(addDays(c.reference, -2), WEEKDAYS.indexOf(word.toLowerCase()) + 1, false) : partOfDayDay(c.reference, word, part, c, m.index, m.index + m[0].length);
      return day ? inferred(`${dayValue(day)}T${PARTS[part]}`, 'TIME') : null;
    },
  },
  {
    when: ['spring', 'summer', 'fall', 'autumn', 'winter'],
    pattern: /\b(?:(?:early|late|mid)[\s-]+)?(this|last|next|the|this past|that)\s+(?:(?:early|late|mid)[\s-]+)?(spring|summer|fall|autumn|winter)\b(?:\s+of\s+(?:(\d{4})|(last|this|next)\s+year\b))?|\b(\d{4})\s+(spring|summer|fall|autumn|winter)\b|\b(?:(?:early|late|mid)[\s-]+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:1[89]|20)\d\d)\b/gi,
    read: (m, c) => {
      // "the fall of 2015", "2015 fall", "fall 2015", "spring of 2019".
      const year = m[3] ?? m[5] ?? m[8];
      const season = (m[2] ?? m[6] ?? m[7]!).toLowerCase();
      if (year) return { value: `${year}-${SEASONS[season]}`, stated: true };
      // "the spring of last year": the season of the year named after it (had been "the spring" and "last year" apart).
      if (m[4] && c.reference) return inferred(`${c.reference.year + { last: -1, this: 0, next: 1 }[m[4].toLowerCase() as 'last' | 'this' | 'next']}-${SEASONS[season]}`);
      if (!c.reference || m[1]!.toLowerCase() === 'that') return null;
      const word = m[1]!.toLowerCase();
      if (word === 'the' && season === 'fall') {
        const at = m.index + m[0].search(/the\s/i);
        if (!bareFallIsSeason(m.input, at, m.index + m[0].length, c.future(at, m.index + m[0].length))) return null;
      }
      return inferred(seasonValue(c.reference, season, step(word.replace(/^this past$/, 'past')), c.future(m.index, m.index + m[0].length), word === 'this'));
    },
  },
];

function nullable(value: string | null): RuleValue | null {
  return value === null ? null : inferred(value);
}
