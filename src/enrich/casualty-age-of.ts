/**
 * An age told as "of" after the person ("a man of 20", "two women of 31 and 44", "a boy of nine"): the
 * number is how old they are, never how many were hurt or killed. Read as a count, "A man of 20 died"
 * gave 20 dead. The "of" and the ages are blanked (offsets kept), so that "A man died" is read as the one
 * death it is. Only after a word for a person that an age fits: "a group of 20", "a toll of 20" are
 * counts, and "a father of three" is his children (casualty-parent-of.ts).
 */

const PERSON = String.raw`(?:man|woman|men|women|boy|girl|boys|girls|lad|lads|youth|youths|teen|teens|teenager|teenagers|child|pensioner|pensioners|gentleman|lady)`;
const AGE = String.raw`(?:\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
// A further age, not a count of others joined on: "a man of 20 and two women were shot".
const NOT_PEOPLE = String.raw`(?!\s+(?:[\w-]+\s+)?(?:${PERSON}|people|persons|others|children|kids|adults|victims)\b)`;
// Not where a plural of people or places follows: "women of 20 nations" is no age.
const AGE_OF = new RegExp(String.raw`\b(${PERSON})(\s+of\s+${AGE}(?:\s*(?:,|and|&|or)\s*${AGE}${NOT_PEOPLE}){0,4})\b(?![\d-]|\s+(?:people|persons|others|nations|countries|states|teams|units|families|households|villages|towns|cities|companies)\b)`, 'gi');

/** The text with each age told as "of" after a person's word blanked. */
export function withoutAgeOf(text: string): string {
  return text.replace(AGE_OF, (_m: string, person: string, of: string) => person + ' '.repeat(of.length));
}
