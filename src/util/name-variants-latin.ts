/**
 * Latin-script writings of one person's name that outlets differ on, beyond spelling: the Russian
 * "Ye-" that other romanisations write "E-" ("Yevgeny" / "Evgenii", "Yelena" / "Elena"), a Central Asian
 * family name's "Zh-" written "J-" ("Zhumabaev" / "Jumabayev"), a Spanish
 * name with both family names or with the father's only ("Lucía Ferrer Solís" / "Lucia Ferrer"), and a
 * Hong Kong name with or without its Chinese given name ("Peter Ho Ka-lok" / "Peter Ho").
 * Used by enrich (one article's mentions: people.ts) and consolidate (reports: participants.ts).
 */
import { foldAccents } from './fold.js';

/**
 * Russian given names that open with Е, written "Ye-" or "E-" ("Yevgeny" / "Evgeny", "Yelena" /
 * "Elena"), by their stems (each name's forms: "yevgeni", "yevgeniya").
 */
const SLAVIC_YE_GIVEN = /^ye(?:vgen|len[ai]|kater|gor|fim|lizav|melyan|vdok|rmol|vlamp)/;
/**
 * An East Slavic family name's ending: "Yefremov", "Yezhova", "Yeltsin", "Yevtushenko", "Yermak"
 * aside. "Yellen", "Yeats", "Yemen" have none, and keep their "Ye": Russian romanisations disagree on
 * a Russian name's Е, not on an English or an Arabic one.
 */
const SLAVIC_ENDING = /(?:ov|ova|ev|eva|yov|yova|in|ina|yn|yna|sky|skiy|skii|skaya|enko|chuk|yuk|ovich|evich|ovna|evna)$/;

/**
 * A lower-case word with a leading "ye" before a consonant written "e" ("yevgeny" -> "evgeny",
 * "yekaterina" -> "ekaterina"), the one Russian Е at a word's start the romanisations disagree on.
 * Only words of five letters or more ("yes", "yeti" and short words stay), and only Russian names by
 * their shape: a known given name or a Slavic family name's ending. Applied to every word of every
 * name, the bare rule keyed "Janet Yellen" as "janet ellen" (review74).
 */
export function russianYeKey(word: string): string {
  if (!/^ye[^aeiouy\s]\p{L}{2,}$/u.test(word)) return word;
  return SLAVIC_YE_GIVEN.test(word) || SLAVIC_ENDING.test(word) ? word.slice(1) : word;
}

/** Countries where a person carries the father's and the mother's family names, the father's first. */
export const TWO_SURNAME_COUNTRIES: ReadonlySet<string> = new Set(['ES', 'MX', 'AR', 'CO', 'PE', 'CL', 'VE', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'PR', 'GQ']);

/**
 * Portuguese-speaking countries, whose people also carry two family names (the mother's, then the
 * father's): the press writes either one with the given name ("Helena Vasconcelos" of Helena
 * Vasconcelos Prado), as it writes the father's of a Spanish name.
 */
const LUSOPHONE_COUNTRIES: ReadonlySet<string> = new Set(['BR', 'PT', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL']);

/** Whether a person of `country` is written with a given name and two family names, Spanish or Portuguese. */
export function givesTwoFamilyNames(country: string | null | undefined): boolean {
  return country != null && (TWO_SURNAME_COUNTRIES.has(country) || LUSOPHONE_COUNTRIES.has(country));
}

/**
 * The two family names of a name of one given name and two family names ("Rodrigo Salcedo Ibarra" ->
 * Salcedo, Ibarra), by its shape alone: three words, the last two capitalised words of four letters or
 * more (no initial, no particle). The caller knows the person is of a country that gives two
 * (givesTwoFamilyNames): in an English name the middle word is a middle name ("Betty Mae Page").
 */
export function twoFamilyNames(name: string): [string, string] | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length !== 3 || !/^\p{Lu}\p{Ll}+$/u.test(words[0]!)) return null;
  const [first, second] = [words[1]!, words[2]!];
  const family = /^\p{Lu}\p{Ll}{3,}$/u;
  return family.test(first) && family.test(second) ? [first, second] : null;
}

