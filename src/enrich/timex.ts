/**
 * Temporal expressions normalised to TimeML values against an explicit reference time (the article's
 * publication time; never the clock). Our rules read what chrono-node does not, or not as TimeML
 * wants it: durations and sets, weeks, quarters, seasons, parts of the day, "two years ago", vague
 * references (PAST_REF) and years on their own; chrono-node reads the rest, with a past bias (see
 * timex-chrono.ts). Where readings overlap, rules win over chrono, and chrono over bare years.
 */
import type * as chrono from 'chrono-node';
import { parseDates, parsersLackingIn } from './chrono-gates.js';
import type { Span, Timex } from '../model/types.js';
import type { Day } from './timex-calendar.js';
import { type Anchor, ANAPHORA_RULES, anchorOf } from './timex-anaphora.js';
import { boundsRecord } from './timex-since-bound.js';
import { SAME_PERIOD_RULES } from './timex-same-period.js';
import { THAN_PLANNED_RULES } from './timex-than-planned.js';
import { TRADING_DAY_RULES } from './timex-trading-day.js';
import { chronoCandidates, UNDATED_CLOCK } from './timex-chrono.js';
import { DURATION_RULES } from './timex-durations.js';
import { EVERY_OTHER_RULES } from './timex-every-other.js';
import { PERIOD_RULES, SPOKEN_YEAR_RULES, YEAR_RULES } from './timex-periods.js';
import { EARLY_YEAR_RULES } from './timex-early-years.js';
import { HOLIDAY_RULES } from './timex-holidays.js';
import { MONTH_NAME_RULES } from './timex-month-names.js';
import { NARRATIVE_RULES } from './timex-narrative.js';
import { NTH_WEEKDAY_RULES } from './timex-nth-weekday.js';
import { WEEK_DAY_RULES } from './timex-week-day.js';
import { WRITTEN_RULES } from './timex-written.js';
import { FRACTION_RULES } from './timex-fractions.js';
import { WEEK_OF_RULES } from './timex-week-of.js';
import { COUNT_RANGE_RULES } from './timex-count-range.js';
import { CLOCK_PART_RULES } from './timex-clock-part.js';
import { RELATIVE_RULES } from './timex-relative.js';
import { FINANCE_RULES, MONTH_QUARTER_RULES } from './timex-finance.js';
import { speaksOfFuture, tenseOf } from './timex-tense.js';
import { applyRules, type Candidate, type RuleContext, rulesFor, UNKNOWN_PUBLICATION_MINUTES } from './timex-rules.js';
import { WordScan } from './word-scan.js';
import { CAPITAL_UNIT, titleSpans } from './timex-titles.js';
import { onDayAfter } from './timex-clock-day.js';
import { afterLeadDay } from './timex-lead-up.js';
import { afterStatedPastDay, pastPlanBounds } from './timex-past-plan.js';
import { trimmedSpans } from './timex-span.js';
import { firstDayOfRange } from './timex-day-range.js';
import { monthsBetween } from './timex-month-range.js';
import { datelineReference } from './timex-dateline.js';
import { dropUnplacedClocks } from './timex-undated-clock.js';
import { namesTellingDay } from './timex-telling.js';

export interface ReferenceTime {
  year: number;
  month: number;
  day: number;
  /** Noon when the publication time of day is not known. */
  hour: number;
  minute: number;
  /** Whether hour and minute were given (many feeds and archives give the day alone). */
  timeKnown: boolean;
}

/** The wall-clock date and time the article was published, in its own time zone. */
export function referenceFrom(publishedAt: string | null): ReferenceTime | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(publishedAt);
  if (!m) return null;
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: m[4] ? +m[4] : 12, minute: m[5] ? +m[5] : 0, timeKnown: m[4] !== undefined };
}

