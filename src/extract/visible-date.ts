/**
 * A publication date printed on the page when metadata has none: numeric forms in any language
 * ("17.04.2020", "2020/04/17", "2020年7月3日") and written months in the languages news sites use most.
 * The first date in a short line wins (datelines are short); ambiguous day/month orders are read
 * day-first unless that is impossible.
 */
import { isoFromMachineDate } from '../util/dates.js';

const MONTHS: Record<string, number> = {};
const NAMES: [number, string][] = [
  [1, 'january jan enero ene janvier janv januar jänner gennaio gen janeiro januari janvier'],
  [2, 'february feb febrero febr février fevrier févr februar febbraio fevereiro fev februari'],
  [3, 'march mar marzo mars märz maerz março marco maart'],
  [4, 'april apr abril avril avr aprile'],
  [5, 'may mayo mai maggio maio mei'],
  [6, 'june jun junio juin juni giugno junho'],
  [7, 'july jul julio juillet juil juli luglio lug julho'],
  [8, 'august aug agosto août aout ago augustus'],
  [9, 'september sep sept septiembre septembre settembre set setembro'],
  [10, 'october oct octubre octobre oktober ottobre ott outubro out'],
  [11, 'november nov noviembre novembre novembro'],
  [12, 'december dec diciembre dic décembre decembre dezember dicembre dezembro dez'],
];
for (const [month, names] of NAMES) for (const name of names.split(' ')) MONTHS[name] = month;

const YMD = /\b((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
const DMY = /\b(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d{2})\b/;
const CJK = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const KOREAN = /((?:19|20)\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/;
const WORD_DMY = /\b(\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?([\p{L}]{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b/u;
const WORD_MDY = /\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/u;

export function dateInText(text: string): string | null {
  let m = CJK.exec(text) ?? KOREAN.exec(text) ?? YMD.exec(text);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = DMY.exec(text);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    return b > 12 ? day(+m[3]!, a, b) : day(+m[3]!, b, a);
  }
  m = WORD_DMY.exec(text);
  if (m && MONTHS[m[2]!.toLowerCase()]) return day(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  m = WORD_MDY.exec(text);
  if (m && MONTHS[m[1]!.toLowerCase()]) return day(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  return null;
}

function day(year: number, month: number, date: number): string | null {
  return isoFromMachineDate(`${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`);
}
