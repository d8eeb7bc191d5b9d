/**
 * A page title's site name: "Four shot outside club - KTBZ News 9 Alexandria, Louisiana News Weather
 * & Sports" is the headline "Four shot outside club" and the site "KTBZ News 9 Alexandria". Scraped
 * records carry the <title>, and a site's name there reads as part of the event's title, puts the
 * station's words among the story's terms (every story of that station shares them) and its town
 * among the story's places.
 *
 * Cut only when the trailing parts read as a site: a known outlet or the address's own name, a domain,
 * broadcast call letters, or a newsroom word ("News", "Channel 4", "Gazette"); the parts after it may
 * be anything short ("- WJXQ Action News 4 - Jackson, Mississippi"). A headline left with fewer than three
 * words is not cut: "Obituary - John Smith" is no site.
 */

import { agencyName } from './agencies.js';

export interface SiteNameSplit {
  headline: string;
  /** What was cut, the site's name and any parts after it ("WJXQ Action News 4 - Jackson, Mississippi"), or null. */
  site: string | null;
}

/** What else is known of the page's site: its stated outlet, its address. */
export interface KnownSite {
  outlet?: string | null;
  url?: string | null;
}

/** Between a headline and a site: a spaced dash, colon or bar, a bare bar, "::", or a guillemet. */
const SEPARATOR = /\s+[-–—:]\s+|\s*\|\s*|\s+(?:::|«|»)\s+/;
/** What WordPress and other CMSs put before the site's name alone ("Title « Site", "Title :: Site"). */
const STRONG_SEPARATOR = /^\s*(?:::|«)\s*$/;
const DOMAIN = /\b[\w-]+\.(?:com|net|org|tv|us|info|co\.uk|com\.au|ca)\b/i;
/**
 * US broadcast call letters of four ("WSMV", "KCTV5", "WTOC-TV"; three-letter ones are too like
 * acronyms: WHO, CIA) and network affiliates by channel ("CBS46", "FOX 8").
 */
const CALL_LETTERS = /(?:^|[\s(])(?:(?!WWII\b|WWWW)[KW][A-Z]{3}(?:\d{1,2})?(?:-(?:TV|DT|FM|AM))?|(?:ABC|CBS|NBC|FOX|Fox|CW)\s?\d{1,2})(?=$|[\s,:.)-])/;
/** Words of a newsroom's name, capitalised as names are. */
export const NEWSROOM =
  /\b(?:News|NEWS|Newschannel|NewsChannel|Weather|Channel|TV|Radio|Times|Post|Herald|Tribune|Journal|Gazette|Daily|Press|Chronicle|Sentinel|Courier|Examiner|Observer|Telegraph|Independent|Guardian|Dispatch|Inquirer|Bulletin|Magazine|Online|Broadcasting|Homicide Report)\b/;
/**
 * Outlets whose names carry no newsroom word ("- CNN", "| Reuters", "– Axios", "| The Plain Dealer"):
 * the titles of the most read English-language news sites. Wire agencies count too (agencies.ts).
 */
const KNOWN_OUTLETS = new Set(
  [
    'CNN', 'CNN Business', 'CNN Politics', 'NPR', 'BBC', 'BBC News', 'Axios', 'Politico', 'POLITICO', 'Bloomberg', 'Al Jazeera', 'Al Jazeera English',
    'The Plain Dealer', 'Fox News', 'NBC News', 'ABC News', 'CBS News', 'MSNBC', 'Vox', 'Vice', 'VICE', 'Slate', 'Salon', 'The Hill', 'Newsweek',
    'Forbes', 'Fortune', 'Wired', 'WIRED', 'The Verge', 'TechCrunch', 'Ars Technica', 'ProPublica', 'HuffPost', 'BuzzFeed News', 'Yahoo News',
    'The Atlantic', 'The New Yorker', 'The Economist', 'Financial Times', 'FT', 'Deutsche Welle', 'DW', 'France 24', 'Euronews', 'RFI',
    'Sky News', 'ITV News', 'The Independent', 'The Telegraph', 'Daily Mail', 'Mail Online', 'Mirror', 'The Sun', 'Metro', 'Evening Standard',
    'South China Morning Post', 'SCMP', 'The Straits Times', 'Nikkei Asia', 'The Japan Times', 'The Korea Herald', 'Korea JoongAng Daily',
    'NK News', 'Arirang', 'CBC', 'CBC News', 'CTV News', 'Global News', 'ABC', 'SBS News', 'Stuff', 'RNZ', 'Times of India', 'Hindustan Times',
    'NDTV', 'Dawn', 'Haaretz', 'The Times of Israel', 'Arab News', 'Gulf News', 'Kyiv Independent', 'Meduza', 'Moscow Times', 'The Moscow Times',
    'Voice of America', 'VOA', 'VOA News', 'Radio Free Europe/Radio Liberty', 'RFE/RL', 'The Record', 'BleepingComputer', 'The Register',
    'Dark Reading', 'SecurityWeek', 'CyberScoop', 'The Hacker News', 'KrebsOnSecurity', 'Krebs on Security', 'Recorded Future News',
  ].map((name) => squash(name)),
);

