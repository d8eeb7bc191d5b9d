/**
 * The numbers a fact's sentence tells, by kind, to tell whether another report's sentence of the same
 * claim gives the same ones. A fact's counts of named things are compared as discrepancies (facts.ts
 * numberDiscrepancies); these are every other number as well: a share ("2.5 percent") with no party
 * before it, a week number, an age, figures given without a noun ("Lusaka 1,356; Copperbelt 355"). A
 * report whose numbers of a kind are all other than the fact's tells the claim with other numbers and
 * is no source of it. Calendar dates, years and clock times are left out: they say when, and two
 * reports of one claim often date it differently (a weekday in one, the day of the month in another).
 */

/** Kinds of number compared apart: a share is never the same figure as a count. */
export type NumberKind = 'share' | 'week' | 'age' | 'figure';

const MONTHS = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** A number in digits, with a scale word after it ("1.4 million"); an ordinal suffix is read off. */
const NUMBER = /(?<![\d.,:/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(?![\d:/]|[.,]\d)(?:\s+(million|billion|thousand)\b)?/gi;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Number words up to twenty, which reports write for small counts ("two deaths" / "2 deaths"). */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const WORD_NUMBER = new RegExp(String.raw`\b(?:(${TENS.join('|')})(?:-(${WORDS.slice(1, 10).join('|')}))?|(${WORDS.slice(2).join('|')}))\b(?!-year)`, 'gi');
/** Sums of money are compared by their currency and what they pay for (money-discrepancies.ts), not here. */
const CURRENCY_BEFORE = /[$€£¥₩₹₽]\s?$|\b(?:usd|eur|gbp|us\$|rs\.?|kr)\s?$/i;
const CURRENCY_AFTER = /^\s+(?:dollars?|euros?|pounds?|yen|yuan|won|rupees?|francs?|kwacha|rand|naira|shillings?|pesos?|bitcoins?)\b/i;

/** Where a number is the day of a month or a clock time: the text right before and after it. */
const DATE_BEFORE = new RegExp(String.raw`\b${MONTHS}\s*$`, 'i');
const DATE_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTHS}\b`, 'i');
const CLOCK_AFTER = /^\s*(?:[ap]\.?m\b\.?|o'clock|hours?\s+(?:gmt|utc|local)|gmt|utc)/i;
const WEEK_BEFORE = /\bweek\s+(?:no\.?\s*)?$/i;
const AGE_BEFORE = /,\s*$/;
const AGE_AFTER = /^(?:\s*,|-year-old|\s+years?\s+old)/i;
const SHARE_AFTER = /^\s?(?:%|percent\b|per\s+cent\b)/i;
/** "in the past 24 hours": the span a figure is counted over, which two days' reports share whatever they count. */
const SPAN_BEFORE = /\b(?:past|last|previous|first|next)\s+$/i;
const SPAN_AFTER = /^\s+(?:hours|days|weeks|months)\b/i;

/** Each kind's numbers in a sentence, as normalised values ("1,356" and "1356" alike). */
export function numbersByKind(text: string): Map<NumberKind, Set<string>> {
  const out = new Map<NumberKind, Set<string>>();
  const add = (kind: NumberKind, value: string): void => {
    const set = out.get(kind) ?? new Set<string>();
    set.add(value);
    out.set(kind, set);
  };
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 16), start);
    const after = text.slice(end, end + 24);
    const whole = Number(m[1]!.replace(/,/g, '') + (m[2] ?? ''));
    if (Number.isNaN(whole)) continue;
    // A year, a day of a month, a clock time: when, not what (see above).
    if (!m[3] && !m[1]!.includes(',') && !m[2] && whole >= 1900 && whole <= 2100) continue;
    if (!m[3] && (DATE_BEFORE.test(before) || DATE_AFTER.test(after) || CLOCK_AFTER.test(after))) continue;
    if (SPAN_BEFORE.test(before) && SPAN_AFTER.test(after)) continue;
    if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) continue;
    const value = String(m[3] ? Math.round(whole * SCALES[m[3].toLowerCase()]!) : whole);
    if (SHARE_AFTER.test(after)) add('share', value);
    else if (WEEK_BEFORE.test(before)) add('week', value);
    else if (AGE_BEFORE.test(before) && AGE_AFTER.test(text.slice(start + m[1]!.length))) add('age', value);
    else add('figure', value);
  }
  for (const m of text.matchAll(WORD_NUMBER)) {
    if (SPAN_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index!)) && SPAN_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    // "one" is left out: it is as often a pronoun ("one of the men") as a count.
    const value = m[3] ? WORDS.indexOf(m[3].toLowerCase()) : 20 + 10 * TENS.indexOf(m[1]!.toLowerCase()) + (m[2] ? WORDS.indexOf(m[2].toLowerCase()) : 0);
    add('figure', String(value));
  }
  return out;
}

/**
 * Whether a sentence tells a fact's claim with other numbers: for some kind both give, none of its
 * numbers is among the fact's ("63 of the 486 cases ... 3.1 percent" against "the rate is 2.5
 * percent"). A sentence that gives no number of a kind the fact gives says nothing against it.
 */
export function tellsOtherNumbers(fact: ReadonlyMap<NumberKind, ReadonlySet<string>>, sentence: ReadonlyMap<NumberKind, ReadonlySet<string>>): boolean {
  for (const [kind, theirs] of sentence) {
    const ours = fact.get(kind);
    if (!ours || ours.size === 0 || theirs.size === 0) continue;
    if (![...theirs].some((v) => ours.has(v))) return true;
  }
  return false;
}
