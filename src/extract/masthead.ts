/**
 * The outlet's name a scraped page shows above its headline: a masthead line ("THE CAPITAL
 * OBSERVER") or the first item of the navigation bar ("Harbor Wire | World | Asia-Pacific"). Plain
 * text has no site metadata, and without the outlet each file would count as an independent source.
 * Only a short line written as a name that names no section ("Politics | National Security") and is
 * no page furniture ("Subscribe", "Menu") is taken, and only where nothing else names the outlet.
 */
import type { Block } from './block.js';
import { lookupPlace } from '../enrich/gazetteer/places.js';
import { parseDateline } from './dateline.js';
import { namesSection } from './section-label.js';
import { isMenuLine } from './menu-line.js';
import { nameBeforeSection } from './section-masthead.js';
import { isCommonWord } from '../util/common-words.js';
import { escapeRegExp } from '../util/regexp.js';
import { nativeOutletWord, postOffice, pressReleaseIssuer, readsAsTagline, servedDistrict } from './masthead-forms.js';

/** The masthead is among the first lines of a page. */
const FIRST_BLOCKS = 3;
const MAX_WORDS = 4;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'of', 'the', 'on', 'in', 'for', '&']);
/**
 * The head words of news outlets' names. A line alone above the headline is as often a topic's kicker
 * ("North Korea", "Middle East", "Cybersecurity"), an author's name ("JOHN SMITH") or a link ("Contact
 * Us", "Donate") as a masthead, and is taken only with one of these and another word ("Register"
 * alone is a link); the navigation bar's first item is a site's name or "Home", and needs none.
 */
const OUTLET_WORD = /\b(?:times|post|news|herald|observer|wire|dispatch|bulletin|journal|tribune|gazette|chronicle|ledger|review|courier|courant|record|press|star|sun|standard|express|mail|telegraph|guardian|independent|monitor|daily|weekly|examiner|globe|inquirer|enquirer|sentinel|leader|reporter|report|argus|mirror|echo|register|messenger|advertiser|advocate|democrat|republican|beacon|banner|citizen|clarion|voice|agency|radio|television|tv|broadcasting|network|media|online|insider|watch|desk|brief|briefing|digest|bureau|newswire|newsletter)\b/i;
/**
 * A kind of report and the word alone ("Special Report", "Market Report"): a kicker or a section's
 * label above the headline, where "Southern Flank Report" names an outlet (review ux73a fault 10).
 */
const REPORT_KIND = /^(?:the\s+)?(?:special|annual|investigative|exclusive|full|latest|weather|traffic|market|markets|progress|status|situation|field|in-depth|morning|evening|final)\s+reports?$/i;
/** Page furniture and words of dates, written like names. */
const FURNITURE = /\b(?:advertisement|advertising|menu|search|subscribe|subscriber|sign|log|login|home|skip|share|follow|newsletters?|trending|close|cookies?|privacy|accept|edition|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|updated|published|posted|by)\b/i;

/**
 * A name that ends in "Today" ("Halabja Today", "USA TODAY"): outlets are named so, though "today"
 * alone is a word of dates and furniture ("Updated today", "Today's paper").
 */
const NAME_THEN_TODAY = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,3}(?:Today|TODAY)$/u;

/**
 * Whether the line is a place's name and "Today": only a town, region or country the gazetteer knows
 * names an outlet so. Section labels and calls are written the same way ("Weather Today", "Top Stories
 * Today", "Most Read Today", "Donate Today"; review72 fault 8).
 */
function placeToday(text: string): boolean {
  return NAME_THEN_TODAY.test(text) && lookupPlace(text.replace(/\s+\S+$/, '')) !== null;
}

/**
 * A page's first line "<Name> Today" right over the site's menu ("Kurdistan Today" over "News |
 * Politics | Economy"): the masthead, though the gazetteer knows no place of that name (a region, a
 * people). A section label or a call in that place ("Weather Today", "Most Read Today") is left.
 */
function todayOverMenu(text: string, next: string): boolean {
  if (!NAME_THEN_TODAY.test(text) || !isMenuLine(next) || namesSection(text)) return false;
  const name = text.replace(/\s+\S+$/, '');
  // Only names: a section's or a call's words are common ones ("Most Read", "Top Stories", "Join Us").
  return readsAsName(name) && name.split(/\s+/).every((w) => !isCommonWord(w.toLowerCase()));
}

/** An outlet's head word, in English or in another language (masthead-forms.ts). */
export function outletWord(text: string): boolean {
  return OUTLET_WORD.test(text) || nativeOutletWord(text) || placeToday(text);
}

