/**
 * Bylines: "By Hana Yoon, The Readable", "By Yonhap", "By Jane Doe and John Roe, Senior Reporters",
 * and a headline a scraper glued to its byline ("...cyber threatsBy Yonhap").
 */
import { agencyName, wireCredit } from './agencies.js';
import { lookupPlace } from '../enrich/gazetteer/places.js';

export interface Byline {
  authors: string[];
  agency: string | null;
  outlet: string | null;
}

/** Words that describe a job, never a name ("Senior Reporter", "Staff Writer"). */
const ROLE_WORDS = /\b(reporter|correspondent|writer|editor|staff|columnist|contributor|journalist|intern|producer|analyst|bureau|chief|senior|deputy|desk|team|news)\b/i;
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:(?:van|von|de|da|del|der|di|la|le|bin|al|el)\s+)?[\p{Lu}][\p{L}'’.-]*){0,3}$/u;

/**
 * An author as a person's name, or null: metadata also carries profile URLs, e-mail addresses, roles
 * ("Senior Reporter"), newsrooms ("Staff") and prompts ("Email the author").
 */
export function cleanAuthorName(raw: string): string | null {
  const name = raw.replace(/^\s*by[:\s]+/i, '').replace(/\s+/g, ' ').trim();
  if (!name || name.length > 60 || /https?:|www\.|@|\d/.test(name)) return null;
  if (/^(email|e-mail|contact|follow|view|more|read|about)\b/i.test(name)) return null;
  if (agencyName(name)) return null;
  const first = name.split(/\s*,\s*/)[0]!;
  // Scripts without capitals (Korean, Japanese, Chinese names) cannot be checked for name shape.
  const caseless = !/[A-Za-z]/.test(first) && /^[\p{L}\p{M}\s·.'-]+$/u.test(first);
  if (ROLE_WORDS.test(first) || (!NAME.test(first) && !caseless)) return null;
  const words = name.split(' ');
  if (words.length > 5 || !/\p{L}/u.test(name)) return null;
  if (/^(staff|admin|editor|editorial|newsroom|web desk|desk|team|redaktion|redacción|rédaction)$/i.test(name)) return null;
  return first;
}

/** A byline of a job alone: "Staff Reporter", "Our Correspondent", "a Special Correspondent", "Web Desk", "News Service". */
const JOB_ONLY = /^(?:(?:a|an|our|the)\s+)?(?:(?:special|senior|staff|own|online|web|digital|city|district|legal|political|diplomatic|news|chief|foreign)\s+)*(?:reporters?|correspondents?|writers?|desk|bureau|staff|team|service)$/i;

/**
 * A job with a desk or beat before it, capitalised as bylines print it: "Test Reporter", "Metro
 * Reporter", "Westminster Correspondent". Names no one, yet it is the byline (not the newsroom of
 * "By Liffey Ledger staff", read below as the outlet).
 */
const JOB_PHRASE = /^(?:(?:[Aa]n?|[Oo]ur|[Tt]he)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[Rr]eporters?|[Cc]orrespondents?|[Ww]riters?|[Ee]ditors?|[Dd]esk|[Bb]ureau|[Tt]eam|[Cc]olumnist)$/u;

/**
 * "By" and a few capitalised words, the shape of a byline line even where no name can be read from it
 * ("By Test Reporter", "By Metro Desk"): such a line ends the head and is never its headline.
 */
const BYLINE_SHAPE = /^\s*(?:[Ww]ritten\s+)?(?:BY|[Bb]y)[:\s]\s*\p{Lu}[\p{L}'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:and|&|of|de|van|von|du|da|al)\s+)\p{Lu}[\p{L}'’.-]*){0,5}\s*$/u;

export function looksLikeByline(line: string): boolean {
  return BYLINE_SHAPE.test(line);
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A date as a page prints it beside the byline: "18 Nov 2026", "November 3, 2025 10:42 AM EST", "2026-11-18 08:00". */
const DATE_PART = new RegExp(
  `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})` +
    `(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5}(?:[+-]\\d{1,2})?)?)?`,
  'i',
);
/** A byline whose line ends with the date ("By Jane Doe 18 Nov 2026", "By Jane Doe | Nov. 3, 2025"). */
// One start per run of separators (the lookbehind), and no space both in the run and after it: a long
// run of spaces no collapsing took out (em spaces) made the match cubic in its length.
const TRAILING_DATE = new RegExp(`(?:^|(?<![\\s,;|•·–—-])[\\s,;|•·–—-]+)(?:(?:published|posted|updated)\\s*)?(?::\\s*)?${DATE_PART.source}\\s*$`, 'i');
const WHOLE_DATE = new RegExp(`^${DATE_PART.source}$`, 'i');

export function parseByline(line: string): Byline | null {
  const m = /^\s*(?:written\s+)?by[:\s]\s*(.+)$/i.exec(line);
  if (!m) return null;
  // Templates often print the byline and the date in one line of meta: the date is neither a name nor
  // the outlet (it had made the byline unreadable, or been taken as the outlet).
  const rest = m[1]!.trim().replace(TRAILING_DATE, '').replace(/\s*[|•·]\s*/g, ', ');
  if (!rest) return null;
  if (rest.length > 120 || /[.!?]$/.test(rest) && !/\b[A-Z]\.$/.test(rest)) return null;
  // "By Staff Reporter", "By Our Special Correspondent", "By Express News Service": a byline that gives
  // a job and no name (common in South Asian and British papers). It is still the byline, which ends
  // the head; read as anything else it became the headline.
  if (JOB_ONLY.test(rest) || JOB_PHRASE.test(rest)) return { authors: [], agency: null, outlet: null };
  // "By Liffey Ledger staff": the outlet's newsroom, no named author.
  const newsroom = /^(.+?)\s+(?:staff|staff reporters?|reporters|newsroom|news desk|correspondents?)$/i.exec(rest);
  if (newsroom && !rest.includes(',')) {
    const agency = agencyName(newsroom[1]!);
    return { authors: [], agency, outlet: agency ? null : newsroom[1]!.trim() };
  }
  const parts = rest.split(/\s*,\s*/);
  // "By Meridian News Agency": the wire alone, by a name only a wire ends in (agencies.ts WIRE_NAME).
  // Read as a name, its "News" made the byline no one's, and the story no wire's copy.
  const wireAlone = parts.length === 1 ? wireCredit(parts[0]!) : null;
  if (wireAlone) return { authors: [], agency: wireAlone, outlet: null };
  const names = parts[0]!.split(/\s+(?:and|&)\s+/);
  const byline: Byline = { authors: [], agency: null, outlet: null };
  for (const written of names) {
    const agency = agencyName(written);
    if (agency) {
      byline.agency = agency;
      continue;
    }
    // "By JAMES PORTER Associated Press": wire copy prints the agency after the last name with no comma.
    const tail = trailingAgency(written);
    const name = tail ? tail.name : written;
    if (tail) byline.agency = tail.agency;
    if (NAME.test(name) && !ROLE_WORDS.test(name)) byline.authors.push(name.trim());
    else return null;
  }
  const credits: string[] = [];
  for (const part of parts.slice(1)) {
    // "By Martin Hale, Albion Press Agency": a wire no list holds is still a wire, not the outlet.
    const agency = wireCredit(part);
    if (agency) byline.agency = agency;
    else if (!ROLE_WORDS.test(part) && !WHOLE_DATE.test(part) && /^[\p{Lu}0-9]/u.test(part) && part.split(/\s+/).length <= 5) credits.push(part);
  }
  byline.outlet = outletAmong(credits, byline.agency !== null);
  return byline;
}

/**
 * A name a publication goes by: "The ..." or a word mastheads are made of. A credit like that is the
 * outlet; a bare place beside it is where the author filed from.
 */
const OUTLET_MARK = /^the\s|\b(?:times|post|news|herald|observer|journal|tribune|gazette|chronicle|courier|review|record|press|star|sun|standard|express|mail|telegraph|guardian|independent|monitor|daily|weekly|sentinel|mirror|echo|dispatch|bulletin|inquirer|examiner|globe|ledger|radio|television|tv|network|media|magazine|online|today)\b/i;

/**
 * The outlet among the credits after the names. "By Jane Doe, The Harbour Ledger, Cardiff" gives the
 * paper and then the city the author filed from: the city is no outlet (it had become the outlet,
 * and a paper's three reports had counted as a source named after a city). A credit that reads as a
 * publication's name wins; without one, the first credit, as the byline put it next to the names. Beside
 * a wire's credit ("By Jane Doe, Associated Press, Lisbon") a credit that reads as no publication is
 * where the story was filed: the wire is the source, no outlet is named.
 */
function outletAmong(credits: readonly string[], wire: boolean): string | null {
  if (!wire) return credits.find((c) => OUTLET_MARK.test(c)) ?? credits[0] ?? null;
  // Beside a wire, "The Hague" or "Sun City" is a town the gazetteer knows, where the author filed from,
  // though a word of its name is a masthead's; a masthead's one word that is a small town's too ("Globe",
  // "Herald") stays a publication.
  return credits.find((c) => OUTLET_MARK.test(c) && !(lookupPlace(c) !== null && /\s/.test(c.trim()))) ?? null;
}

/** A name of two words or more and the agency written after it: "JAMES PORTER Associated Press", "Jane Doe AP". */
function trailingAgency(text: string): { name: string; agency: string } | null {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(4, words.length - 2); n >= 1; n--) {
    const agency = agencyName(words.slice(-n).join(' '));
    if (agency) return { name: words.slice(0, -n).join(' '), agency };
  }
  return null;
}

/** A name as a wire byline prints it: "Jane Doe", "JAMES PORTER", "Jean-Luc de la Croix". */
const CREDITED_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|da|del|der|di|la|le)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * A wire byline without "By", as syndicated pages print it over the story: "JAMES PORTER, Reuters",
 * "Jane Doe and John Roe, Associated Press". Only a known agency after the comma makes it one: a
 * headline of a name and another word ("Biden, Xi") is no byline.
 */
