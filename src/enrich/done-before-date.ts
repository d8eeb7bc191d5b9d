/**
 * An act of policy or law told by its noun and a participle right before a date: "the levies announced
 * on May 4", "the appeal filed on June 2", "the quotas that Ottawa imposed on March 9", "the duties
 * announced in May and suspended on June 30" (the second date is the suspension's). These nouns are
 * no event nouns elsewhere ("a ban on smoking", "duties of a clerk"), so only with the participle and
 * its date do they name an earlier act. Described as the noun and the participle ("Levies announced"),
 * never with "since" or "the" before them.
 */
const POLICY_NOUN = String.raw`tariffs|tariff|duties|levies|quotas|complaint|lawsuit|appeal|export\s+ban|import\s+ban|ban|embargo|measures`;
const PARTICIPLE = String.raw`announced|filed|lodged|imposed|introduced|postponed|suspended|lifted|delayed|adopted|unveiled|approved`;
const DONE_BEFORE_DATE = new RegExp(
  String.raw`\b(${POLICY_NOUN})\b(?:\s+(?:of|on)\s+[^,.;]{0,60}?)?,?\s+(?:(?:that|which)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?(?:was\s+|were\s+)?(?:(?:${PARTICIPLE})\s+(?:on|in)\s+[^,.;]{1,25}?\s+and\s+)?(${PARTICIPLE})\s+(?:on\s+|in\s+)?$`,
  'iu',
);

/** "the levies announced on " -> "Levies announced"; null where no such act ends the text. */
export function describeDoneBeforeDate(before: string): string | null {
  const m = DONE_BEFORE_DATE.exec(before);
  if (!m) return null;
  const noun = m[1]!.replace(/\s+/g, ' ').toLowerCase();
  return `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${m[2]!.toLowerCase()}`;
}

/** A participle as a word, or as its stem with the "-ed" cut ("announc", as content words are kept). */
const PARTICIPLE_WORD = new RegExp(String.raw`^(?:${PARTICIPLE})$|^(?:${PARTICIPLE.replace(/ed\b/g, '')})$`, 'i');

/** The words of a description other than the participles these descriptions end with. */
export function withoutParticiples(words: ReadonlySet<string>): Set<string> {
  return new Set([...words].filter((w) => !PARTICIPLE_WORD.test(w)));
}
