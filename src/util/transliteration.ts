/**
 * Russian and other Cyrillic names come to English through several romanisations, and outlets keep
 * their own: "Dmitri" / "Dmitry" / "Dmitriy" / "Dmitrii", "Sergeyev" / "Sergeev", "Zelensky" /
 * "Zelenskyy". A word's class holds the spellings of its ending those systems give; the rest of the
 * word must be the same, so "Ivan" and "Ivana", "Petrov" and "Petrova" stay apart (a man and a woman).
 * Only words that look Slavic are folded: English given names are told apart by "-y" / "-i" alone
 * ("Terry" and "Terri", "Randy" and "Randi" are two people, often a man and a woman).
 * Words are compared in lower case, accents folded by the caller.
 */

/**
 * Common Russian given names whose romanisations differ in the ending only ("Sergei" / "Sergey",
 * "Yuri" / "Yury"): the stem, and whether the ending is the vowel-then-"i" kind ("-ei" / "-ey").
 */
const GIVEN_STEMS: ReadonlyMap<string, 'i' | 'vowel'> = new Map([
  ['serge', 'vowel'], ['alexe', 'vowel'], ['alekse', 'vowel'], ['andre', 'vowel'], ['nikola', 'vowel'], ['timofe', 'vowel'], ['matve', 'vowel'],
  ['yur', 'i'], ['dmitr', 'i'], ['vital', 'i'], ['valer', 'i'], ['georg', 'i'], ['anatol', 'i'], ['gennad', 'i'], ['arkad', 'i'], ['yevgen', 'i'],
  ['evgen', 'i'], ['grigor', 'i'], ['vasil', 'i'], ['andr', 'i'],
]);

/** "-iy", "-ii", "-yy" after a consonant: endings only romanised Slavic names have ("Yuriy", "Georgii", "Zelenskyy"). */
const SLAVIC_I_END = /^(\p{L}{3,}[^aeiouy\s])(?:iy|ii|yy)$/u;
/**
 * A Slavic surname's "-sky" / "-ski" ("Zelensky", "Zelenskiy", "Zelenskyy", "Trotsky"). Not "-cky":
 * "Ricky" / "Ricki", "Vicky" / "Vicki" are English given names of two people.
 */
const SKY_END = /^(\p{L}{3,}sk)(?:iy|ii|yy|i|y)$/u;
/** "-yev" / "-ev" after a vowel ("Sergeyev", "Sergeev", "Alekseyeva"). */
const YEV_END = /^(\p{L}*[aeiou])y?ev(a)?$/u;

/** The stem of a word of the "-i" class and its kind, or null for a word outside it. */
function iClass(word: string): { stem: string; kind: 'i' | 'vowel' | 'sky' } | null {
  const vowelEnd = /^(\p{L}+?)(?:i|y|iy|ii|j)$/u.exec(word);
  if (vowelEnd && GIVEN_STEMS.get(vowelEnd[1]!) === 'vowel') return { stem: vowelEnd[1]!, kind: 'vowel' };
  const given = /^(\p{L}+?)(?:iy|ii|i|y)$/u.exec(word);
  if (given && GIVEN_STEMS.get(given[1]!) === 'i') return { stem: given[1]!, kind: 'i' };
  const sky = SKY_END.exec(word);
  if (sky) return { stem: sky[1]!, kind: 'sky' };
  const slavic = SLAVIC_I_END.exec(word);
  return slavic ? { stem: slavic[1]!, kind: 'i' } : null;
}

/** The spellings of each kind's ending an outlet is likely to write ("-skii" is rare: four tags a surname are enough). */
const ENDINGS = { vowel: ['i', 'y'], i: ['i', 'y', 'iy', 'ii'], sky: ['y', 'i', 'iy', 'yy'] } as const;

/** The one spelling of the word's class ("dmitry" and "dmitriy" are "dmitri"; "sergeyev" is "sergeev"). */
export function transliterationKey(word: string): string {
  const i = iClass(word);
  if (i) return `${i.stem}i`;
  const yev = YEV_END.exec(word);
  if (yev) return `${yev[1]}ev${yev[2] ?? ''}`;
  return word;
}

/** Every spelling of the word's class, the word itself first. */
export function transliterationSpellings(word: string): string[] {
  const i = iClass(word);
  if (i) return [...new Set([word, ...ENDINGS[i.kind].map((end) => `${i.stem}${end}`)])];
  const yev = YEV_END.exec(word);
  if (yev) return [...new Set([word, `${yev[1]}ev${yev[2] ?? ''}`, `${yev[1]}yev${yev[2] ?? ''}`])];
  return [word];
}
