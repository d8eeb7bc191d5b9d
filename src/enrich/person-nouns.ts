/**
 * Words for one person that casualty reports list victims by: kin ("her grandson", "his stepdaughter", "a
 * half-brother", "his sister-in-law") and trades or roles ("a cook", "a cabbie", "the cashier"). The
 * readings of people told one by one had each kept a short list of their own, so that "a son" was
 * read and "a grandson" was not. Kin words come with their grand-, great-grand-, step-, half- and
 * -in-law forms; each word with its plural, for counts ("two sisters and two men").
 */

const KIN_BASE = ['father', 'mother', 'son', 'daughter', 'brother', 'sister', 'child', 'parent', 'dad', 'mom', 'mum'];
const GRAND = ['father', 'mother', 'son', 'daughter', 'child', 'parent', 'dad', 'ma', 'pa', 'nephew', 'niece', 'baby'];
const STEP = ['father', 'mother', 'son', 'daughter', 'brother', 'sister', 'child', 'parent', 'dad', 'mom'];
const IN_LAW = ['father', 'mother', 'son', 'daughter', 'brother', 'sister'];
const KIN_OTHER = ['husband', 'wife', 'girlfriend', 'boyfriend', 'fiancé', 'fiancée', 'fiance', 'fiancee', 'partner', 'cousin', 'uncle', 'aunt', 'nephew', 'niece', 'sibling', 'twin', 'relative', 'ex-wife', 'ex-husband', 'ex-girlfriend', 'ex-boyfriend', 'in-law'];

/** Every kin word in the singular. */
export const KIN_WORDS: readonly string[] = [
  ...GRAND.flatMap((w) => [`grand${w}`, `great-grand${w}`]),
  ...STEP.flatMap((w) => [`step${w}`, `step-${w}`]),
  'half-brother', 'half-sister', 'halfbrother', 'halfsister',
  ...IN_LAW.map((w) => `${w}-in-law`),
  ...KIN_BASE,
  ...KIN_OTHER,
];

/** Trades and roles a victim is named by where no name is given. */
export const ROLE_WORDS: readonly string[] = [
  'cook', 'chef', 'cabbie', 'cabdriver', 'cab driver', 'taxi driver', 'delivery driver', 'bus driver', 'truck driver', 'lorry driver', 'driver', 'clerk', 'cashier', 'waiter',
  'waitress', 'bartender', 'bouncer', 'security guard', 'guard', 'shopkeeper', 'storekeeper', 'store owner', 'shop owner', 'owner',
  'manager', 'employee', 'worker', 'customer', 'neighbor', 'neighbour', 'roommate', 'tenant', 'landlord', 'resident', 'student',
  'teacher', 'nurse', 'doctor', 'pastor', 'priest', 'motorist', 'pedestrian', 'cyclist', 'jogger', 'passer-by', 'passerby', 'vendor',
  'mechanic', 'janitor', 'retiree', 'pensioner', 'veteran', 'homeowner', 'rapper', 'musician', 'courier', 'barber', 'coworker',
  'co-worker', 'acquaintance', 'friend', 'bystander', 'passenger', 'officer', 'deputy', 'trooper',
];

/** The plural of one of these words: "-in-law" after the noun, "child" and "wife" as they go. */
export function pluralOf(word: string): string {
  const inLaw = /^(.+)(-in-law)$/.exec(word);
  if (inLaw) return `${pluralOf(inLaw[1]!)}${inLaw[2]}`;
  if (word === 'in-law') return 'in-laws';
  if (/child$/.test(word)) return `${word}ren`;
  if (/wife$/.test(word)) return word.replace(/wife$/, 'wives');
  if (/^passer-?by$/.test(word)) return word.replace('passer', 'passers');
  if (/[^aeiou]y$/.test(word)) return word.replace(/y$/, 'ies');
  if (/(?:s|sh|ch|x)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The words as one alternation, longest first so that "grandson" is tried before "son". */
function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`).replace(/é/g, '[ée]')).join('|');
}

/** One kin word ("grandson", "stepdaughter", "half-brother", "sister-in-law"). */
export const KIN_NOUN = `(?:${alternation(KIN_WORDS)})`;
/** Kin in the plural ("sisters", "grandchildren", "brothers-in-law"). */
export const KIN_NOUNS = `(?:${alternation(KIN_WORDS.map(pluralOf))})`;
/** One trade or role ("cook", "cabbie", "taxi driver"). */
export const ROLE_NOUN = `(?:${alternation(ROLE_WORDS)})`;
/** Trades or roles in the plural ("cooks", "cabbies", "passers-by"). */
export const ROLE_NOUNS = `(?:${alternation(ROLE_WORDS.map(pluralOf))})`;
