/**
 * Masthead forms beside the navigation bar and the English outlet words of masthead.ts:
 * - a name and its tagline ("RIVERTON POST | Local news since 1902", "KOBLENZER BOTE | English
 *   edition"): a bar of two items where the second says what the outlet is, not a section;
 * - an outlet's word in another language ("Kurýr", "Zeitung", "Diario"), which the English list misses;
 * - a public office named by its holder's post ("United States Attorney's Office", "District
 *   Attorney's Office") and the district it serves ("Southern District of ...").
 */
import { isCommonWord } from '../util/common-words.js';

/** Head words of outlets' names in the languages news sites in Europe and the Americas often print. */
const NATIVE_OUTLET_WORD = /(?<!\p{L})(?:kur[ýi]r|kurier|kurjer|courrier|corriere|correio|correo|zeitung|zeitschrift|nachrichten|rundschau|anzeiger|tageblatt|tagblatt|presse|gazeta|gazzetta|gazet|gaceta|dziennik|noviny|listy|novosti|vesti|vestnik|pravda|izvestia|hírlap|hirado|diario|diário|jornal|giornale|periódico|periodico|noticias|notícias|notizie|nieuws|dagblad|tidning|tidende|avisen|posten|sanomat|lehti|haber|gazetesi|kathimerini|eleftherotypia|vjesnik|novine|dnevnik|ziarul|jurnalul|heraldo|cronica|crónica|tribuna|stampa|messaggero|repubblica|semanario|hebdo|quotidien|journal)(?!\p{L})/iu;

/** Whether a name holds an outlet's head word of another language. */
export function nativeOutletWord(text: string): boolean {
  return NATIVE_OUTLET_WORD.test(text);
}

/** Lower-case words that keep a bar's second item a name or a section ("News and Views"). */
const SMALL = new Set(['a', 'an', 'and', 'of', 'the', 'on', 'in', 'for', 'to', 'at', 'by', 'from', 'with', '&']);

/**
 * A tagline: the words an outlet prints beside its name ("Federal courts, covered daily", "English
 * edition", "Since 1902"). Sections and menu items are capitalised names ("World", "National
 * Security"); a tagline is written in sentence case, or names an edition.
 */
export function readsAsTagline(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 8 || text.length > 60) return false;
  if (/\bedition\b/i.test(text)) return true;
  return /^\p{Lu}/u.test(words[0]!) && words.slice(1).some((w) => /^\p{Ll}/u.test(w) && !SMALL.has(w.toLowerCase()));
}

/** A post whose holder's office issues releases in its own name. */
const POST = String.raw`(?:attorney|attorney general|district attorney|state attorney|state's attorney|prosecutor|public prosecutor|chief prosecutor|solicitor general|governor|mayor|sheriff|comptroller|inspector general|auditor general|ombudsman|coroner|medical examiner)`;
/** "UNITED STATES ATTORNEY'S OFFICE", "the District Attorney's Office", "Cook County State's Attorney's Office". */
const POST_OFFICE = new RegExp(String.raw`^(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}${POST}['’]s\s+office$`, 'iu');
/** "Southern District of New York", "Eastern District of Virginia": a federal court district served. */
const DISTRICT = /^(?:the\s+)?(?:(?:northern|southern|eastern|western|central|middle)\s+)?district\s+of\s+\S/i;

/** Whether a masthead's first part names a public office by its holder's post. */
export function postOffice(text: string): boolean {
  return POST_OFFICE.test(text.trim());
}

/** Whether a masthead's second part names the district the office serves. */
export function servedDistrict(text: string): boolean {
  return DISTRICT.test(text.trim());
}

/** The words a release's masthead labels it with: "PRESS RELEASE", "News release", "Communiqué de presse". */
const RELEASE_LABEL = /^(?:press|news|media)\s+release$|^communiqu[ée](?:\s+de\s+presse)?$|^pressemitteilung$|^comunicado(?:\s+de\s+(?:imprensa|prensa))?$/i;
/** Small words a body's or a firm's name may hold in lower case. */
const NAME_SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'da', 'do', 'la', 'le', '&']);

/**
 * The issuer a press release's masthead names beside its label ("MERIDIAN AIR - PRESS RELEASE",
 * "Press release | Harbour Board"): the release is the issuer's, as a paper's report is the paper's
 * (review ux71b: the label line read as the headline, and no outlet). The issuer's side must be a name
 * (each word capitalised). After the label, a colon opens a headline ("Press release: Council approves
 * budget"), and US releases write it in Title Case ("Press Release: Governor Signs Flood Relief Bill"):
 * only a bar or a dash sets an issuer there, and not a side with a verb ("News Release - Mayor Announces
 * New Budget"; review72 fault 7).
 */
export function pressReleaseIssuer(text: string): string | null {
  const parts = text.trim().split(/(\s+[-–—|]\s+|:\s+)/);
  if (parts.length !== 3) return null;
  const [a, gap, b] = [parts[0]!.trim(), parts[1]!, parts[2]!.trim()];
  const labelFirst = RELEASE_LABEL.test(a) && !RELEASE_LABEL.test(b);
  const issuer = RELEASE_LABEL.test(b) ? a : labelFirst ? b : null;
  if (issuer === null) return null;
  if (labelFirst && (gap.includes(':') || issuer.split(/\s+/).slice(1).some(tellsAct))) return null;
  const words = issuer.split(/\s+/);
  if (words.length > 8 || !/^\p{Lu}/u.test(issuer) || RELEASE_LABEL.test(issuer)) return null;
  return words.every((w) => /^[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*$/u.test(w) || NAME_SMALL.has(w.toLowerCase())) ? issuer : null;
}

/** A Title Case headline's verb: a common word's form in -s ("Signs", "Announces", "Approves"). */
function tellsAct(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/[^s]s$/.test(lower)) return false;
  return isCommonWord(lower.slice(0, -1)) || (/(?:ch|sh|ss|x|z)es$/.test(lower) && isCommonWord(lower.slice(0, -2)));
}
