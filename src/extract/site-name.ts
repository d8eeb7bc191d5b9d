/**
 * A page title's site name: "Four shot outside club - KSLA News 12 Shreveport, Louisiana News Weather
 * & Sports" is the headline "Four shot outside club" and the site "KSLA News 12 Shreveport". Scraped
 * records carry the <title>, and a site's name there reads as part of the event's title, puts the
 * station's words among the story's terms (every story of that station shares them) and its town
 * among the story's places.
 *
 * Cut only when the trailing parts read as a site: a known outlet or the address's own name, a domain,
 * broadcast call letters, or a newsroom word ("News", "Channel 4", "Gazette"); the parts after it may
 * be anything short ("- WMC Action News 5 - Memphis, Tennessee"). A headline left with fewer than three
 * words is not cut: "Obituary - John Smith" is no site.
 */

export interface SiteNameSplit {
  headline: string;
  /** What was cut, the site's name and any parts after it ("WMC Action News 5 - Memphis, Tennessee"), or null. */
  site: string | null;
}

/** What else is known of the page's site: its stated outlet, its address. */
export interface KnownSite {
  outlet?: string | null;
  url?: string | null;
}

/** Between a headline and a site: a spaced dash or bar, a bare bar, "::", or guillemets. */
const SEPARATOR = /\s+[-–—:]\s+|\s*\|\s*|\s+(?:::|«|»)\s+/;
const STRONG_SEPARATOR = /^\s*(?:\||::|«|»|:)\s*$/;
const DOMAIN = /\b[\w-]+\.(?:com|net|org|tv|us|info|co\.uk|com\.au|ca)\b/i;
/** US and Canadian broadcast call letters ("WSMV", "KCTV5", "WTOC-TV", "CBS46"). */
const CALL_LETTERS = /(?:^|[\s(])(?:[KWC][A-Z]{2,3}(?:\d{1,2})?(?:-(?:TV|DT|FM|AM))?|(?:ABC|CBS|NBC|FOX|Fox|CW)\s?\d{1,2})(?=$|[\s,:.)-])/;
/** Words of a newsroom's name, capitalised as names are. */
const NEWSROOM =
  /\b(?:News|NEWS|Newschannel|NewsChannel|Weather|Channel|TV|Radio|Times|Post|Herald|Tribune|Journal|Gazette|Daily|Press|Chronicle|Sentinel|Courier|Examiner|Observer|Telegraph|Independent|Guardian|Dispatch|Inquirer|Bulletin|Magazine|Online|Broadcasting|Homicide Report)\b/;
const MAX_SITE_WORDS = 12;
const MIN_HEADLINE_WORDS = 3;

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The distinctive names of a URL's host: "ksla" of "www.ksla.com", "kmov" and "cbslocal" of "kmov.cbslocal.com". */
function hostNames(url: string | null | undefined): string[] {
  if (!url) return [];
  try {
    const labels = new URL(url).hostname.toLowerCase().split('.');
    return labels.slice(0, -1).filter((l) => l.length >= 4 && !['www', 'news', 'mobile'].includes(l)).map(squash);
  } catch {
    return [];
  }
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Named as the page's own site: its stated outlet, its address, a domain, call letters, "News, Weather". */
function namesSite(part: string, known: KnownSite, hosts: readonly string[]): boolean {
  const squashed = squash(part);
  if (known.outlet && squash(known.outlet).length >= 3 && squashed.includes(squash(known.outlet))) return true;
  return hosts.some((h) => squashed.includes(h)) || DOMAIN.test(part) || CALL_LETTERS.test(part) || /\bnews,? (?:weather|sports|traffic)\b/i.test(part);
}

function readsAsSite(part: string, known: KnownSite, hosts: readonly string[], strongBefore: boolean): boolean {
  if (words(part) === 0 || words(part) > MAX_SITE_WORDS) return false;
  if (namesSite(part, known, hosts) || NEWSROOM.test(part)) return true;
  // After "«" or "::" (WordPress and CMS titles), a short name is the site's.
  return strongBefore && words(part) <= 5;
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
  const hosts = hostNames(known.url);
  // "CBS 58 - Police investigate double homicide": a site's name first, on plainer evidence than a
  // newsroom word ("Times Square shooting - two hurt" is a headline).
  const lead = parts[0]!.trim();
  const after = joinedHeadline(parts.slice(1), separators.slice(1));
  if (words(lead) <= MAX_SITE_WORDS && words(after) >= MIN_HEADLINE_WORDS && namesSite(lead, known, hosts) && !namesSite(parts[1]!, known, hosts)) return { headline: after, site: lead };
  // The first part that reads as a site, with only short parts after it, ends the headline.
  for (let i = 1; i < parts.length; i++) {
    const headline = parts.slice(0, i).join(' - ').trim();
    if (words(headline) < MIN_HEADLINE_WORDS) continue;
    const part = parts[i]!.trim();
    if (!readsAsSite(part, known, hosts, STRONG_SEPARATOR.test(separators[i - 1]!))) continue;
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

/** An outlet's name from a site part: up to its first comma or colon ("KSLA News 12 Shreveport, Louisiana News ..."). */
export function outletFromSite(site: string): string | null {
  const name = site.split(/,\s|:\s|\s-\s/)[0]!.replace(/[\s|:;,-]+$/, '').trim();
  return words(name) > 0 ? name : null;
}
