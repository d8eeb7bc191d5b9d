/**
 * Sums a court orders or sets, for money-discrepancies.ts: what a convicted person must forfeit, pay back
 * to victims, or post as bail. Reports of one sentencing that give the forfeiture as "$410 million" and
 * "$415 million" disagree on a figure a court desk checks first (review ux70a), and those sums had no kind
 * of their own, so nothing compared them. And a sum counted per person ("lost an average of $3,900
 * each") is no total of any kind: set against the total loss it read as a discrepancy.
 */

/** Court-ordered kinds, by the words of the sum's own clause; tried before the general kinds. */
export const COURT_KINDS: readonly (readonly [string, RegExp])[] = [
  ['forfeiture', /\b(?:forfeit(?:s|ed|ing|ure|ures)?|confiscat(?:e|ed|es|ing|ion))\b/i],
  ['restitution', /\b(?:restitution|compensation\s+order)\b/i],
  ['bail', /\b(?:bail|bond)\b/i],
];

/**
 * A sum told per person or as an average ("an average of $3,900", "$500 each", "$80 per customer"):
 * a share, never the total the report's kind words speak of.
 */
const PER_PERSON_BEFORE = /\b(?:average|averaged|averaging|median|typical)\b|\bper\s+(?:person|head|capita)\b/i;
const PER_PERSON_AFTER = /^(?:\S+\s+)?(?:each|apiece|a\s+head|per\s+(?:person|head|capita|customer|client|investor|member|victim|account|household|user))\b/i;

/** Whether the sum between the words `before` and `after` it is a share per person, not a total. */
export function perPersonSum(before: string, after: string): boolean {
  return PER_PERSON_BEFORE.test(before) || PER_PERSON_AFTER.test(after);
}

/**
 * A sum only asked for, offered or proposed ("the defence proposed a bond of $25 million"): no sum the
 * court set, so no bail that reports could disagree on.
 */
const ONLY_ASKED = /\b(?:propos(?:e|ed|es|ing)|offer(?:ed|s|ing)?|sought|seek(?:s|ing)?|request(?:ed|s|ing)?|ask(?:ed|s|ing)?\s+for)\b/i;

/**
 * The court kind of the sum between `before` and `after`; null when the words are a court's but the sum
 * is none it set (a bond only proposed); undefined when no court kind's words stand beside it.
 */
export function courtKindOf(before: string, after: string): string | null | undefined {
  for (const [kind, words] of COURT_KINDS) {
    if (!words.test(before) && !words.test(after)) continue;
    return kind === 'bail' && ONLY_ASKED.test(before) ? null : kind;
  }
  return undefined;
}
