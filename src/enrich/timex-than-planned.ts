/**
 * "lands on October 4, a week later than planned", "ends on Sunday, a day earlier
 * than scheduled": the words compare the date just named with the one planned, and TimeML (MEANTIME)
 * gives them the date named, which is when the thing now happens. Without this rule the length alone
 * was read ("three days", P3D), or chrono-node counted "a day earlier" back from the publication day.
 * With no date named before them in the sentence the words are a length of the count given. ("Two
 * years behind schedule" is a length in MEANTIME, and is left to the length rules.)
 */
import type { Anchor } from './timex-anaphora.js';
import { durationValue } from './timex-durations.js';
import { monthValue, pad } from './timex-calendar.js';
import { NUMBER, readNumber, type Rule, type RuleValue } from './timex-rules.js';

/**
 * A day or a month written before the comparison in its sentence, capitalised as a name ("may" and
 * "march" are verbs too): the anchor was read from it, not from an earlier sentence.
 */
const DATE_BEFORE = /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary)?|Feb(?:ruary)?|March|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|[Tt]oday|[Tt]omorrow|[Yy]esterday)\b|\b\d{4}\b/;

function anchorValue(a: Anchor): string {
  if (a.month === null) return String(a.year);
  return a.day === null ? monthValue(a.year, a.month) : `${monthValue(a.year, a.month)}-${pad(a.day)}`;
}

export const THAN_PLANNED_RULES: readonly Rule[] = [
  {
    when: / than /,
    pattern: new RegExp(
      String.raw`\b(${NUMBER})[\s-]+(days?|weeks?|months?|years?)\s+(?:earlier|later|sooner)\s+than\s+(?:(?:originally|first|initially|previously)\s+)?(?:planned|expected|scheduled|forecast|anticipated|intended|announced)\b`,
      'gi',
    ),
    read: (m, c): RuleValue | null => {
      const anchor = DATE_BEFORE.test(m.input.slice(0, m.index)) ? c.anchor(m.index) : null;
      if (anchor) return { value: anchorValue(anchor) };
      const n = readNumber(m[1]!);
      return n >= 1 ? { value: durationValue(n, m[2]!), type: 'DURATION', stated: true } : null;
    },
  },
];
