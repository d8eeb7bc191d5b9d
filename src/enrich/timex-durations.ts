/**
 * Durations and sets in TimeML form. Durations: "three months", "a three-month strike", "the past two
 * years", "the next few days" (PXD), "for years" (PXY). Sets, things that recur: "every week" (P1W),
 * "each Thursday" (XXXX-WXX-4), "$2 million a year" (P1Y), "annually". chrono-node reads "for three
 * months" as a date three months away, so these are settled before its readings.
 */
import { NUMBER, readNumber, type Rule, type RuleValue } from './timex-rules.js';

const UNITS: Record<string, [string, number]> = {
  second: ['S', 1], minute: ['M', 1], hour: ['H', 1], day: ['D', 1], week: ['W', 1], month: ['M', 1],
  quarter: ['Q', 1], year: ['Y', 1], decade: ['Y', 10], century: ['C', 1], centurie: ['C', 1], fortnight: ['W', 2],
};

export function durationValue(count: number, unitWord: string): string {
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  // TimeBank writes centuries with C ("for centuries" PXC), as it writes millennia with L.
  const [code, size] = UNITS[unit]!;
  // Whole thousands of years are millennia: "more than two thousand years" is P2L.
  if (code === 'Y' && count >= 1000 && (count * size) % 1000 === 0) return `P${(count * size) / 1000}L`;
  const amount = count < 0 ? 'X' : String(count * size);
  return /^(second|minute|hour)$/.test(unit) ? `PT${amount}${code}` : `P${amount}${code}`;
}

