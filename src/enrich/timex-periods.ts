/**
 * Calendar periods longer than a month, written out or named from the publication day: quarters
 * ("the third quarter" = 1998-Q3, "the year-ago quarter"), decades ("the 1990s" = 199), centuries
 * ("the 20th century" = 19), years ("1997", "fiscal 1998", "'97"). A quarter without a year is the
 * latest one of that number, as news reports results after the fact.
 */
import { quarterOf, quarterValue } from './timex-calendar.js';
import type { Rule, RuleContext, RuleValue } from './timex-rules.js';
import { quarterClosedBy } from './timex-quarter-end.js';

/** "the end of " or "the close of " just before "the quarter". */
const END_OF_BEFORE = /\b(?:end|close)\s+of\s+$/i;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, final: 4 };

function quarter(context: RuleContext, year: number, q: number, m?: RegExpExecArray): RuleValue {
  // A results story compares the quarter it reports with the year before's. A quarter of a later year
  // ("deficits through the third quarter of 1991"), or one not yet over that the words look ahead to ("the
  // trend will continue into the fourth quarter"), is a forecast, not the one "the year-ago period"
  // counts back from. (Fiscal quarters run ahead of the calendar's: a fourth quarter reported in
  // November is over, so the calendar alone cannot tell.)
  const ref = context.reference;
  const ahead = ref !== null && (year > ref.year || (year * 4 + q >= ref.year * 4 + quarterOf(ref) && m !== undefined && context.future(m.index, m.index + m[0].length)));
  if (!ahead) context.quarter = [year, q];
  return { value: quarterValue(year, q) };
}

/**
 * A quarter of the number given with no year: the latest one of that number, this year's up to the
 * current one whatever the tense (results come after it), else last year's unless the words look ahead.
 */
export function quarterOfYear(context: RuleContext, m: RegExpExecArray, q: number): RuleValue | null {
  if (!context.reference) return null;
  const later = q > quarterOf(context.reference) && !context.future(m.index, m.index + m[0].length);
  return quarter(context, later ? context.reference.year - 1 : context.reference.year, q, m);
}

/**
 * A span of several months named before the words in their sentence ("For the nine months, deficits
 * came to $95 million, against $31.4 million a year earlier"): the comparison is with that span
 * a year back, which TimeML writes as the year before, not with the quarter the story reported.
 */
const MONTHS_SPAN = /\b(?:nine|six|eight|ten|eleven|twelve|[2-9]|1[0-2])[\s-]months?\b(?![\s\S]*\bquarter\b)/i;

/** The quarter a year-back comparison at this match is with, or null when it is with a longer span or none is known. */
export function comparedQuarter(context: RuleContext, m: RegExpExecArray): [number, number] | null {
  return context.quarter && !MONTHS_SPAN.test(m.input.slice(0, m.index)) ? context.quarter : null;
}

/** A year written as 1997, '97 or 97 next to a quarter or "fiscal": two digits close to the reference. */
function fullYear(written: string, context: RuleContext): number {
  const digits = written.replace(/\D/g, '');
  if (digits.length === 4) return +digits;
  const now = context.reference?.year ?? 2000;
  const year = Math.floor(now / 100) * 100 + +digits;
  return year > now + 10 ? year - 100 : year;
}

/** Without a year, a half not yet begun is last year's unless the words look ahead. */
function latestHalf(c: RuleContext, m: RegExpExecArray, half: number): RuleValue | null {
  if (!c.reference) return null;
  const current = c.reference.month <= 6 ? 1 : 2;
  const year = half > current && !c.future(m.index, m.index + m[0].length) ? c.reference.year - 1 : c.reference.year;
  return { value: `${year}-H${half}` };
}

/** Words of a results story, which a half-year without its year needs beside it. */
const RESULTS_WORD = /\b(?:profits?|revenues?|sales|earnings|results|guidance|margins?|EBITDA|dividends?|turnover|outlook)\b/i;

/** Not after a capitalised name (a model: "the Audi Q3", "the Hummer H1"), though after a sentence's first word. */
const NOT_AFTER_NAME = String.raw`(?<!\b(?!(?:In|For|During|By|Since|Until|The|And|But|From|Its|Their)\b)[A-Z][a-z]+ )`;