/** chrono finds nothing in a sentence without a digit or one of these words, so it is not asked. */
const DATE_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|noon|midday|midnight|morning|afternoon|evening|night|week|month|year|ago|now|last|next|this|later|earlier)/i;
/** Words one of our rules starts from, beside those chrono needs. */
const RULE_WORD =
  /\b(?:current|recent|near term|short term|at the time\b|half|midyear|mid-year|midweek|overnight|soon|period|day\b|someday|lately|future|past|present|now|days|hour|minute|second|centur|decade|quarter|spring|summer|fall|autumn|winter|weekend|fortnight|every|each|daily|weekly|hourly|annually|yearly|monthly|ago|nineteen|twenty|two thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|New Year|Valentine|Patrick|Good Friday|Holy Week|Easter|Memorial Day|Independence Day|Fourth of July|July Fourth|Labou?r Day|Columbus Day|Halloween|Veterans|Armistice|Election Day|Thanksgiving|Christmas|Boxing Day|King Day|MLK Day|Presidents)/i;
/**
 * Rules that read from the date the story last named: run after the others, so those can anchor them.
 * "The same period of the previous year" runs with them, as the "the previous year" inside it does.
 */
const STORY_RULES = [...ANAPHORA_RULES, ...TRADING_DAY_RULES, ...THAN_PLANNED_RULES, ...NARRATIVE_RULES, ...CLOCK_PART_RULES, ...SAME_PERIOD_RULES];
const RULES = [...DURATION_RULES, ...EVERY_OTHER_RULES, ...MONTH_QUARTER_RULES, ...PERIOD_RULES, ...SPOKEN_YEAR_RULES, ...RELATIVE_RULES, ...HOLIDAY_RULES, ...MONTH_NAME_RULES, ...FINANCE_RULES, ...NTH_WEEKDAY_RULES, ...WEEK_DAY_RULES, ...WRITTEN_RULES, ...FRACTION_RULES, ...WEEK_OF_RULES, ...COUNT_RANGE_RULES];
/** Every rule's gate words, found in one pass over a sentence for the three rule sets (word-scan.ts). */
const ALL_YEAR_RULES = [...YEAR_RULES, ...EARLY_YEAR_RULES];
const RULE_WORDS = new WordScan([...RULES, ...ALL_YEAR_RULES, ...STORY_RULES].flatMap((rule) => (rule.when && !(rule.when instanceof RegExp) ? [rule.when] : [])));

/** The most readings one sentence is settled over (a real sentence has a handful). */
const MAX_READINGS = 400;
/** Blank runs of more than 16 characters: their middle is cut by a filler where the patterns read them. */
const LONG_BLANK = /\s{17,}/g;
/** Neither white space nor a word character, so no pattern runs across it: U+2063, an invisible separator. */
const FILLER = '\u2063';

/**
 * The text with the middle of each long blank run (a scraped page's empty layout, thousands of spaces)
 * replaced by a filler of the same length, so offsets hold. Why: chrono-node's month patterns and
 * ours try `\s*` after a word at every position of such a run: 100,000 spaces after "Mar" took 11 s.
 * No date spans such a gap.
 */
function withShortBlanks(text: string): string {
  return text.replace(LONG_BLANK, (run) => run.slice(0, 2) + FILLER.repeat(run.length - 4) + run.slice(-2));
}

/**
 * A month's day followed by a part of the day: "Dec. 13 at night", "March 7 in the morning". chrono-node
 * reads the day's number as a clock hour ("13 at night", 1 p.m.) and loses the date; so chrono is given
 * the text with the part of the day blanked (same length, offsets hold). Our own rules still read the
 * part of the day from the text as written, anchored to the date before it.
 */
const DAY_THEN_PART = /\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(\s+(?:at\s+night|in\s+the\s+(?:morning|afternoon|evening)))\b/gi;

/**
 * A part of the day before a month's day, not "of" it: "early morning Dec. 3", which chrono reads as a
 * year ("2 in the morning Dec. 3" it reads whole).
 */
