/** Language of the body (ISO 639-1), by franc-min's trigram model; 'und' text is left null. */
import { franc } from 'franc-min';

const ISO_639_3_TO_1: Record<string, string> = {
  eng: 'en', kor: 'ko', jpn: 'ja', cmn: 'zh', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', rus: 'ru', ita: 'it',
  nld: 'nl', arb: 'ar', pes: 'fa', tur: 'tr', ukr: 'uk', pol: 'pl', hin: 'hi', ind: 'id', vie: 'vi', tha: 'th',
  swe: 'sv', ron: 'ro', ces: 'cs', hun: 'hu', ell: 'el', heb: 'he', ben: 'bn', urd: 'ur', zlm: 'ms', tgl: 'tl',
};

export function detectLanguage(text: string): string | null {
  if (text.length < 20) return null;
  // The opening of the body is enough: trigram statistics settle within a few hundred characters.
  const code = franc(text.slice(0, 1500), { minLength: 20 });
  if (code === 'und') return null;
  return ISO_639_3_TO_1[code] ?? code;
}