const duration = (value: string): RuleValue => ({ value, type: 'DURATION', stated: true });
const set = (value: string): RuleValue => ({ value, type: 'SET', stated: true });
/** What "every second" may skip over or join ("every second-floor room"): there "second" counts (timex-every-other.ts), it is no unit. */
export const SKIPPED = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|minute|hour|day|week|month|quarter|year)\b`;
const SKIPPED_AFTER = new RegExp(String.raw`^(?:\s+${SKIPPED}|-)`, 'i');

const UNIT = String.raw`(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)`;
/** Words before a number that keep it a length of time ("the past", "nearly", "at least"). */
const LEAD = String.raw`(?:(?:the|its|their|each of the)\s+)?(?:(?:past|last|next|first|coming|following|previous|latest|final|remaining|additional|further|more than|less than|nearly|almost|about|some|over|at least|up to|roughly|around|another|only|just|another)\s+)*`;
/** "a"/"an" count as one only after words that make a span of time ("for a year", "within an hour", "as long as a month"). */
const A_LEADS = /\b(?:for|over|within|in|after|about|nearly|almost|than|least|last|past|next|first|another|only|just|half|up\s+to|as\s+(?:long|much|little)\s+as|at\s+most)\s+$/i;
/**
 * "three days later", "a month after", "two days before": TimeML marks the length alone, a duration
 * ("later" is a signal that anchors it), where "two days ago" and "a year earlier" are dates. Minutes,
 * hours and seconds "earlier" are lengths too ("had shot a man 30 minutes earlier", as "20 minutes
 * later"): a day of their own would be the publication day, which the clock they count from need not be.
 */
const SPAN_AFTER = /^\s+(?:later|after|before)\b/i;
/** "of" after quarters that is not "of the year" or "of 1990": a share of something. */
const FRACTION_OF = /^\s+of\s+(?!(?:the|this|last|next|that)\s+(?:fiscal\s+|calendar\s+)?year\b|(?:fiscal\s+)?\d{4}\b)/i;
/**
 * Whether "quarters" is a share rather than a length: "three-quarters of", "a quarter of the market",
 * "two quarters of its sales"; "several quarters of losses" is a length (a determiner or a hyphen marks the share).
 */
function isFraction(m: RegExpExecArray, count: string): boolean {
  const after = m.input.slice(m.index + m[0].length);
  if (!FRACTION_OF.test(after)) return false;
  return /^(?:an?|one)$/i.test(count) || /-quarters?$/i.test(m[0]) || /^\s+of\s+(?:the|its|their|his|her|our|all|a|an|this|that|these|those)\b/i.test(after);
}

/** A quarter of a measure that is no time: "a quarter-mile", "a quarter inch", "the quarter-final". */
const QUARTER_OF_MEASURE = /^[\s-](?:miles?|inch(?:es)?|pounds?|acres?|tons?|gallons?|ounces?|points?|cups?|finals?|backs?|turns?)\b/i;

/** Words before a police clock time ("at 2230 hours"). */
export const CLOCK_LEAD = /\b(?:at|about|around|approximately|near|after|before|until)\s+$/i;
/** A word after "1900 hours" that makes it a count of hours, not a clock: "of community service", "per year". */
export const COUNTED_AFTER = /^\s+(?:of|per)\b/i;
/** A modal or a subject just before "one day" makes it "some day". */
export const ONE_DAY_AHEAD = /\b(?:will|would|could|might|may|can|shall|should|must|he|she|they|we|i|you|it)\s+$/i;
/** An amount before "a year" makes a rate: "$5 a year", "twice a week". */
const RATE = /(?:\d%?|million|billion|percent|cents?|dollars?|pounds?|euros?|shares?|times|once|twice)\s+$/i;
/**
 * So does a count of things: "hundreds of interviews a day", "three meals a day", "50,000 CDs a year"
 * (eighteenth round: the count's noun had hidden the rate). A plural noun a count leads, a few words back;
 * not a unit of time: "24 hours a day" is "all the time", which the sets' annotators leave out.
 */
const COUNTED_RATE = /\b(?:\d[\d,.]*|dozens|hundreds|thousands|millions|thousand|hundred|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|several|many)\s+(?:(?:of|if not|or|to)\s+)?(?:(?:hundreds|thousands|dozens|of)\s+)*(?:[a-z]+\s+)?(?!(?:second|minute|hour|day|week|month|year)s\b)[a-z]+s\s+$/i;
/**
 * An amount of money or a percentage just before "annually": the amount's rate ("revenue to rise 8.5%
 * annually", "dividends of $17.9 million annually"), not a time that recurs, which TimeML's sets are
 * ("the festival is held annually"). The development sets leave all such rates unmarked.
 */
const AMOUNT = /(?:\d\s*%|\bpercent|\bper cent|\bmillion|\bbillion|\btrillion|[$£€]\s*[\d.,]+|\bcents?|\bdollars?|\bpounds?|\beuros?|\byen|\byuan)\s+$/i;
/**
 * "Oren Weekly", "Us Weekly", "the L.A. Weekly", "New York Daily", "Weekly's brothers": capitalised
 * inside its sentence, or before a possessive, the word is a name (a person's, a paper's), not a set.
 */
function namedLike(m: RegExpExecArray): boolean {
  if (!/^[A-Z][a-z]+$/.test(m[0])) return false;
  // "Trains Run Hourly On The Red Line": a headline in title case capitalises every word, the set too.
  if (headlineInTitleCase(m.input, m.index)) return false;
  return !/^[\s"'`‘“(]*$/.test(m.input.slice(0, m.index)) || /^['’]s\b/.test(m.input.slice(m.index + m[0].length));
}
/** Whether the sentence around `at` has three or more words and all but short function words capitalised. */
function headlineInTitleCase(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', at), ...['.', '!', '?'].map((c) => text.lastIndexOf(c, at))) + 1;
  const ends = ['\n', '.', '!', '?'].map((c) => text.indexOf(c, at)).filter((i) => i >= 0);
  const words = text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length).match(/[\p{L}'’]+/gu) ?? [];
  const open = words.filter((w) => !/^(?:a|an|the|and|or|of|in|on|at|to|for|by|as|with|from)$/.test(w));
  return words.length >= 3 && open.every((w) => /^\p{Lu}/u.test(w));
}
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAY = String.raw`((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)`;
const PLURAL_PART = String.raw`(morning|afternoon|evening|night)s\b`;
export const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const ADVERBS: Record<string, string> = { hourly: 'PT1H', daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y' };

/** Half a unit in the next smaller one: "2 1/2 years" is P2Y6M, "an hour and a half" PT1H30M. */
/** Half of one unit: "half a century" is P50Y, "half an hour" PT30M. */
const HALF_OF: Record<string, string> = { century: 'P50Y', decade: 'P5Y', year: 'P6M', day: 'PT12H', hour: 'PT30M', minute: 'PT30S' };

function withHalf(count: number, unitWord: string): string | null {
  const unit = unitWord.toLowerCase().replace(/s$/, '');
  if (count < 0) return null;
  if (unit === 'year') return `P${count}Y6M`;
  if (unit === 'decade') return `P${count * 10 + 5}Y`;
  if (unit === 'day') return `P${count}DT12H`;
  if (unit === 'hour') return `PT${count}H30M`;
  if (unit === 'minute') return `PT${count}M30S`;
  return null;
}

/**
 * "75 hours of video can be stored", "holds 40 hours of music": how much a device holds, measured in
 * playing time; no time in the story's world (MEANTIME leaves both of its such unmarked). Hours and
 * minutes only, with a word of storing in the sentence.
 */
const MEDIA_AFTER = /^\s+(?:of\s+(?:video|music|audio|songs?|movies|films?|television|TV|recordings?|footage)\b|(?:can|could|may)\s+be\s+stored\b)/i;
const STORING = /\b(?:stor(?:e|es|ed|ing|age)|holds?|capacity|[GMT]B|gigabytes?|terabytes?)\b/;

function storedMedia(m: RegExpExecArray): boolean {
  return /^(?:hours?|minutes?)$/i.test(m[2]!) && MEDIA_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30)) && STORING.test(m.input);
}

