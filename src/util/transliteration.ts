/**
 * Russian and other Cyrillic names come to English through several romanisations, and outlets keep
 * their own: "Dmitri" / "Dmitry" / "Dmitriy" / "Dmitrii", "Sergeyev" / "Sergeev". A word's class
 * holds the spellings of its ending those systems give; the rest of the word must be the same, so
 * "Ivan" and "Ivana", "Petrov" and "Petrova" stay apart (a man and a woman).
 * Words are compared in lower case, accents folded by the caller.
 */

/** Word endings of the "-i" class: written "-i", "-y", "-iy", "-ii" after a consonant ("Dmitri", "Vitaly", "Yuriy", "Georgii"). */
const I_END = /^(\p{L}{3,}[^aeiouy\s])(?:iy|ii|i|y)$/u;
/** "-yev" / "-ev" after a vowel ("Sergeyev", "Sergeev", "Alekseyeva"). */
const YEV_END = /^(\p{L}*[aeiou])y?ev(a)?$/u;

/** The one spelling of the word's class ("dmitry" and "dmitriy" are "dmitri"; "sergeyev" is "sergeev"). */
export function transliterationKey(word: string): string {
  const i = I_END.exec(word);
  if (i) return `${i[1]}i`;
  const yev = YEV_END.exec(word);
  if (yev) return `${yev[1]}ev${yev[2] ?? ''}`;
  return word;
}

/** Every spelling of the word's class, the word itself first. */
export function transliterationSpellings(word: string): string[] {
  const i = I_END.exec(word);
  if (i) return [...new Set([word, ...['i', 'y', 'iy', 'ii'].map((end) => `${i[1]}${end}`)])];
  const yev = YEV_END.exec(word);
  if (yev) return [...new Set([word, `${yev[1]}ev${yev[2] ?? ''}`, `${yev[1]}yev${yev[2] ?? ''}`])];
  return [word];
}
