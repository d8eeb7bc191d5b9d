/**
 * Years before 1800 ("founded in 1727", "since 1694, the bank has"): the year rules of
 * timex-periods.ts read 1800-2099 only, as a bare four-figure number earlier than that is more often a
 * count or an amount than a year. After "in", "since", "until", "before", "after" or "during", and
 * with the clause ending or going on in a word that cannot be what a count counts, it is the year:
 * "In 1500 troops were sent" stays a count.
 */
import type { Rule } from './timex-rules.js';

const FOLLOWS = String.raw`(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|or|but|when|by|as|to|until|with|after|before|during|under|on|at|from|the|a|an|he|she|it|they|its|his|her|their|was|were|had|which|who)\b)`;

export const EARLY_YEAR_RULES: readonly Rule[] = [
  {
    when: /\b1[0-7]\d\d\b/,
    pattern: new RegExp(String.raw`(?<=\b(?:in|since|until|before|after|during)\s)(1[0-7]\d\d)\b(?![.,]\d)${FOLLOWS}`, 'gi'),
    read: (m) => ({ value: m[1]!, stated: true }),
  },
];