export function parseAgencyByline(line: string): Byline | null {
  const m = /^\s*(.{3,90}?)\s*,\s*([^,]{2,40})$/.exec(line);
  if (!m) return null;
  const agency = agencyName(m[2]!);
  if (!agency) return null;
  const names = m[1]!.split(/\s+(?:and|AND|&)\s+/);
  if (!names.every((n) => CREDITED_NAME.test(n) && !ROLE_WORDS.test(n) && !agencyName(n))) return null;
  return { authors: names.map((n) => n.trim()), agency, outlet: null };
}

/**
 * Names on a line of their own over a line that is only an agency's name ("JAMES PORTER and ANNA ROY"
 * over "The Associated Press"): the byline as many syndicated pages lay it out.
 */
export function parseNamesOverAgency(line: string, next: string): Byline | null {
  const agency = agencyName(next);
  if (!agency) return null;
  const names = line.trim().split(/\s+(?:and|AND|&)\s+/);
  // In capitals, as the wires print names: a headline in title case ("Floods Close Port") over a line
  // with the agency's name is no byline.
  if (!names.every((n) => CREDITED_NAME.test(n) && n === n.toUpperCase() && !ROLE_WORDS.test(n) && !agencyName(n))) return null;
  return { authors: names, agency, outlet: null };
}