const PART_THEN_DAY = /(?<!\d\s+in\s+the\s+|\d\s+at\s+)\b(?:morning|afternoon|evening|night)(?=\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/gi;

/** A hyphen between a month's day and the next month: chrono reads "Feb. 27-March 2" as 27 March; with an en dash, as the range. */
const DAY_HYPHEN_MONTH = /(\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})-(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/gi;

/** All three need a month's name and a day in figures after it: most sentences have none, and are given as they are. */
const MONTH_AND_DAY = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * A clock's a.m. or p.m. written as chrono-node does not read it: "11:25 p.m Nov. 2" (no closing dot:
 * chrono read "10:45 p", lost the half of the day and the date after it), "3:45 p. m." (ECB+'s
 * tokenised copy; chrono read "3:45 p"), "8: 13am" (a tokeniser's blank after the colon). Rewritten for
 * chrono at the same length ("10:45  pm", "3:45  p.m.", "8:13 am"), so offsets hold; the text quoted
 * is the text as given. Only after a figure: "p.m" elsewhere is no clock.
 */
const ODD_HALF = /(?<=\d\s?)([ap])(?:\.(m)(?![.\w])|\.\s(m)\.)/gi;
const BLANK_AFTER_COLON = /(?<![\d:])(\d{1,2}): (\d\d)(?=\s?[ap]\.?\s?m\b)/gi;
const ODD_CLOCK = /\d\s?[ap]\.\s?m(?![.\w])|\d\s?[ap]\.\sm\.|\d: \d\d\s?[ap]/i;

function clocksForChrono(text: string): string {
  return text
    .replace(ODD_HALF, (_all, half: string, bare?: string, spaced?: string) => (bare ? ` ${half}${bare}` : ` ${half}.${spaced!}.`))
    .replace(BLANK_AFTER_COLON, '$1:$2 ');
}

/**
 * A weekday's short form in lower case is a word, not a day: "the midday sun", "the council sat until
 * midnight", "the couple wed in the evening". chrono-node's weekday parser is case-blind, so it had read
 * them as last Sunday's noon, last Saturday and a Wednesday, and "the afternoon sun on Tuesday" as one
 * reading at odds with itself that was dropped with its Tuesday. Where one of chrono's readings holds
 * such a word, chrono is asked again with the word blanked (same length, offsets hold), a full stop
 * after it too ("in the midday sun." ends a sentence; the short form of a day is written with a
 * capital, "Sat."); a name's capital ("Sun Microsystems") is left to the readings' own checks. Asked of
 * the readings, not of every sentence: a search of each sentence cost the finder about 5%.
 */
const LOWER_SHORT_DAY = /\b(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\b/;
const LOWER_SHORT_DAYS = new RegExp(LOWER_SHORT_DAY.source, 'g');

function chronoReadingsOf(text: string, oddClocks: boolean, instant: Date, lacking: ReadonlySet<string>): ReturnType<typeof parseDates> {
  const given = forChrono(text, oddClocks);
  const readings = parseDates(given, instant, { forwardDate: false }, lacking);
  if (!readings.some((r) => LOWER_SHORT_DAY.test(r.text))) return readings;
  return parseDates(given.replace(LOWER_SHORT_DAYS, (word) => FILLER.repeat(word.length)), instant, { forwardDate: false }, lacking);
}

function forChrono(sentence: string, oddClocks: boolean): string {
  const text = oddClocks && ODD_CLOCK.test(sentence) ? clocksForChrono(sentence) : sentence;
  if (!MONTH_AND_DAY.test(text)) return text;
  return text
    .replace(DAY_THEN_PART, (_all, day: string, part: string) => day + FILLER.repeat(part.length))
    .replace(PART_THEN_DAY, (part) => FILLER.repeat(part.length))
    .replace(DAY_HYPHEN_MONTH, '$1–');
}

export function findTimexes(text: string, sentences: readonly Span[], published: ReferenceTime | null): Timex[] {
  const steps = timexSteps(text, sentences, published);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * findTimexes in two sub-steps: chrono-node over every sentence, then our rules, which settle its
 * readings with theirs. It yields between them so that a batch runs chrono over all its documents
 * before the rules (enrich/batch.ts: each keeps its code and tables in the caches). chrono reads
 * nothing the rules found, so asking it first changes no reading.
 */
export function* timexSteps(text: string, sentences: readonly Span[], published: ReferenceTime | null): Generator<void, Timex[], void> {
  // A wire dateline a day or two before the publication is the day the story's own dates count from.
  const reference = datelineReference(text, published);
  const body = withShortBlanks(text);
  const instant = reference ? new Date(reference.year, reference.month - 1, reference.day, reference.hour, reference.minute) : new Date(2000, 0, 1);
  const day: Day | null = reference ? { year: reference.year, month: reference.month, day: reference.day } : null;
  const found: Timex[] = [];
  const planBounds = pastPlanBounds(day);
  let anchor: Anchor | null = null;
  // The same, leaving out days named as when something was said (timex-telling.ts).
  let eventAnchor: Anchor | null = null;
  const writtenBy = reference?.timeKnown ? reference.hour * 60 + reference.minute : UNKNOWN_PUBLICATION_MINUTES;
  const context: RuleContext = { reference: day, future: () => false, quarter: null, anchor: () => anchor, writtenBy };
  let namedDay: NamedDay | null = null;
  // Where the last reading on a calendar day ended (undated pages only: dropUnplacedClocks).
  let lastDayEnd = -1;
  // Gates asked of the whole text once: a rule or a chrono parser whose words it lacks is not asked about each sentence.
  const lowerBody = body.toLowerCase();
  const rules = rulesFor(RULES, lowerBody, RULE_WORDS.scan(lowerBody));
  const yearRules = rulesFor(ALL_YEAR_RULES, lowerBody, RULE_WORDS.scan(lowerBody));
  const anaphoraRules = rulesFor(STORY_RULES, lowerBody, RULE_WORDS.scan(lowerBody));
  const lacking = parsersLackingIn(lowerBody);
  // Asked of the whole text once, as the gates above: most texts hold no odd clock and no web address.
  const oddClocks = ODD_CLOCK.test(body);
  const addresses = lowerBody.includes('://') || lowerBody.includes('www.');
  // Filled by a loop, not map(): map's answer came in one kind of array from the interpreter and
  // another once this generator was optimised, and reading it threw the optimised code away.
  const chronoReadings: (ReturnType<typeof parseDates> | null)[] = [];
  for (const sentence of sentences) {
    const text = body.slice(sentence.start, sentence.end);
    chronoReadings.push(/\d/.test(text) || DATE_WORD.test(text) ? chronoReadingsOf(text, oddClocks, instant, lacking) : null);
  }
  yield;
  for (const [i, sentence] of sentences.entries()) {
    const text = body.slice(sentence.start, sentence.end);
    if (!/\d/.test(text) && !DATE_WORD.test(text) && !RULE_WORD.test(text)) continue;
    context.future = (start, end) => speaksOfFuture(text, start, end);
    const candidates: Candidate[] = [];
    const lower = text.toLowerCase();
    applyRules(rules, text, sentence.start, context, 0, candidates, lower, RULE_WORDS.scan(lower));
    applyRules(yearRules, text, sentence.start, context, 2, candidates, lower, RULE_WORDS.scan(lower));
    const readings = chronoReadings[i];
    if (readings) {
      // A date whose own clause has no tense takes that of the date before it in the sentence ("will
      // sail on May 3, with the last ship leaving on June 9").
      let tense: boolean | null = null;
      for (const result of readings) {
        tense = tenseOf(text, result.index, result.index + result.text.length) ?? tense;
        candidates.push(...(partOfDay(result, sentence.start, body, instant, reference, tense) ?? chronoCandidates(result, sentence.start + result.index, body, reference, tense)));
      }
    }
    // Anaphora last, so that a date earlier in the same sentence can anchor them.
    context.anchor = (index) => anchorBefore(candidates, sentence.start + index, body) ?? anchor;
    // With no day of the events named yet, the day named as when something was told stands for it.
    context.eventAnchor = (index) => anchorBefore(candidates, sentence.start + index, body, true) ?? eventAnchor ?? context.anchor(index);
    applyRules(anaphoraRules, text, sentence.start, context, -1, candidates, lower, RULE_WORDS.scan(lower));
    // A "sentence" of thousands of readings is a page's list or garbage, not prose: settling is
    // quadratic in the readings, so only the first MAX_READINGS by position are settled.
    if (candidates.length > MAX_READINGS) candidates.splice(0, candidates.length, ...candidates.sort((a, b) => a.start - b.start).slice(0, MAX_READINGS));
    // "60 Minutes", ABC's "This Week": a title, not a time (looked for only where a reading holds a capitalised unit).
    for (const title of candidates.some((c) => CAPITAL_UNIT.test(c.text)) ? titleSpans(text) : []) {
      const [start, end] = [sentence.start + title.start, sentence.start + title.end];
      candidates.splice(0, candidates.length, ...candidates.filter((c) => c.end <= start || end <= c.start));
    }
    clockWithPart(candidates, body);
    const kept = settle(candidates)
      .filter((c) => body.charCodeAt(c.end) !== 45 || !COMPARISON.test(body.slice(c.end, c.end + 12)))
      .filter((c) => !addresses || !inWebAddress(body, c.start, c.end))
      .sort((a, b) => a.start - b.start);
    onStatedDay(kept, body);
    onYearAfter(kept, body);
    withModifier(kept, body);
    trimmedSpans(kept, body);
    firstDayOfRange(kept, body);
    monthsBetween(kept, body, day);
    afterLeadDay(kept, body);
    afterStatedPastDay(kept, body, planBounds);
    const dated = fromRangeEnd(kept, body);
    for (const t of onDayAfter(kept, body, (words) => DAY_WORDS.test(words))) dated.add(t);
    // An undated page's clock after a day it could not place, or far from any day named, says no day.
    if (!reference) lastDayEnd = dropUnplacedClocks(kept, body, lastDayEnd);
    namedDay = onNamedDay(kept, namedDay, dated);
    // One that no day named before or after it placed neither.
    const placed = reference ? kept : kept.filter((t) => !UNDATED_CLOCK.test(t.value));
    for (const t of placed) {
      const at = anchorOf(t.value);
      // The far end of a record ("its lowest close since March 2003") is no time of the story's.
      if (!at || boundsRecord(body, t.start)) continue;
      anchor = at;
      if (!namesTellingDay(body, t.start, t.end)) eventAnchor = at;
    }
    found.push(...placed);
  }
  found.sort((a, b) => a.start - b.start);
  // What was found is quoted from the text as given, not the copy the patterns read.
  // (chrono reads a copy with parts of the day blanked, too: forChrono.)
  for (const t of found) t.text = text.slice(t.start, t.end);
  return found;
}

/** A web address: a run of characters with no blank that holds "://" or starts "www.". */
const WEB_ADDRESS = /(?:^|\s)(?:\S*:\/\/|www\.)\S*$/i;

/**
 * "http://www.example-news.com/story/local/2017/02/27/recent-storms-close-roads/": the
 * words and figures of an address a page prints are no time expressions of its text ("recent" had been
 * PAST_REF; nineteenth round). Only a reading with no blank in it and none between it and the address's start.
 */
function inWebAddress(body: string, start: number, end: number): boolean {
  if (/\s/.test(body.slice(start, end))) return false;
  return WEB_ADDRESS.test(body.slice(Math.max(0, start - 200), start));
}

/** "quarter-to-quarter", "year-over-year", "month-on-month": a comparison of like periods names none of them. */
const COMPARISON = /^-(?:to|over|on)-(?:day|week|month|quarter|year)\b/i;

/** "the morning of June 27": a part of a day that the words after "of" name. */
const PART_OF = /^((?:the\s+)?(?:(?:early|late)\s+)?(morning|afternoon|evening|night)\s+of\s+)\S/i;
const PART_CODES: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * chrono reads "the morning of June 27" or "the night of Friday, June 26" as a bare noon on the
 * publication day, knowing nothing; the day is the one the words after "of" name, and the part of the
 * day goes on its value as TimeML writes it (2015-06-27TMO). Null when this is not such a reading.
 */
function partOfDay(result: chrono.ParsedResult, offset: number, body: string, instant: Date, reference: ReferenceTime | null, tense: boolean | null): Candidate[] | null {
  const part = PART_OF.exec(result.text);
  if (!part || result.start.isCertain('day') || result.start.isCertain('weekday') || result.start.isCertain('month')) return null;
  const [inner] = parseDates(result.text.slice(part[1]!.length), instant, { forwardDate: false });
  if (!inner || inner.index !== 0) return null;
  const start = offset + result.index;
  const found = chronoCandidates(inner, start + part[1]!.length, body, reference, tense);
  const first = found[0];
  if (!first || !/^\d{4}-\d\d-\d\d/.test(first.value)) return null;
  // "the morning of June 27 at 3 a.m." keeps its clock time; a range's end ("to June 28") stays as chrono gave it.
  const value = /^\d{4}-\d\d-\d\d$/.test(first.value) ? `${first.value}T${PART_CODES[part[2]!.toLowerCase()]}` : first.value;
  return [{ ...first, start, text: body.slice(start, first.end), value, type: 'TIME' }, ...found.slice(1)];
}

/** Whether a time's own words name its day, read once per reading (anchorBefore asks for each rule match). */
const dayNamed = new WeakMap<Candidate, boolean>();
function namesItsDay(c: Candidate): boolean {
  let named = dayNamed.get(c);
  if (named === undefined) dayNamed.set(c, (named = DAY_WORDS.test(c.text)));
  return named;
}

/**
 * The calendar date of the reading that ends last before an offset (of those ending there, the one
 * settling would keep). Not the far end of a record ("the lowest since 1999", timex-since-bound.ts).
 */
function anchorBefore(candidates: readonly Candidate[], offset: number, body: string, leaveTelling = false): Anchor | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    // A clock time with no day in its words ("at 1:15 a.m.") is on chrono's guess of a day until
    // onNamedDay gives it the story's: it anchors nothing.
    if (c.end > offset || !anchorOf(c.value) || (c.type === 'TIME' && !namesItsDay(c))) continue;
    // For the event anchor: not a day named as when something was said.
    if (leaveTelling && namesTellingDay(body, c.start, c.end)) continue;
    if (boundsRecord(body, c.start)) continue;
    if (!best || c.end > best.end || (c.end === best.end && (c.priority < best.priority || (c.priority === best.priority && c.start < best.start)))) best = c;
  }
  return best ? anchorOf(best.value) : null;
}

/**
 * Words that give a time its own day ("Tuesday at 3 p.m.", "tonight", "Jan. 5, 10:00"). "This morning"
 * is the teller's day whatever day the story named last ("at 7 a.m. this morning" after a Saturday
 * named in a weather box is the publication's morning).
 */
export const DAY_WORDS = /(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|tomorrow|\d{4}(?!\s+hours|\s*(?:GMT|UTC)|\s+local\s+time)|\d\/\d/i;

/**
 * A clock time with no day of its own is on the last day the story named before it ("the first
 * flight took off Tuesday in Everett at 18:00 UTC"; "was killed Thursday evening. The men came in
 * around 7:15 p.m."), not on the publication day chrono assumes (timex-chrono.ts reads that day with
 * a past bias when the story names none). Returns the last day named so far.
 */
function onNamedDay(sorted: Timex[], before: NamedDay | null, dated: ReadonlySet<Timex>): NamedDay | null {
  let day = before?.day ?? null;
  // Whether the day last named is an evening or a night ("Friday night", "New Year's Eve"): its small
  // hours are the next calendar day's ("a party Friday night ... shots were fired about 12:30 a.m." is
  // 00:30 on Saturday).
  let night = before?.night ?? false;
  for (const t of sorted) {
    if (t.type === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(t.value)) [day, night] = [t.value, NIGHT_BEFORE.test(t.text)];
    else if (t.type !== 'TIME' || !/^\d{4}-\d\d-\d\dT/.test(t.value) || dated.has(t)) continue;
    // "Thursday evening", "10 p.m. Wednesday" name their day; "7:15 p.m." takes the one named before.
    else if (DAY_WORDS.test(t.text)) [day, night] = [t.value.slice(0, 10), /T(?:EV|NI)$/.test(t.value) || NIGHT_BEFORE.test(t.text)];
    else if (day && /^\d{4}-\d\d-\d\dT\d/.test(t.value)) {
      // "shot Sunday night ... It happened around 6:30": a clock with no a.m. or p.m. after a day named
      // as an evening or a night is in its second half (chrono had read 06:30; nineteenth round).
      if (night && NO_HALF.test(t.text) && !/\b0\d:/.test(t.text) && MORNING_HOURS.test(t.value.slice(10))) t.value = `${t.value.slice(0, 11)}${+t.value.slice(11, 13) + 12}${t.value.slice(13)}`;
      t.value = (night && SMALL_HOURS.test(t.value.slice(10)) ? nextDay(day) : day) + t.value.slice(10);
    }
  }
  return day === null ? null : { day, night };
}

/** Words that join the two ends of a range of clock times. */
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|-|–)\s*$/i;

/**
 * "between 10 p.m. and 11 p.m. Friday": the first clock time has no day of its own, and the day the
 * range's end names is its day too, not the one named before the sentence. Returns the times so dated.
 */
function fromRangeEnd(sorted: Timex[], body: string): Set<Timex> {
  const dated = new Set<Timex>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [first, end] = [sorted[i]!, sorted[i + 1]!];
    if (first.type !== 'TIME' || end.type !== 'TIME' || !/^\d{4}-\d\d-\d\dT\d/.test(first.value) || !/^\d{4}-\d\d-\d\dT/.test(end.value)) continue;
    if (DAY_WORDS.test(first.text) || !DAY_WORDS.test(end.text) || !RANGE_JOIN.test(body.slice(first.end, end.start))) continue;
    first.value = end.value.slice(0, 10) + first.value.slice(10);
    dated.add(first);
  }
  return dated;
}

