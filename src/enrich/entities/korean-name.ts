/**
 * Korean names written as three words ("Ri Chol Ung", "Pak Song Il", as North Korean names often are
 * in English): the tagger, which learnt that runs of short capitalised words after "including" or a
 * verb are bodies, may type them as organisations, and then the person is lost to the event. A run
 * counts as a name only when its first word is a common Korean surname and the other two are each one
 * romanised Korean syllable, which few words of organisation names are ("Kim Tan Bank" is not).
 */
import type { Entity } from '../../model/types.js';

const SURNAMES = new Set([
  'kim', 'ri', 'rhee', 'lee', 'yi', 'pak', 'park', 'choe', 'choi', 'jon', 'jeon', 'chon', 'jong', 'jung', 'chung', 'kang', 'han', 'oh',
  'yun', 'yoon', 'jang', 'chang', 'hwang', 'ko', 'kwon', 'sin', 'shin', 'mun', 'moon', 'cho', 'jo', 'ryu', 'yoo', 'hyon', 'hyun', 'hong',
  'ju', 'son', 'lim', 'im', 'paek', 'baek', 'ahn', 'yang', 'seo', 'suh', 'ham', 'chae', 'bae', 'kye', 'ro', 'noh', 'roh',
]);

/** One syllable in the McCune-Reischauer or Revised romanisation, breves dropped: "Chol", "Ung", "Hyok", "Myong", "Jae". */
const SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|k|g|n|d|t|r|l|m|b|p|s|j|h)?(?:y|w)?(?:ae|eo|eu|ui|oe|a|e|o|u|i|ŏ|ŭ)(?:ng|k|n|l|m|p|t)?$/;

export function isKoreanFamilyName(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && SURNAMES.has(word.toLowerCase());
}

export function isKoreanSyllable(word: string): boolean {
  return SYLLABLE.test(word);
}

export function isKoreanThreeWordName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length !== 3) return false;
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || /^\p{Lu}$/u.test(w))) return false;
  if (!SURNAMES.has(words[0]!.toLowerCase())) return false;
  return words.slice(1).every((w) => SYLLABLE.test(w.toLowerCase()));
}

/** Organisations the tagger read in such names, as people; everything else as it was. */
export function koreanNamesAsPeople(entities: readonly Entity[]): Entity[] {
  return entities.map((e) => (e.type === 'organization' && e.subtype === undefined && isKoreanThreeWordName(e.text) ? { text: e.text, type: 'person' as const, start: e.start, end: e.end } : e));
}