export const DURATION_RULES: readonly Rule[] = [
  {
    // "a half-hour", "a half hour" (PT30M) as "half an hour" (had been nothing).
    when: /\bhalf\b/i,
    pattern: /\b(?:(?:about|nearly|almost|more than|less than|over|some|at least)\s+)?(?:half\s+an?\s+(century|decade|year|day|hour|minute)|(?:an?\s+)?half[\s-](hour))\b/gi,
    read: (m) => duration(HALF_OF[(m[1] ?? m[2]!).toLowerCase()]!),
  },
  {
    // Without the leading words the other lengths take ("almost"): they make the pattern slow, and the
    // value is the same.
    when: ['half', '1/2'],
    // Hyphenated too: "four-and-a-half years", "two-and-a-half hours" (had been nothing).
    pattern: new RegExp(String.raw`\b(${NUMBER})(?:\s+1/2|[\s-]+and[\s-]+a[\s-]+half)[\s-]+${UNIT}\b|\b(an?|one)\s+${UNIT}\s+and\s+a\s+half\b`, 'gi'),
    read: (m) => {
      const value = m[1] ? withHalf(readNumber(m[1]), m[2]!) : withHalf(1, m[4]!);
      return value ? duration(value) : null;
    },
  },
  {
    when: ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'centur'],
    // "30-odd years", "40-plus years", "40+ years": about or over the count, its value the count
    // (TimeML gives the approximation as a mod); they had been nothing.
    pattern: new RegExp(String.raw`\b${LEAD}(${NUMBER})(?:-odd|-plus|\+|\s+odd)?(?:\s+(?:more|additional|full|straight|consecutive))?(?:\s+(?:trading|business|working))?[\s-]+${UNIT}\b(?![\s-]+(?:ago|from now|hence|old)\b|-old)(?!(?<!\b(?:seconds?|minutes?|hours?))[\s-]+earlier\b)`, 'gi'),
    read: (m) => {
      const count = m[1]!;
      // "at 2230 hours": a police clock time (timex-anaphora.ts), not 2,230 hours.
      if (/^(?:[01]\d|2[0-3])[0-5]\d$/.test(count) && /^hours$/i.test(m[2]!) && CLOCK_LEAD.test(m.input.slice(Math.max(0, m.index - 16), m.index)) && !COUNTED_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      // "for a second day", "a second time", "a second Hunger Games film", "a second 911 call": an
      // ordinal, not one second.
      if (/^second$/i.test(m[2]!) && /^(?:an?|one)$/i.test(count) && /^\s+(?!(?:later|after|before|earlier|ago)\b)[a-z0-9]/i.test(m.input.slice(m.index + m[0].length))) return null;
      // "a second-floor bedroom", "three second-degree felonies", "the 2006 second-overall pick": the
      // ordinal in a compound, whatever the count before it (news pages had read PT1S, PT3S, PT2006S).
      if (/^second$/i.test(m[2]!) && /^\s+second$/i.test(m[0].slice(m[0].length - 7)) && /^-[a-z]/i.test(m.input.slice(m.index + m[0].length))) return null;
      if (/^an?$/i.test(count)) {
        const words = m.input.slice(Math.max(0, m.index - 20), m.index) + m[0].slice(0, m[0].search(/\ban?\s/i));
        if (!A_LEADS.test(words) && !SPAN_AFTER.test(m.input.slice(m.index + m[0].length))) return null;
      }
      // "will one day be", "hopes he one day flies": some time ahead (timex-relative.ts), not a length.
      if (ONE_DAY_AHEAD.test(m.input.slice(Math.max(0, m.index - 12), m.index)) && /^one day$/i.test(m[0])) return null;
      const n = readNumber(count.replace(/^(?:a\s+)?couple of$/i, 'two'));
      // "the 1988 quarter" is a year's quarter (timex-periods.ts), not 1,988 of them; "three-quarters
      // of its food" and "a quarter of the market" are fractions.
      if (/^quarter/i.test(m[2]!) && (n >= 1000 || isFraction(m, count))) return null;
      // "less than a quarter-mile east of the highway", "a quarter mile away": a distance, not three months.
      if (/^quarter$/i.test(m[2]!) && QUARTER_OF_MEASURE.test(m.input.slice(m.index + m[0].length))) return null;
      // "the 2009 year-on-year figures", "the 1990 year-end": a year before the singular unit is that
      // year (the year rules read it); a count of years takes the plural ("2000 years").
      if (/^year$/i.test(m[2]!) && /^(?:1[89]|20)\d\d$/.test(count)) return null;
      if (storedMedia(m)) return null;
      return duration(durationValue(n, m[2]!));
    },
  },
  {
    // "for years", "within weeks"; and "after months of talks", "follows years of war": an unstated
    // length that ended in what the sentence reports ("of" keeps the first from "in years of plenty").
    // One rule, so that a sentence is tested once for the plural units.
    when: ['years', 'months', 'weeks', 'days', 'decades', 'hours', 'centuries'],
    pattern: /(?<=\b(?:for|over|in|within|took|takes|take)\s{1,3})(?:(?:many|several|recent|the)\s+)?(years|months|weeks|days|decades|hours|centuries)\b(?!\s+(?:ago|of|earlier|later|before|after))|(?<=\b(?:after|follows|followed|following|amid|despite|ends|ended|ending|caps|capped|culminates|culminated|culminating)\s{1,3})(?:(?:many|several)\s+)?(hours|days|weeks|months|years|decades)(?=\s+of\s+[a-z])/gi,
    read: (m) => duration(durationValue(-1, (m[1] ?? m[2])!)),
  },
  {
    // "Hours later, the fire was out", "just days after the vote": an unstated length that "later",
    // "after" or "before" anchors, as "a few days later" (PXD) is. Not after a determiner or an adjective: "in the
    // weeks before the shooting", "in the first days after the invasion" are stretches of dates.
    when: ['later', 'after', 'before'],
    pattern: /\b(?:(?:just|only|mere|barely|a few|several|many|some)\s+)?(minutes|hours|days|weeks|months|years|decades)(?=\s+(?:later|after|before)\b)/gi,
    read: (m) => {
      if (/\b(?:the|these|those|its|their|his|her|our|of|\d+|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|more|additional|straight|consecutive|trading|business|working|first|last|final|early|earliest|initial|opening|closing|following|next|previous|recent|past|coming|few)\s+$/i.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return null;
      return duration(durationValue(-1, m[1]!));
    },
  },
  {
    // "a decade-long dispute" (P10Y), "years-long talks" (PXY).
    when: ['-long'],
    pattern: /\b(decades?|years?|months?|weeks?|days?|hours?)-long\b/gi,
    read: (m) => duration(durationValue(/s$/i.test(m[1]!) ? -1 : 1, m[1]!)),
  },
  {
    when: /\b(?:every|each|per)\s/i,
    // "every two years" recurs every two years (a set, P2Y), where "two years" alone is a length.
    pattern: /\b(?:every|each|per)\s+(?:(other)\s+)?(second|minute|hour|day|week|month|quarter|year)\b|\bevery\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|\d{1,3})\s+(seconds|minutes|hours|days|weeks|months|quarters|years)\b/gi,
    read: (m) => {
      if (m[3]) return set(durationValue(readNumber(m[3]), m[4]!));
      // "every second Tuesday", "every second week": an ordinal (timex-every-other.ts), no length of a second.
      if (!m[1] && /^second$/i.test(m[2]!) && SKIPPED_AFTER.test(m.input.slice(m.index + m[0].length))) return null;
      return set(m[1] ? durationValue(2, m[2]!) : m[2]!.toLowerCase() === 'quarter' ? 'P1Q' : durationValue(1, m[2]!));
    },
  },
  {
    // "every night" (XXXX-XX-XXTNI), "every weekend" (XXXX-WXX-WE), "every summer" (XXXX-SU).
    when: /\b(?:every|each)\b/i,
    pattern: /\b(?:every|each)\s+(morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter)\b/gi,
    read: (m) => {
      const word = m[1]!.toLowerCase();
      const season = SEASON_CODES[word];
      if (season) return set(`XXXX-${season}`);
      return set(word === 'weekend' ? 'XXXX-WXX-WE' : `XXXX-XX-XXT${PARTS_OF_DAY[word]}`);
    },
  },
  {
    when: /\b(?:every|each)\s/i,
    pattern: /\b(?:every|each)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi,
    read: (m) => {
      const word = m[1]!.toLowerCase();
      const weekday = WEEKDAYS.indexOf(word) + 1;
      return set(weekday > 0 ? `XXXX-WXX-${weekday}` : `XXXX-${String(MONTHS.indexOf(word) + 1).padStart(2, '0')}`);
    },
  },
  {
    // A weekday in the plural recurs: "on Mondays" (XXXX-WXX-1), "Tuesday nights" (XXXX-WXX-2TNI), and
    // so does the first of a pair ("Monday and Tuesday nights").
    when: /days\b|day (?:morning|afternoon|evening|night)s\b/i,
    pattern: new RegExp(String.raw`\b${WEEKDAY}(?:s\b|\s+${PLURAL_PART}|(?=\s+(?:and|or)\s+${WEEKDAY}(?:s\b|\s+${PLURAL_PART})))`, 'g'),
    read: (m) => {
      const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase()) + 1;
      const part = m[2] ?? m[4];
      return set(`XXXX-WXX-${weekday}${part ? `T${PARTS_OF_DAY[part]}` : ''}`);
    },
  },
  {
    when: ['year', 'month', 'week', 'day'],
    pattern: /\ba (year|month|week|day)\b/gi,
    read: (m) => (RATE.test(m.input.slice(Math.max(0, m.index - 20), m.index)) || COUNTED_RATE.test(m.input.slice(Math.max(0, m.index - 48), m.index)) ? set(durationValue(1, m[1]!)) : null),
  },
  {
    // As adverbs only: "rose 5% annually", not "the daily volume".
    when: ['hourly', 'daily', 'weekly', 'monthly', 'annually', 'yearly'],
    pattern: /\b(hourly|daily|weekly|monthly|annually|yearly)\b(?!\s+(?!(?:in|on|at|for|to|and|or|but|from|since|until|by|with|as|through|over)\b)[a-z])/gi,
    read: (m) => (AMOUNT.test(m.input.slice(Math.max(0, m.index - 24), m.index)) || namedLike(m) ? null : set(ADVERBS[m[1]!.toLowerCase()]!)),
  },
  {
    // "on a daily basis", "on a weekly basis": the adjective's rate is the set TimeML marks (P1D, P1W).
    when: [' basis'],
    pattern: /\b(hourly|daily|weekly|monthly|yearly)(?=\s+basis\b)/gi,
    read: (m) => set(ADVERBS[m[1]!.toLowerCase()]!),
  },
];
