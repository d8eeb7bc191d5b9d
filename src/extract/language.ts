/** Language of the body (ISO 639-1), by franc-min's trigram model; 'und' text is left null. */
import { franc } from 'franc-min';

const ISO_639_3_TO_1: Record<string, string> = {
  eng: 'en', kor: 'ko', jpn: 'ja', cmn: 'zh', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', rus: 'ru', ita: 'it',
  nld: 'nl', arb: 'ar', pes: 'fa', tur: 'tr', ukr: 'uk', pol: 'pl', hin: 'hi', ind: 'id', vie: 'vi', tha: 'th',
  swe: 'sv', ron: 'ro', ces: 'cs', hun: 'hu', ell: 'el', heb: 'he', ben: 'bn', urd: 'ur', zlm: 'ms', tgl: 'tl',
};

/** Languages whose place and person names fill English reports from their countries (see detectLanguage). */
const LOANED_NAMES = new Set(['tgl', 'ceb', 'ilo', 'hil', 'war', 'pam', 'bcl', 'ind', 'zlm', 'jav', 'sun', 'mad', 'min']);

/** Characters of the body that franc reads: its trigram statistics settle within a few hundred. */
const LANGUAGE_SAMPLE = 700;

const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'on', 'was', 'with', 'said', 'a']);

/**
 * `declared` is what the page says (`<html lang>`, JSON-LD inLanguage). A declared language other than
 * English is trusted unless the text plainly reads as English: a site's English edition often keeps
 * its home language's template (`<html lang="fr">` over an English report), and the article was then
 * flagged as unreadable. English, the usual template default, is trusted when the text reads as English.
 */
export function detectLanguage(text: string, declared?: string): string | null {
  if (declared && declared !== 'en' && /^[a-z]{2}$/.test(declared)) return looksPlainlyEnglish(text) ? 'en' : declared;
  if (declared === 'en' && looksEnglish(text)) return 'en';
  if (text.length < 20) return declared ?? null;
  // Plainly English text needs no trigram model (franc compares ~80 languages; a tenth of extraction's time).
  if (declared === undefined && looksPlainlyEnglish(text)) return 'en';
  // The opening of the body is enough: trigram statistics settle within a few hundred characters.
  const code = franc(text.slice(0, LANGUAGE_SAMPLE), { minLength: 20 });
  if (code === 'und') return declared ?? null;
  // A short English report full of place names ("Barangay 143 in Tondo") can read to the trigrams as
  // Tagalog, Cebuano or Indonesian, languages that do not write English's function words: with enough
  // of those words it is English. (Not for Spanish, Dutch or German, which share some of them.)
  if ((LOANED_NAMES.has(code) || !(code in ISO_639_3_TO_1)) && looksEnglish(text)) return 'en';
  // A short English report whose names carry another language's letters ("Valparaiso", "Carolina Toha")
  // can read as Italian or Spanish: the language franc names must write its own function words more than English's.
  const own = OWN_FUNCTION_WORDS[code];
  if (own && looksEnglish(text) && shareOf(text, own) < shareOf(text, ONLY_ENGLISH)) return 'en';
  return ISO_639_3_TO_1[code] ?? code;
}

/** English function words that Romance and Germanic languages do not write ("a" and "in" they do). */
const ONLY_ENGLISH: ReadonlySet<string> = new Set(['the', 'and', 'of', 'to', 'that', 'for', 'on', 'was', 'with', 'said', 'were', 'by']);

/** The commonest function words of languages in Latin script (none of them an English word). */
const OWN_FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  ita: new Set(['di', 'il', 'che', 'la', 'per', 'non', 'e', 'un', 'una', 'del', 'della', 'sono', 'le', 'da', 'nel', 'si']),
  spa: new Set(['de', 'la', 'que', 'el', 'en', 'los', 'las', 'del', 'y', 'por', 'con', 'una', 'se', 'para', 'es', 'un']),
  por: new Set(['de', 'que', 'o', 'do', 'da', 'em', 'um', 'para', 'com', 'os', 'uma', 'se', 'no', 'na', 'e', 'por']),
  fra: new Set(['de', 'la', 'le', 'et', 'les', 'des', 'en', 'un', 'une', 'du', 'que', 'est', 'pour', 'dans', 'qui', 'pas']),
  deu: new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'den', 'mit', 'von', 'zu', 'ein', 'eine', 'sich', 'dem', 'auf', 'des']),
  nld: new Set(['de', 'het', 'een', 'en', 'van', 'dat', 'op', 'te', 'niet', 'zijn', 'voor', 'met', 'die', 'er', 'ook', 'aan']),
  ron: new Set(['de', 'si', 'la', 'cu', 'pe', 'din', 'un', 'o', 'care', 'nu', 'mai', 'este', 'sa', 'au', 'fost', 'pentru']),
  swe: new Set(['och', 'att', 'det', 'som', 'en', 'av', 'för', 'med', 'den', 'har', 'inte', 'till', 'var', 'ett', 'om', 'de']),
};

/** The share of a text's first words that are in a set. */
function shareOf(text: string, words: ReadonlySet<string>): number {
  const all = text.slice(0, 1000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (all.length === 0) return 0;
  let hits = 0;
  for (const w of all) if (words.has(w)) hits++;
  return hits / all.length;
}

function looksEnglish(text: string): boolean {
  return englishShares(text).functionWords >= 0.08;
}

/**
 * Stricter than looksEnglish, for text with no declared language: many function words and "the"
 * among them (Dutch, German and the Scandinavian languages share "in", "is" and "was", not "the").
 */
function looksPlainlyEnglish(text: string): boolean {
  const shares = englishShares(text);
  return shares.functionWords >= 0.12 && shares.the >= 0.025;
}

function englishShares(text: string): { functionWords: number; the: number } {
  const words = text.slice(0, 1000).toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length < 20) return { functionWords: 0, the: 0 };
  let hits = 0;
  let the = 0;
  for (const w of words) {
    if (ENGLISH_FUNCTION_WORDS.has(w)) hits++;
    if (w === 'the') the++;
  }
  return { functionWords: hits / words.length, the: the / words.length };
}