/**
 * A desk title after a name: "Health Correspondent", "Staff Writer", "Bureau Chief", "Senior Political
 * Reporter", "Africa Editor". Up to three capitalised words of desk or beat, then the job's word;
 * singular, as one person's title is (a Title Case headline ends "... Snub Reporters").
 */
const DESK_TITLE = /^(?:(?:\p{Lu}[\p{L}'’-]*|&|and|of)\s+){0,3}(?:Correspondent|Reporter|Editor|Writer|Columnist|Bureau\s+Chief|Chief|Producer|Contributor|Journalist|Analyst)$/u;

/**
 * A byline without "By", as page-text copies print it under the masthead: "Tendai Moyo, Health
 * Correspondent", "Ana Ruiz, Staff Writer, Lisbon". Read as a title-like line it became the headline
 * (and the name a participant). The name must read as a person's (two to four capitalised words, no
 * job word, no place) and the part after the comma as a desk title alone: a headline of two names
 * ("Moyo, Ruiz Named Editors") or with a comma ("Floods, Fires Test Health Reporter") is neither.
 */
export function parseTitledByline(line: string): Byline | null {
  const parts = line.trim().split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 3) return null;
  const [name, title] = [parts[0]!, parts[1]!];
  if (!CREDITED_NAME.test(name) || ROLE_WORDS.test(name) || agencyName(name) || lookupPlace(name) !== null) return null;
  if (!DESK_TITLE.test(title)) return null;
  // A third part is where the author files from or the outlet ("Lisbon", "The Harbour Ledger").
  if (parts.length === 3 && !/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(parts[2]!)) return null;
  const outlet = parts.length === 3 && OUTLET_MARK.test(parts[2]!) ? parts[2]! : null;
  return { authors: [name.trim()], agency: null, outlet };
}

const GLUED_MAX = 400;

/** Splits "Some headline textBy Yonhap" into the headline and the byline, or null. */
export function splitGluedByline(line: string): { headline: string; byline: Byline } | null {
  // A headline and a byline fit in a few hundred characters; on a paragraph of megabytes (a page
  // saved without line breaks) the lazy scan below overflowed the regexp engine's stack.
  if (line.length > GLUED_MAX) return null;
  const m = /^(.{12,}?[\p{Ll}\p{N}’'")?!])By\s+(\p{Lu}.{1,80})$/u.exec(line.trim());
  if (!m) return null;
  const byline = parseByline(`By ${m[2]}`);
  return byline ? { headline: m[1]!.trim(), byline } : null;
}