/** The day a story last named, and whether as an evening or a night. */
interface NamedDay {
  day: string;
  night: boolean;
}

/** A day named as an evening before a later one: "New Year's Eve", "Christmas Eve". */
const NIGHT_BEFORE = /\beve\b/i;
/** A clock time from 6 to 11:59 a.m., which after an evening or a night named is p.m. when the clock says neither. */
const MORNING_HOURS = /^T(?:0[6-9]|1[01]):/;
/** A clock time from midnight to 5:59 a.m. (not T24:00, the end of the day named). */
const SMALL_HOURS = /^T0[0-5]:/;

function nextDay(value: string): string {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * "Saturday night, Dec. 3": a weekday the text dates in apposition is that date's, whichever week the
 * past bias would have put it in (a report of Dec. 20 means Dec. 3, not Dec. 17). Only when the date
 * falls on the weekday named.
 */
function onStatedDay(sorted: Timex[], body: string): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [named, stated] = [sorted[i]!, sorted[i + 1]!];
    if (stated.anchoring !== 'stated' || !/^\d{4}-\d\d-\d\d$/.test(stated.value) || !/^\s*,\s*$/.test(body.slice(named.end, stated.start))) continue;
    const weekday = /^(?:(?:early|late)\s+)?(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.exec(named.text);
    if (!weekday || !/^\d{4}-\d\d-\d\d/.test(named.value)) continue;
    const [y, m, d] = stated.value.split('-').map(Number) as [number, number, number];
    if (WEEKDAY_NAMES[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7] !== `${weekday[1]!.toLowerCase()}day`) continue;
    named.value = stated.value + named.value.slice(10);
  }
}

