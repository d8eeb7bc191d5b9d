/**
 * Names a report gives that belong to the reporting, not to the event: a newsroom's own staff
 * ("NewsCenter 7's Ann Lee is at the scene", "Ann Lee reports", an author of one of the event's reports)
 * and a news outlet the tagger read as a person ("Le Monde said"). An analyst strikes these out of
 * the participants. enrich/credited-people.ts drops a teaser's reporter when every mention is a credit;
 * this reads the record's side, where one such mention is enough: no one of the event is written as a
 * newsroom's possession or signs off a report.
 */
import type { Article, PersonMention, Span } from '../model/types.js';
import { agencyName } from '../extract/agencies.js';
import { isKnownOutlet } from '../extract/site-name.js';
import { isNewsOutlet } from './news-teller.js';

/** A newsroom's name written as its owner right before a name ("NewsCenter 7's ", "WXYZ's ", "Fox 8's "). */
const OWNER_BEFORE = /((?:[\p{Lu}\d][\p{L}\d.&-]*\s+){0,3}[\p{Lu}\d][\p{L}\d.&-]*)['’]s\s+$/u;
/** Words and call letters that make a name a newsroom's: a station's brand, a US station's letters, a network's channel. */
const STATION = /\b(?:News\p{L}*|NEWS\p{L}*|Channel|TV|Radio|Eyewitness)\b|^[KW][A-Z]{3}(?:-TV)?\b|\b(?:ABC|CBS|NBC|FOX|Fox|CW)\s?\d{1,2}\b/u;
/** A reporter's sign-off after the name: "Ann Lee reports.", "Ann Lee, reporting live from ...". */
const SIGN_OFF_AFTER = /^,?\s+(?:reports|reporting)(?:\s*(?:[.:\n]|$)|\s+(?:live|from)\b)/u;
/**
 * Well-known newspapers whose names hold no newsroom word ("Le Parisien", "El País"): the tagger reads
 * an article and a capitalised word as a person's name. A short list of the most cited, folded.
 */
const PAPERS = new Set(
  ['Le Parisien', 'Le Monde', 'Le Figaro', 'Libération', 'La Repubblica', 'La Stampa', 'Corriere della Sera', 'El País', 'El Mundo', 'Der Spiegel', 'Die Welt', 'Die Zeit', 'Bild', 'Kommersant', 'Izvestia', 'Yomiuri Shimbun', 'Asahi Shimbun'].map(fold),
);

/** What outletStaff reads of the event's reports. */
export type StaffSource = Pick<Article, 'outlet' | 'agency' | 'authors'>;

/** The event's own newsrooms and signatures, folded: what its reports' names are checked against. */
export function reportingNames(articles: readonly StaffSource[]): Set<string> {
  return new Set(articles.flatMap((a) => [a.outlet, a.agency, ...a.authors]).filter((n): n is string => !!n).map(fold));
}

/**
 * Whether a person an article names is the reporting's: a news outlet's name, an author of one of the
 * event's reports, or named at some mention as a newsroom's own or signing off.
 */
export function isOfTheReporting(body: string, person: Pick<PersonMention, 'name' | 'mentions'>, reporting: ReadonlySet<string>): boolean {
  const name = fold(person.name);
  // Not a name that only ends in a newsroom's word: "Emily Post" and "Ann Press" are people.
  if (reporting.has(name) || PAPERS.has(name) || isKnownOutlet(person.name) || agencyName(person.name) !== null) return true;
  return person.mentions.some((m) => staffMention(body, m, reporting));
}

/**
 * Whether an organisation the tagger found is a newsroom written as the owner of its reporter
 * ("NewsCenter 7's Ann Lee", "KXYZ's Ann Lee"): the outlet of the reporting, not a body of the event.
 */
export function ownsReporterAt(body: string, name: string, end: number): boolean {
  if (!STATION.test(name) && !isNewsOutlet(name)) return false;
  return /^(?:\s+\d{1,2})?['’]s\s+\p{Lu}[\p{L}'’-]+\s+\p{Lu}/u.test(body.slice(end, end + 40));
}

function staffMention(body: string, m: Span, reporting: ReadonlySet<string>): boolean {
  if (SIGN_OFF_AFTER.test(body.slice(m.end, m.end + 30))) return true;
  const owner = OWNER_BEFORE.exec(body.slice(Math.max(0, m.start - 50), m.start))?.[1];
  return !!owner && (STATION.test(owner) || isNewsOutlet(owner) || reporting.has(fold(owner)));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}