/** Small words a name in title case keeps in lower case ("Voice of America", "News and Weather"). */
const NAME_SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'de', 'for', 'in', 'of', 'on', 'the', 'to', '&']);
const MAX_SITE_WORDS = 12;
const MIN_HEADLINE_WORDS = 3;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Written as a name is, every word capitalised but the small ones: a site ("The Springfield Gazette",
 * "Toledo News Now") and not a clause of the headline ("Times Square attack suspect named", "Press
 * conference at noon", "Vice President Harris meets Zelensky").
 */
function titleCased(part: string): boolean {
  return part.split(/\s+/).filter((w) => /\p{L}/u.test(w)).every((w) => !/^\p{Ll}/u.test(w) || NAME_SMALL_WORDS.has(w.toLowerCase()));
}

/** The name of a URL's site: "ksla" of "www.ksla.com", "suntimes" of "chicago.suntimes.com" (not its section). */
function hostName(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.toLowerCase().split('.');
    // The label before the public suffix ("co.uk", "com.au" take two).
    const suffix = labels.length > 2 && /^(?:co|com|org|net|gov|ac)$/.test(labels[labels.length - 2]!) ? 2 : 1;
    const name = labels[labels.length - 1 - suffix];
    return name && name.length >= 4 ? squash(name) : null;
  } catch {
    return null;
  }
}

/** Whether a name is one of the news sites the list above holds ("CNN", "the BBC", "Al Jazeera"). */
export function isKnownOutlet(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '');
  return KNOWN_OUTLETS.has(squash(bare)) || KNOWN_OUTLETS.has(squash(`the ${bare}`));
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Named as the page's own site: its stated outlet, a domain, call letters, "News, Weather", or, in a
 * name written in title case, the address's own name as the part's first words ("KSLA News 12" on
 * ksla.com, "FOX Carolina 21" on foxcarolina.com; not "Timeline of events" on time.com).
 */
function namesSite(part: string, known: KnownSite, host: string | null): boolean {
  const squashed = squash(part);
  if (known.outlet && squash(known.outlet).length >= 3 && squashed.includes(squash(known.outlet))) return true;
  if (DOMAIN.test(part) || CALL_LETTERS.test(part) || /\bnews,? (?:weather|sports|traffic)\b/i.test(part)) return true;
  if (KNOWN_OUTLETS.has(squashed) || agencyName(part.trim()) !== null) return true;
  return host !== null && titleCased(part) && leadingWords(part).includes(host);
}

/** The part's first words run together, one, two, three...: "fox", "foxcarolina", "foxcarolina21". */
function leadingWords(part: string): string[] {
  const out: string[] = [];
  let joined = '';
  for (const word of part.trim().split(/\s+/)) out.push((joined += squash(word)));
  return out;
}

function readsAsSite(part: string, known: KnownSite, host: string | null, strongBefore: boolean): boolean {
  if (words(part) === 0 || words(part) > MAX_SITE_WORDS) return false;
  if (namesSite(part, known, host) || (NEWSROOM.test(part) && titleCased(part))) return true;
  // After "«" or "::" (WordPress and CMS titles), a short name is the site's.
  return strongBefore && words(part) <= 5 && titleCased(part);
}

export function splitSiteName(title: string, known: KnownSite = {}): SiteNameSplit {
  const parts: string[] = [];
  const separators: string[] = [];
  let rest = title;
  for (let m = SEPARATOR.exec(rest); m; m = SEPARATOR.exec(rest)) {
    parts.push(rest.slice(0, m.index));
    separators.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  if (parts.length < 2) return { headline: title, site: null };
  // « ... » around words is a quotation (French, Russian), not a site after the headline.
  if (/«[^«»]*»/.test(title)) return { headline: title, site: null };
  const host = hostName(known.url);
  // "CBS 58 - Police investigate double homicide": a site's name first, on plainer evidence than a
  // newsroom word ("Times Square shooting - two hurt" is a headline).
  const lead = parts[0]!.trim();
  const after = joinedHeadline(parts.slice(1), separators.slice(1));
  if (words(lead) <= MAX_SITE_WORDS && words(after) >= MIN_HEADLINE_WORDS && namesSite(lead, known, host) && !namesSite(parts[1]!, known, host)) return { headline: after, site: lead };
  // The first part that reads as a site, with only short parts after it, ends the headline.
  for (let i = 1; i < parts.length; i++) {
    const headline = parts.slice(0, i).join(' - ').trim();
    if (words(headline) < MIN_HEADLINE_WORDS) continue;
    const part = parts[i]!.trim();
    if (!readsAsSite(part, known, host, STRONG_SEPARATOR.test(separators[i - 1]!))) continue;
    if (!parts.slice(i + 1).every((p) => words(p) <= MAX_SITE_WORDS)) continue;
    // "Sources: ... | " and "... -": a separator with nothing after it is dropped with the site.
    const site = [part, ...parts.slice(i + 1).map((p) => p.trim())].filter((p) => words(p) > 0).join(' - ');
    return { headline: joinedHeadline(parts.slice(0, i), separators.slice(0, i - 1)), site };
  }
  return { headline: title, site: null };
}

/** The headline's own parts as the title wrote them ("Police: Shooting - Update"). */
function joinedHeadline(parts: readonly string[], separators: readonly string[]): string {
  return parts.reduce((out, p, i) => (i === 0 ? p : `${out}${separators[i - 1]}${p}`), '').trim();
}

/** An outlet's name from a site part: up to its first comma or colon ("KTBZ News 9 Alexandria, Louisiana News ..."). */
export function outletFromSite(site: string): string | null {
  const name = site.split(/,\s|:\s|\s-\s/)[0]!.replace(/[\s|:;,-]+$/, '').trim();
  return words(name) > 0 ? name : null;
}