/** "Chi-keung", "Wai-man", "Ka-lok": a Cantonese given name of two syllables joined by a hyphen. */
const CANTONESE_GIVEN = /^[A-Z][a-z]{1,5}-[a-z]{2,6}$/;

/**
 * Whether one name is the other with its last word left out, and that word is one a shorter writing
 * drops: a Cantonese given name after a Western given name and the family name ("Peter Ho Ka-lok" /
 * "Peter Ho"), or, where `twoSurnames` (the person is of a country that gives two family names), the
 * mother's family name ("Lucía Ferrer Solís" / "Lucia Ferrer"). Accents aside. The shorter name has two
 * or three words, its last of four letters or more for the Spanish form: "Ana Gil" alone is too weak.
 */
export function trailingNameLeftOut(a: string, b: string, twoSurnames: boolean): boolean {
  const words = (name: string): string[] => foldAccents(name).replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  const [x, y] = [words(a), words(b)];
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.length !== short.length + 1 || short.length < 2 || short.length > 3) return false;
  if (!short.every((w, i) => w.toLowerCase() === long[i]!.toLowerCase())) return false;
  const dropped = long[long.length - 1]!;
  if (CANTONESE_GIVEN.test(dropped)) return !short.some((w) => w.includes('-'));
  return twoSurnames && /^\p{Lu}\p{Ll}{3,}$/u.test(dropped) && /^\p{Lu}\p{Ll}{3,}$/u.test(short[short.length - 1]!);
}

/**
 * "Ferrer Solís" after "Lucía Ferrer Solís": the two family names alone, as Spanish-language reports
 * write a person after the first mention. The full name has exactly one given name before them.
 */
export function familyNamesAlone(full: readonly string[], short: readonly string[]): boolean {
  return full.length === 3 && short.length === 2 && short[0] === full[1] && short[1] === full[2] && short.every((w) => w.length >= 4);
}

/**
 * A lower-case word with the Russian Ё or Е after a consonant written "yo" / "ye" by one romanisation and
 * "e" by another ("artyom" / "artem", "fyodor" / "fedor", "pyotr" / "petr", "semyon" / "semen"), and
 * "ks" written "x" ("aleksandr" / "alexandr", "maksim" / "maxim"). Only words of five letters or more,
 * so short English words and names ("Lyon", "Max") stay as written; the callers ask for another word
 * of the name to be the same as well, as they do for the Slavic endings.
 */
export function russianVowelKey(word: string): string {
  // A hyphenated given name is Korean ("jae-hyeok" / "jae-hyuk"), whose "yeo" the Korean keys fold.
  if (word.length < 5 || word.includes('-')) return word;
  return word.replace(/(?<=[bcdfghjklmnpqrstvwz])y(?:o|e(?!o))/g, 'e').replace(/ks/g, 'x');
}

/**
 * A Russian-style or Turkic family name's ending, for the Zh / J key: the Slavic ones without "-in"
 * ("Zhibin", "Zhixin" are Chinese given names, whose pinyin "zh" and "j" are two sounds), and the
 * Kyrgyz and Kazakh "-bek", "-uly", "-kyzy".
 */
const ZH_NAME_ENDING = /(?:ov|ova|ev|eva|sky|skiy|skaya|enko|bek|uly|kyzy)$/;

/**
 * A lower-case word with a leading "zh" or "dzh" written "j" ("zhumabaev" -> "jumabaev", "dzhaparova"
 * -> "japarova"): Cyrillic Ж and Дж in Central Asian names are "Zh" / "Dzh" in Russian-style
 * romanisation and "J" in English-style (ux75b: "Nurbek Zhumabaev" / "Nurbek Jumabayev"). Only words
 * of six letters or more with a Russian-style or Turkic family name's ending, so Chinese "Zhang" /
 * "Zhou" and given names such as "Zhamal" (not "Jamal") stay as written; the callers ask for another
 * word of the name to be the same as well.
 */
export function centralAsianZhKey(word: string): string {
  if (word.length < 6 || !ZH_NAME_ENDING.test(word)) return word;
  return word.replace(/^d?zh(?=[aeiouy])/, 'j');
}