const YEAR_WORD = String.raw`(?:(?:fiscal|financial|calendar)\s+)?(\d{4}|'\d\d)`;

/**
 * Words of a game's report: there "the fourth quarter" and "the second half" are the game's, not the
 * year's (a sports page's "late in the fourth quarter" had been read as the year's Q4; eighteenth
 * round). Only words no results story uses ("games", "points", "goals" are a results story's too), and
 * a score after a lead or a win ("to tie the game 17-17", "a 24-17 victory"), and a game's clock ("with
 * 2:30 left in the third quarter", "4:08 to go"; twentieth round).
 */
const GAME_WORD =
  /\b(?:touchdowns?|field goals?|interceptions?|quarterbacks?|half-?time|overtime|rebounds|free throws?|three-pointers?|layups?|fumbled?|fumbles|end zone|kickoff|innings?|punts?|penalty kicks?|yards (?:rushing|passing)|\d+-yard|(?:rushing|passing|receiving) yards|(?:first|opening|final|last) (?:play|drive|possession|snap))\b|\b(?:led|lead|trailed|trailing|tied?|beat|won|lost|victory|win|defeat)\b[^.;]{0,40}?\b\d{1,3}-\d{1,3}\b(?![-\d%])|\b\d{1,2}:[0-5]\d\s+(?:to\s+(?:go|play)|remaining|left\s+in)\b/i;

/** Whether a period without its year is a game's (GAME_WORD in its sentence). */
function inGame(m: RegExpExecArray): boolean {
  return GAME_WORD.test(m.input);
}