/** "early", "late" or "mid-" just before a date ("early November", "mid-1996", "late Tuesday"), not "as early as". */
const MODIFIER_BEFORE = /(?<!\bas\s)\b(?:early|late|mid)(?:\s+|-)$/i;

/**
 * TimeML takes the modifier into the expression ("early November" with mod START; the value is the
 * month's), so the span is widened over it where chrono-node or a rule left it out.
 */
function withModifier(sorted: Timex[], body: string): void {
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const m = MODIFIER_BEFORE.exec(body.slice(Math.max(0, t.start - 6), t.start));
    if (!m) continue;
    const start = t.start - m[0].length;
    if (i > 0 && sorted[i - 1]!.end > start) continue;
    t.start = start;
    t.text = body.slice(start, t.end);
  }
}

/** "Dec. 3 last year": a day without its year takes the year named right after it. */
function onYearAfter(sorted: Timex[], body: string): void {
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [day, year] = [sorted[i]!, sorted[i + 1]!];
    if (!/^(?:last|this|next) year$/i.test(year.text) || !/^\d{4}$/.test(year.value) || !/^\s*,?\s*$/.test(body.slice(day.end, year.start))) continue;
    if (!/^\d{4}-\d\d/.test(day.value) || /\d{4}|['’]\d\d\b/.test(day.text)) continue;
    day.value = year.value + day.value.slice(4);
  }
}

/** A clock time with no a.m. or p.m. ("7:30", "11"; "6am" has one): the part of the day after it says which half. */
const NO_HALF = /^(?![\s\S]*(?:(?:\b|(?<=\d))[ap]\.?\s?m\b|noon|midnight))/i;

/**
 * "about 7:30 Tuesday morning": chrono reads "7:30 Tuesday" and our rules "Tuesday morning"; the two
 * overlap, and the part of the day alone had won, losing the clock. They are one time: chrono's reading
 * takes in the part of the day, which sets the half of the day its clock lacks ("8:15 Friday evening"
 * is 20:15). Only where both name the same day. A clock with its own a.m. or p.m. keeps its hour and
 * takes in the part of the day too: "around 6:50 p.m. Wednesday night" had come out as the night alone,
 * the clock lost (95 such phrases in the GVA pages; eighteenth round).
 */
function clockWithPart(candidates: Candidate[], body: string): void {
  for (const part of candidates) {
    const code = /^(\d{4}-\d\d-\d\d)T(MO|AF|EV|NI)$/.exec(part.value);
    if (!code || part.priority > 0) continue;
    const clock = candidates.find((k) => k.priority === 1 && k.start < part.start && part.start < k.end && k.end <= part.end && k.value.startsWith(`${code[1]}T`) && /T\d\d:\d\d$/.test(k.value));
    if (!clock) continue;
    let hour = +clock.value.slice(11, 13);
    // A clock's own half stands ("6:50 p.m. Wednesday night" is 18:50); the part of the day sets only a missing one.
    if (NO_HALF.test(clock.text)) {
      if ((code[2] === 'AF' || code[2] === 'EV') && hour < 12) hour += 12;
      else if (code[2] === 'NI' && hour >= 6 && hour < 12) hour += 12;
      else if (code[2] === 'MO' && hour === 12) hour = 0;
    }
    // "1:30 Saturday night" is in the small hours after Saturday, as onNamedDay reads a night's clock.
    const day = code[2] === 'NI' && hour < 6 ? nextDay(code[1]!) : code[1]!;
    clock.value = `${day}T${String(hour).padStart(2, '0')}${clock.value.slice(13)}`;
    clock.end = part.end;
    clock.text = body.slice(clock.start, clock.end);
    // The part of the day is inside the clock time now; a rule's reading would otherwise win the overlap.
    part.priority = Number.POSITIVE_INFINITY;
  }
}

/** Keeps the best of overlapping readings: lower priority first, then the longer span. */
function settle(candidates: Candidate[]): Timex[] {
  // A clock time that holds a part of the day our rules read ("at 10 p.m. last night", "Dec. 3 at 9 in
  // the morning") says more than the part alone: chrono's reading wins there.
  const clocked = candidates.filter((c) => c.priority === 1 && /T\d\d:\d\d/.test(c.value));
  if (clocked.length > 0) candidates = candidates.filter((c) => c.priority === 1 || !/T(?:MO|AF|EV|NI)$/.test(c.value) || !clocked.some((k) => k.start <= c.start && c.end <= k.end && k.end - k.start > c.end - c.start));
  candidates.sort((a, b) => a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Timex[] = [];
  for (const c of candidates) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    const { priority: _priority, ...timex } = c;
    kept.push(timex);
  }
  return kept;
}