/** A one-word name printed in capitals, as a masthead is ("COURTLINE"). */
function isCapitals(text: string): boolean {
  return /\p{Lu}{4,}/u.test(text) && !/\p{Ll}/u.test(text);
}

function readsAsName(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || text.length > 40) return false;
  if (!words.every((w) => /^(?:\p{Lu}[\p{L}'’.&-]*|&)$/u.test(w) || SMALL_WORDS.has(w))) return false;
  // A name of one letter or an initialism alone ("AP", "UK") is too short to be sure of.
  if (words.length === 1 && words[0]!.length < 4) return false;
  const named = placeToday(text) ? text.replace(/\s+\S+$/, '') : text;
  return !FURNITURE.test(named) && !namesSection(text) && !REPORT_KIND.test(text);
}

/** "THE CAPITAL OBSERVER" as "The Capital Observer"; a name in mixed case as written. */
function asWritten(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  // Initials keep their capitals ("U.S.", "U.K."), as the body writes them in running text.
  return name.toLowerCase().replace(/\b(?:\p{L}\.){2,}/gu, (x) => x.toUpperCase()).replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()).replace(/\b(And|Of|The|On|In|For)\b(?!$)/g, (w, _g, at: number) => (at === 0 ? w : w.toLowerCase()));
}

/**
 * A public body's masthead on its own releases and reports: "MINISTRY OF HEALTH - REPUBLIC OF
 * ZAMBIA", "Department of Water Affairs, Government of Lesotho". The body issues the text and is its
 * source, as a paper is of its reports: without it the file's name stood for the source. The body's
 * name opens with a word public offices are named by; the state it serves may follow after a dash or
 * a comma. Without the state, only a line in capitals is taken, as mastheads print it: "Ministry of
 * Defence" in mixed case above a headline is as often a topic's kicker.
 */
// A national prefix before the body ("U.S. DEPARTMENT OF THE TREASURY") as many federal releases print it.
const BODY_HEAD = /^(?:(?:U\.S\.|US|U\.K\.|UK|United States|United Kingdom)\s+)?(?:(?:the|federal|national|state|royal|provincial|regional)\s+)?(?:ministry|department|office|embassy|high commission|government|secretariat|presidency|state house|directorate|bureau|agency|authority|commission|council|cabinet|prime minister's office)\s+(?:of|for)\s+\S/i;
const STATE_PART = /^(?:the\s+)?(?:(?:federal|democratic|united|islamic|people's|socialist|cooperative)\s+)*(?:republic|kingdom|government|state|commonwealth|principality|sultanate|emirate|province|county|city)\s+of\s+\S/i;

export function bodyMasthead(text: string): string | null {
  if (text.length > 90 || /[.!?:;]$/.test(text)) return null;
  const parts = text.split(/\s+[-–—]\s+|\s*,\s*/);
  if (parts.length > 2 || !(BODY_HEAD.test(parts[0]!) || postOffice(parts[0]!))) return null;
  if (parts.length === 2 && !STATE_PART.test(parts[1]!) && !servedDistrict(parts[1]!)) return null;
  if (parts.length === 1 && /\p{Ll}/u.test(text)) return null;
  const named = (part: string): boolean => part.split(/\s+/).length <= 7 && part.split(/\s+/).every((w) => /^\p{Lu}[\p{L}'’.&-]*$/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
  if (!parts.every(named) || FURNITURE.test(text)) return null;
  return parts.map(asWritten).join(', ');
}

/**
 * A trade title named by its week or its day, printed in capitals as the page's first line: "MARINE
 * INSURANCE WEEK", "SHIPPING TODAY". "Week" and "today" name events, calls and dates too ("London
 * Fashion Week", "Donate Today", "THIS WEEK"): only capitals on the first line are read, no date's or
 * furniture's words before the head word, and no name the story itself tells of (an event's kicker,
 * "LONDON FASHION WEEK" over a report of it, is named in the body).
 */
const CAPITALS_PERIOD = /^((?:THE\s+)?(?:\p{Lu}[\p{Lu}'’&.-]*\s+){1,3})(?:WEEK|TODAY)$/u;
const PERIOD_DETERMINER = /^(?:THIS|NEXT|LAST|EVERY|THAT|ONE|A|THE)$/;
/** A call to act ("DONATE TODAY", "JOIN US TODAY", "BOOK THIS WEEK"): a link or a banner, no title. */
const CALL_WORD = /^(?:DONATE|JOIN|SUBSCRIBE|REGISTER|CALL|BOOK|ORDER|BUY|SHOP|APPLY|VOTE|GIVE|READ|WATCH|LISTEN|SIGN|START|TRY|VISIT|CONTACT|ENROL|ENROLL|SAVE|GET)\b/;

function capitalsPeriodTitle(text: string, body: readonly string[]): boolean {
  const m = CAPITALS_PERIOD.exec(text);
  if (!m) return false;
  const before = m[1]!.trim();
  if (PERIOD_DETERMINER.test(before) || CALL_WORD.test(before) || / (?:THIS|NEXT|LAST)$/.test(before) || FURNITURE.test(before) || namesSection(before) || namesSection(text)) return false;
  const named = new RegExp(`\\b${escapeRegExp(text)}\\b`, 'i');
  return !body.some((p) => named.test(p));
}

/** Whether a line alone above the headline is the outlet's masthead ("THE HARBOUR LEDGER"), as mastheadOutlet reads it. */
export function mastheadLine(text: string, first: boolean, body: readonly string[] = []): boolean {
  return (outletWord(text) && /\S\s+\S/.test(text) && readsAsName(text)) || (first && capitalsPeriodTitle(text, body));
}

/** The masthead among the blocks before the headline (at `headlineIndex`), or null. */
export function mastheadOutlet(blocks: readonly Block[], headlineIndex: number, paragraphs: readonly string[] = []): string | null {
  // A page with no headline (a brief of a few lines) may still open with its name and date.
  if (headlineIndex < 0) {
    for (const block of blocks.slice(0, FIRST_BLOCKS)) {
      const dated = datedMasthead(block.text.trim());
      if (dated) return dated.outlet;
    }
    return null;
  }
  const end = Math.min(headlineIndex, FIRST_BLOCKS);
  for (let i = 0; i < end; i++) {
    const text = blocks[i]!.text.trim();
    const items = text.split(/\s*\|\s*/);
    // A menu's first item of one word is as often a section ("Ports | Shipping | Data") as a
    // site's name: only one that reads as an outlet's is taken.
    const first = items.length >= 3 && (/\S\s+\S/.test(items[0]!) || outletWord(items[0]!)) ? items[0]! : null;
    // A name and its tagline ("COURTLINE | Federal courts, covered daily"; masthead-forms.ts).
    const tagged = items.length === 2 && readsAsTagline(items[1]!) && (/\S\s+\S/.test(items[0]!) || outletWord(items[0]!) || isCapitals(items[0]!)) ? items[0]! : null;
    // A page's first line "Asia Risk Monitor | Sanctions & Compliance": the site's name and its section.
    const sectioned = i === 0 ? nameBeforeSection(text) : null;
    const named = sectioned !== null && /\S\s+\S/.test(sectioned) && outletWord(sectioned) ? sectioned : null;
    const candidate = items.length >= 3 ? first : tagged ?? named ?? (items.length === 1 && outletWord(text) && /\S\s+\S/.test(text) ? text : null);
    if (i === 0 && todayOverMenu(text, blocks[1]?.text.trim() ?? '')) return asWritten(text);
    if (candidate && readsAsName(candidate)) return asWritten(candidate);
    if (i === 0 && items.length === 1 && capitalsPeriodTitle(text, paragraphs)) return asWritten(text);
    const body = items.length === 1 ? bodyMasthead(text) : null;
    if (body) return body;
    const issuer = pressReleaseIssuer(text);
    if (issuer) return asWritten(issuer);
  }
  return null;
}

/** "Harbour Desk Brief -- 3 March 2027": a name, a dash or a bar, a date. */
const NAME_THEN_DATE = /^(.{3,40}?)\s+(?:--|—|–|-|\|)\s+(.{6,40})$/u;

/**
 * A brief's opening line that gives the outlet's name and the day ("Harbour Desk Brief -- 3 March
 * 2027", "HARBOR WIRE | March 3, 2027"): the name must read as an outlet's and the rest be all date.
 */
export function datedMasthead(text: string): { outlet: string; iso: string } | null {
  const m = NAME_THEN_DATE.exec(text);
  if (!m || !outletWord(m[1]!) || !/\S\s+\S/.test(m[1]!) || !readsAsName(m[1]!)) return null;
  const date = parseDateline(m[2]!);
  return date && date.coverage >= 0.9 ? { outlet: asWritten(m[1]!), iso: date.iso } : null;
}