export const PERIOD_RULES: readonly Rule[] = [
  {
    when: ['quarter'],
    pattern: new RegExp(
      String.raw`\b(?:(?:the|a|that|its|their)\s+)?(?:(?:latest|comparable|flat|same|current|fiscal|financial)\s+)?(?:${YEAR_WORD}(?:['’]s)?\s+|(this|last|next) year['’]s\s+)?(?:(?:fiscal|financial|calendar)[\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:(?:fiscal|financial)\s+)?quarter\b(?!s)(?:\s+of\s+${YEAR_WORD}|\s+of\s+(this|last|next|the) year)?`,
      'gi',
    ),
    read: (m, c) => {
      const q = ORDINALS[m[3]!.toLowerCase()]!;
      const written = m[1] ?? m[4];
      if (written) return { ...quarter(c, fullYear(written, c), q, m), stated: true };
      const named = m[2] ?? m[5];
      // "the final quarter" alone is a game's as often as a year's: only with its year.
      if (!c.reference || (m[3]!.toLowerCase() === 'final' && !named) || (!named && inGame(m))) return null;
      if (named) return quarter(c, c.reference.year + (named.toLowerCase() === 'last' ? -1 : named.toLowerCase() === 'next' ? 1 : 0), q, m);
      return quarterOfYear(c, m, q);
    },
  },
  {
    // "Q3", "Q3 2008", "2Q 2008", "Q1 FY09", "4Q09": a quarter as financial news abbreviates it.
    when: /\b(?:Q[1-4]|[1-4]Q)(?:\b|\d\d\b)/,
    // Not after a name: the Audi Q3 is a car.
    pattern: new RegExp(String.raw`${NOT_AFTER_NAME}\b(?:Q([1-4])|([1-4])Q)(?:\b(?:\s+(?:FY\s*)?(\d{4}|'?\d\d)\b)?|(\d\d)\b)`, 'g'),
    read: (m, c) => {
      const q = +(m[1] ?? m[2])!;
      const year = m[3] ?? m[4];
      if (year) return { ...quarter(c, fullYear(year, c), q), stated: true };
      return quarterOfYear(c, m, q);
    },
  },
  {
    // "the 1988 quarter", "the 1989 period": in a results story, that year's quarter of the number last named.
    when: ['quarter', 'period'],
    pattern: /\b(?:the|that)\s+(?:(?:fiscal|financial)\s+)?(\d{4})\s+(?:quarter|period)\b/gi,
    read: (m, c) => (c.quarter ? { value: quarterValue(+m[1]!, c.quarter[1]) } : null),
  },
  {
    // "the latest period" in a results story is the quarter it last named.
    when: ['period'],
    pattern: /\b(?:the|that) (?:latest|most recent) period\b/gi,
    read: (_m, c) => (c.quarter ? { value: quarterValue(c.quarter[0], c.quarter[1]) } : null),
  },
  {
    // "H1 2024", "1H24", "H2 FY23", "the H1 results": a half-year as financial news abbreviates it
    // (chrono had kept the year alone). Not after a name ("the Hummer H1"), nor "H1N1", "H-1B".
    when: /\b(?:H[12]|[12]H)/,
    pattern: new RegExp(String.raw`${NOT_AFTER_NAME}\b(?:H([12])|([12])H)(?:\s*(?:FY\s*)?(\d{4}|'?\d\d))?\b`, 'g'),
    read: (m, c) => {
      const half = +(m[1] ?? m[2])!;
      if (m[3]) return { value: `${fullYear(m[3], c)}-H${half}`, stated: true };
      // Without a year, only in a results story's words: "H2" is hydrogen too ("green H2 output").
      return RESULTS_WORD.test(m.input) ? latestHalf(c, m, half) : null;
    },
  },
  {
    // Half-years: "the first half of 1990" (1990-H1), "the first half of the year" (this year's), "the second half" (the latest one of that number).
    when: ['half'],
    pattern: /\b(?:the\s+)?(first|second|last|latter|1st|2nd)\s+half(?![\s-]+(?:hour|century|decade|minute)s?\b)(?!\s+of\s+(?!(?:this|last|next|the) year\b|\d{4}))(?:\s+of\s+(?:(this|last|next|the) year|(\d{4})))?(?!-)\b/gi,
    read: (m, c) => {
      const half = /^(first|1st)$/i.test(m[1]!) ? 1 : 2;
      if (m[3]) return { value: `${m[3]}-H${half}`, stated: true };
      if (!c.reference || (!m[2] && inGame(m))) return null;
      if (m[2]) return { value: `${c.reference.year + (m[2].toLowerCase() === 'last' ? -1 : m[2].toLowerCase() === 'next' ? 1 : 0)}-H${half}` };
      return latestHalf(c, m, half);
    },
  },
  {
    // "the first two quarters of 1991", "the last two quarters of this year": a half-year (1991-H1),
    // not a length of two quarters beside a year.
    when: ['two quarters'],
    pattern: /\bthe\s+(first|last|final|second)\s+two\s+quarters\s+of\s+(?:(this|last|next|the) year|(\d{4}))\b/gi,
    read: (m, c) => {
      const half = /^first$/i.test(m[1]!) ? 1 : 2;
      if (m[3]) return { value: `${m[3]}-H${half}`, stated: true };
      if (!c.reference) return null;
      return { value: `${c.reference.year + (m[2]!.toLowerCase() === 'last' ? -1 : m[2]!.toLowerCase() === 'next' ? 1 : 0)}-H${half}` };
    },
  },
  {
    // "the quarter" in a results story is the one just reported: the last complete one.
    when: ['quarter'],
    pattern: /\b(the|this|that|last|the latest|the last|the past|the previous|the most recent|the current|next|the next|the coming)\s+(?:(?:fiscal|financial)\s+)?quarter\b(?!s|ly|[\s-]+(?:century|hour)\b)/gi,
    read: (m, c) => {
      if (!c.reference || inGame(m)) return null;
      const word = m[1]!.toLowerCase();
      const now = quarterOf(c.reference);
      const shift = /next|coming/.test(word) ? 1 : /current/.test(word) ? 0 : -1;
      // "the quarter ended Dec. 31" with no quarter named before: the day it closes on names it. Where the
      // story has named one ("its first quarter ended Sept. 30"), that is the quarter, in the company's
      // fiscal count, which TimeBank keeps (a calendar Q3 there had undone seven right readings).
      if (/^(the|that)$/.test(word) && !c.quarter) {
        const end = m.index + m[0].length;
        const closed = quarterClosedBy(m.input.slice(end, end + 40), c.reference, c.future(m.index, end));
        if (closed) return quarter(c, closed[0], closed[1]);
      }
      if (shift === -1 && c.quarter && /^(the|this|that)$/.test(word)) return quarter(c, c.quarter[0], c.quarter[1]);
      // "this quarter" before any quarter is named is the one under way ("has lost 40% this quarter"),
      // and so is "the end of the quarter" as a deadline ahead ("expects to close the sale by the end of
      // the quarter"): the end of a quarter already reported is past.
      const endAhead = word === 'the' && !c.quarter && END_OF_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index)) && c.future(m.index, m.index + m[0].length);
      const index = c.reference.year * 4 + now - 1 + (word === 'this' || endAhead ? 0 : shift);
      return quarter(c, Math.floor(index / 4), (index % 4) + 1, m);
    },
  },
  {
    // "by the end of the year", "year-end", "the full year", "later in the year", "by midyear": this year;
    // "the 2009 year-end": that year.
    when: ['year'],
    pattern: /\b(?:(?:around|by|at|until|before|since)\s+)?(?:the (?:end|beginning|start|middle) of (?:the|this) year|(?:(1[89]\d\d|20\d\d)\s+)?year[\s-]end|year['’]s end)\b|\bthe (?:current|full) (?:fiscal |financial )?year\b|\b(?:earlier|later) in the year\b|\bmid[\s-]?year\b(?![\s-]+(?:exams?|reviews?|break)\b)/gi,
    read: (m, c) => {
      if (!c.reference) return null;
      // "up 8% since year-end": the last year-end passed, the 31st of December before this year.
      if (/^since\s+(?:year[\s-]end|year['’]s end|the end of the year)$/i.test(m[0])) return { value: `${c.reference.year - 1}-12-31` };
      return { value: m[1] ?? String(c.reference.year) };
    },
  },
  {
    // "For the year, volume was flat", "nine months of the year": this year, unless a date follows
    // ("the year ended Sept. 30" is a length) or it names one ("the year 2000").
    when: /the (?:fiscal |financial )?year/i,
    pattern: /\bthe (?:fiscal |financial )?year\b(?<=\b(?:for|of|during|throughout) the (?:fiscal |financial )?year)(?![\s-]+(?:end(?:ed|ing)?|ago|earlier|before|two|\d|to\s+(?:the\s+end\s+of\s+)?[A-Z])|['’]s\b)/gi,
    read: (_m, c) => (c.reference ? { value: String(c.reference.year) } : null),
  },
  {
    // "sales in the latest fiscal year": the last one closed, last year's.
    when: /(?:fiscal|financial) year/i,
    pattern: /\bthe (?:latest|last|most recent|previous|past) (?:fiscal|financial) year\b/gi,
    read: (_m, c) => (c.reference ? { value: String(c.reference.year - 1) } : null),
  },
  {
    // "the year ended Sept. 30", "the year to March": a length that ends on the date.
    when: ['year end', 'year to'],
    pattern: /\bthe (?:fiscal |financial )?year(?= end(?:ed|ing)\b| to (?:the end of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/gi,
    read: () => ({ value: 'P1Y', type: 'DURATION', stated: true }),
  },
  {
    when: ['year'],
    pattern: /\b(?:the\s+)?(?:comparable\s+)?(?:year[\s-]earlier|year[\s-]ago|last year['’]s)(?:\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period))?\b/gi,
    read: (m, c) => {
      if (!c.reference) return null;
      const compared = /quarter/i.test(m[0]) ? c.quarter : comparedQuarter(c, m);
      if (compared && (/quarter|period/i.test(m[0]) || !/last year/i.test(m[0]))) return { value: quarterValue(compared[0] - 1, compared[1]) };
      return { value: String(c.reference.year - 1) };
    },
  },
  {
    when: /\d0['’]?s/i,
    pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(1[0-9]|20)(\d)0['’]?s\b|\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?['’](\d)0s\b/gi,
    read: (m, c) => {
      if (m[3]) return { value: String(Math.floor(fullYear(`'${m[3]}0`, c) / 10)), stated: true };
      // "the 1800s", "the early 1900s" name a century (TimeML's 18, 19); "the 2000s" is still read as the decade.
      if (m[2] === '0' && m[1] !== '20' && /00['’]?s\b/.test(m[0])) return { value: m[1]!, stated: true };
      return { value: `${m[1]}${m[2]}`, stated: true };
    },
  },
  {
    // "by the end of the decade" (199 in 1998), "the turn of the century" (20 in 1998: the one about to begin
    // in its last years, else the one begun).
    when: ['decade', 'century'],
    pattern: /\bthe (?:end|middle|beginning|start) of the (decade|century)\b|\bthe turn of the century\b/gi,
    read: (m, c) => {
      if (!c.reference) return null;
      if (m[1]?.toLowerCase() === 'decade') return { value: String(Math.floor(c.reference.year / 10)) };
      if (m[1]) return { value: String(Math.floor(c.reference.year / 100)) };
      return { value: String(Math.floor((c.reference.year + 50) / 100)) };
    },
  },
  {
    when: ['century'],
    pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century\b|\b(?:the\s+)?(twentieth|twenty-first|nineteenth)\s+century\b/gi,
    read: (m) => {
      const n = m[1] ? +m[1] : { nineteenth: 19, twentieth: 20, 'twenty-first': 21 }[m[2]!.toLowerCase()]!;
      return { value: String(n - 1).padStart(2, '0'), stated: true };
    },
  },
];

const TENS: Record<string, number> = { twenty: 2, thirty: 3, forty: 4, fifty: 5, sixty: 6, seventy: 7, eighty: 8, ninety: 9 };
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

const SPOKEN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SPOKEN_SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SPOKEN_YEAR = String.raw`(?:[Nn]ineteen[\s-](twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?\b|[Tt]he year two thousand(?: and (one|two|three|four|five|six|seven|eight|nine))?\b)`;

const SPOKEN_YEAR_WORD = ['nineteen', 'two thousand'];

/** The year of a spoken-year match whose three year groups start at `at`. */
function spokenYear(m: RegExpExecArray, at: number): number {
  const [tens, units, after] = [m[at], m[at + 1], m[at + 2]];
  return tens ? 1900 + 10 * TENS[tens.toLowerCase()]! + (units ? UNITS[units.toLowerCase()]! : 0) : 2000 + (after ? UNITS[after.toLowerCase()]! : 0);
}

/** Years and decades as broadcast transcripts spell them: "nineteen ninety-six", "the nineties". */
export const SPOKEN_YEAR_RULES: readonly Rule[] = [
  {
    // A season before the year belongs to it, as with a year in figures: "the spring of nineteen ninety-four" (1994-SP).
    // (The optional words before the year would have the pattern tried at every word: most sentences spell no year.)
    when: SPOKEN_YEAR_WORD,
    pattern: new RegExp(String.raw`\b(?:(?:the\s+)?(spring|summer|fall|autumn|winter)\s+of\s+)?${SPOKEN_YEAR}`, 'gi'),
    read: (m) => {
      const year = spokenYear(m, 2);
      return { value: m[1] ? `${year}-${SPOKEN_SEASONS[m[1].toLowerCase()]}` : String(year), stated: true };
    },
  },
  {
    // And a month: "January nineteen ninety-seven" (1997-01). Case-sensitive: "it may nineteen..." is no month.
    when: SPOKEN_YEAR_WORD,
    pattern: new RegExp(String.raw`\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:of\s+)?${SPOKEN_YEAR}`, 'g'),
    read: (m) => ({ value: `${spokenYear(m, 2)}-${String(SPOKEN_MONTHS.indexOf(m[1]!.toLowerCase()) + 1).padStart(2, '0')}`, stated: true }),
  },
  {
    when: /ties\b/i,
    pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi,
    read: (m) => ({ value: `19${TENS[m[1]!.toLowerCase().replace(/ies$/, 'y')]}`, stated: true }),
  },
];

/**
 * What follows a house or block number: "block", a street's name and its kind ("N. Main St."), or a
 * compass point written short before a name ("1816 N. Water") or any compass point before a numbered
 * street ("1816 Northeast 82nd Avenue"; news pages had read both as 1816). Not "2006 North Korea", nor a
 * country or state written short ("In 2006 N. Korea tested", "By 2004 N. Carolina").
 * Case-sensitive.
 */
const ADDRESS_AFTER = /^\s+(?:[NSEW]\.\s+(?!(?:Korea|Africa|Germany|Carolina|Dakota|Ireland|Vietnam|Yemen|Sudan|Ossetia|Macedonia|Cyprus|Wales|Virginia|Kivu|Timor|Europe|America|Asia|Sumatra|Java|Kalimantan|Sulawesi|Bengal|Pakistan|Berlin|Jerusalem)\b)[A-Z]|(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|[NS][EW]\.?)\s+\d+(?:st|nd|rd|th)\b|block\b|(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:[A-Z][\w'.-]*\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Hwy|Highway|Pike|Pkwy|Parkway|Cir|Circle|Ter|Terrace|Trl|Trail)\b)/;
/**
 * A model year names a make, not a time: "Kopp's 1987 Chevrolet Cavalier", "a 2005 model". The makes
 * are case-sensitive, as a name is capitalised.
 */
const MODEL_AFTER = /^\s+(?:model\b|(?:Acura|Audi|BMW|Buick|Cadillac|Chevrolet|Chevy|Chrysler|Dodge|Fiat|Ford|GMC|Honda|Hyundai|Infiniti|Jeep|Kia|Lexus|Lincoln|Mazda|Mercedes|Mercury|Mitsubishi|Nissan|Oldsmobile|Plymouth|Pontiac|Porsche|Saab|Subaru|Suzuki|Toyota|Volkswagen|Volvo)\b)/;
/** "2000 people", "1500 troops": a count before what it counts; but "in 2000 people voted" is the year. */
const COUNT_AFTER = /^\s+(?:(?:more|other|new|additional)\s+)?(?:people|persons|men|women|children|troops|soldiers|officers|points|votes|jobs|workers|employees|residents|students|protesters|demonstrators|refugees|units|homes|houses|cars|vehicles|copies|shares|barrels|tons|tonnes|miles|kilometers|kilometres|meters|metres|feet|acres|pounds|words|pages|signatures|members|cases|deaths|patients|victims|seats|passengers|rounds|delegates|participants|visitors|households|families|customers)\b/i;
/**
 * A toll: "left 1,200 dead and 2000 injured", "At least 2000 were killed". Not a verb with its object
 * after it ("2000 injured 40 people"), where a year may stand before the verb as a subject's time.
 */
const TOLL_AFTER = /^\s+(?:dead|injured|wounded|(?:were|have\s+been|had\s+been)\s+(?:killed|injured|wounded|hurt)|(?:have|had)\s+died)\b(?!\s+(?:\d|the\b|an?\b|at\b|more\b|some\b|about\b|dozens\b|hundreds\b|thousands\b|[a-z]+\s+(?:people|others)\b))/i;
const YEAR_PREPOSITION_BEFORE = /\b(?:in|since|during|by|until|before|after|of|from|through)\s+$/i;

/**
 * A road's, a suite's or a room's number: "F.M. 1960" (a Texas farm-to-market road), "Highway 2010",
 * "County Road 1995", "Suite 2000". The nineteenth round's audit found "at 3403 F.M. 1960" read as 1960.
 */
const NUMBERED_BEFORE = /(?:\b(?:highway|hwy|route|rte|road|rd|interstate|freeway|fwy|expressway|parkway|pkwy|exit|suite|ste|apt|apartment|room)\.?|\b(?:F\.\s?M|R\.\s?M|C\.\s?R|S\.\s?R)\.|\b(?:FM|RM|CR|SR)|\bI-)\s*$/i;

/**
 * A wire story's clock in four figures: "(1930 GMT)", "1800 hours", "2000 local time". Where chrono-node
 * reads no clock ("at 1:30 p.m. local time (1930 GMT) on Friday"), the figures had been the year 1930.
 */
const CLOCK_AFTER = /^\s*(?:hrs\b|hours\b|local\s+time\b)/;
/**
 * A zone's letters are also a company's ("In 2016 CST Brands agreed", "In 2019 PST Inc. moved", "In 2018
 * UTC agreed to buy"): before a zone the figures are a clock only where a clock stands, after a bracket
 * or a word of a time of day ("at about 2045 GMT", "by 0600 UTC"), and no name goes on after the zone
 * (a weekday or a month may: "at 0600 GMT Monday").
 */
const ZONE_AFTER = /^\s*(?:GMT|UTC|[ECMP][SD]T)\b(?!\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b)\p{Lu})/u;
const CLOCK_BEFORE = /(?:\(\s*|\b(?:at|about|around|approximately|by|until|till|from|to|and|before|after)\s+)$/i;

function wireClock(text: string, start: number, end: number, after: string): boolean {
  if (!/^(?:[01]\d|2[0-3])[0-5]\d$/.test(text.slice(start, end))) return false;
  return CLOCK_AFTER.test(after) || (ZONE_AFTER.test(after) && CLOCK_BEFORE.test(text.slice(Math.max(0, start - 16), start)));
}

function notAYear(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (ADDRESS_AFTER.test(after) || MODEL_AFTER.test(after) || wireClock(text, start, end, after)) return true;
  if (NUMBERED_BEFORE.test(text.slice(Math.max(0, start - 14), start))) return true;
  return (COUNT_AFTER.test(after) || TOLL_AFTER.test(after)) && !YEAR_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 10), start));
}

/**
 * Years on their own, a lower priority than any longer expression that holds them ("Sept. 27,
 * 1989"). A four-digit number is a year only away from money, measures and other digits.
 */
export const YEAR_RULES: readonly Rule[] = [
  {
    when: /1[89]\d\d|20\d\d/,
    pattern: /(?<![\d$£€#.,:/]|(?<!\b(?:early|mid|late))-)\b(?:(?:fiscal|financial|calendar)\s+)?(1[89]\d\d|20\d\d)\b(?![\d%]|[.,]\d|-\d|\s*(?:%|percent|per\b|to\s+\d|-?(?:year|month|day)s?\b))/gi,
    // "the 1900 block of Main St.", "at 2012 Oak Ave.": an address's number, not a year.
    read: (m) => (notAYear(m.input, m.index, m.index + m[0].length) ? null : { value: m[1]!, stated: true }),
  },
  {
    // Both ends of a range of years ("from 2012 to 2015", "2012-2015", "the years 2027 to 2030"), and a
    // year before "to" and a length ("sentenced in 2015 to 10 years"), which the rule above leaves as a
    // possible count.
    when: /(?:1[89]|20)\d\d/,
    pattern: /(?<=\b(?:from|between|in|during|since|years)\s+)(1[89]\d\d|20\d\d)(?=\s*(?:[-–]|to|through|and)\s*\d)|(?<![\d$£€#.,:/-])\b(1[89]\d\d|20\d\d)(?=[-–](?:1[89]\d\d|20\d\d)\b)|(?<=(?<![\d$£€#.,:/])\b(?:1[89]\d\d|20\d\d)\s*[-–]\s*)(1[89]\d\d|20\d\d)\b(?![\d%]|[.,]\d|\s*(?:%|percent|-?(?:year|month|day)s?\b))/gi,
    read: (m) => ({ value: (m[1] ?? m[2] ?? m[3])!, stated: true }),
  },
  {
    // "FY2008", "FY 09": the fiscal year, written as TimeBank writes "fiscal 1989" (the year).
    when: /FY/,
    pattern: /\bFY\s?(\d{4}|'?\d\d)\b(?![%.,]\d)/g,
    read: (m, c) => ({ value: String(fullYear(m[1]!, c)), stated: true }),
  },
  {
    when: /['’]\d\d/,
    pattern: /(?<=\b(?:in|since|of|by|until|from|during|to|through|before|after|class of|summer|winter|spring|fall)\s)['’](\d\d)\b(?!['’]?s)/gi,
    read: (m, c) => ({ value: String(fullYear(`'${m[1]}`, c)), stated: true }),
  },
];
