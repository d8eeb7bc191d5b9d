/**
 * Indicators of compromise as a security vendor's post or an advisory lists them: file hashes, domains,
 * web addresses and IP addresses, often "defanged" so that nobody clicks them ("evil[.]com",
 * "hxxps://", "10.1.2[.]3"). Each is given back refanged, in the form a threat-intelligence platform
 * matches on (lower case; a hash's hex digits, a domain without a trailing dot).
 *
 * Precision comes first: a news text is full of things shaped like indicators that are none (a
 * company's "Amazon.com", a file name "update.exe", a byline's e-mail, "version 4.12.0.1", a wallet's
 * or a transaction's hex, a link to the outlet's own page). So an indicator is read only where the text
 * marks it as one: defanged (nobody defangs a harmless name), or with a word of its kind in its own
 * paragraph ("SHA-256", "command-and-control", "malicious domain"), or in the paragraphs under a heading
 * such as "Indicators of compromise". A hash must be a hex run of exactly its length.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { createRequire } from 'node:module';

export type IndicatorType = 'sha256' | 'sha1' | 'md5' | 'domain' | 'url' | 'ipv4' | 'ipv6';

export interface IndicatorMention {
  type: IndicatorType;
  /** Refanged and normalised: what a platform matches on. */
  value: string;
  /** As the text writes it. */
  text: string;
  start: number;
  end: number;
}

const require = createRequire(import.meta.url);
/** Country-code top-level domains, from the country data the project already ships. */
const COUNTRY_TLDS: readonly string[] = (require('world-countries') as { tld?: string[] }[]).flatMap((c) => c.tld ?? []).map((t) => t.replace(/^\./, ''));
/**
 * Generic top-level domains that malicious infrastructure and news commonly name; a name ending in
 * anything else ("Node.js", "update.exe") is no domain.
 */
const GENERIC_TLDS = [
  'com', 'net', 'org', 'info', 'biz', 'edu', 'gov', 'mil', 'int', 'io', 'app', 'dev', 'xyz', 'top', 'online', 'site', 'club',
  'shop', 'store', 'live', 'tech', 'cloud', 'link', 'click', 'icu', 'vip', 'pro', 'work', 'space', 'website', 'digital',
  'network', 'services', 'support', 'security', 'host', 'press', 'news', 'email', 'global', 'world', 'today', 'finance',
  'exchange', 'money', 'cash', 'capital', 'fund', 'trade', 'market', 'systems', 'software', 'tools', 'zone', 'one', 'xxx', 'buzz',
  'monster', 'rest', 'bar', 'cyou', 'sbs', 'cfd', 'lol', 'mobi', 'name', 'asia', 'wiki', 'media', 'group', 'company', 'agency',
];
/**
 * Country domains that are far more often a file's extension in a security text ("loader.py",
 * "install.sh", "notes.md"): a bare name ending in one is a file, never a domain (a defanged one still is a domain).
 */
const FILE_LIKE_TLDS = new Set(['py', 'sh', 'pl', 'rs', 'ps', 'md', 'so']);
const TLDS = new Set([...COUNTRY_TLDS.filter((t) => /^[a-z]{2}$/.test(t)), ...GENERIC_TLDS]);

/** A dot, or a dot defanged: "[.]", "(.)", "{.}", "[dot]", "(dot)". */
const DOT = String.raw`(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))`;
const DEFANGED = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\[:\]|\[:\/\/\]|^hxxp|^fxp/i;
const LABEL = String.raw`[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?`;

/** A web address: a scheme (plain or defanged) and what follows up to a space. */
const URL_PATTERN = /\b(?:h(?:tt|xx)ps?|fxp|ftp)(?::\/\/|\[:\]\/\/|\[:\/\/\])[^\s<>"'\u201c\u201d]+/gi;
const DOMAIN_PATTERN = new RegExp(String.raw`(?<![\w@.\-/\]])(?:${LABEL}${DOT})+[a-z]{2,24}(?![\w-]|\[\.\]|\.[a-z0-9])`, 'gi');
const IPV4_PATTERN = new RegExp(String.raw`(?<![\w.\]])\d{1,3}(?:${DOT}\d{1,3}){3}(?![\w]|\.\d|\[\.\])`, 'g');
/** Candidates only; node:net decides. Two groups at least and a "::", or all eight groups. */
const IPV6_PATTERN = /(?<![\w:])(?:[0-9a-f]{0,4}(?::|\[:\])){2,7}[0-9a-f]{0,4}(?![\w:])/gi;
const HEX_PATTERN = /(?<![\w$])(?:0x)?[0-9a-f]{32,}(?![\w])/gi;

const HASH_LENGTH: Readonly<Record<number, IndicatorType>> = { 32: 'md5', 40: 'sha1', 64: 'sha256' };

/** Words that mark a paragraph's hashes as file hashes. */
const HASH_CUE = /\b(?:SHA-?(?:256|1)|MD5|hash(?:es)?|checksums?|IoCs?|indicators? of compromise|samples?|malware|payloads?|loaders?|droppers?|implants?|installers?|backdoors?|binar(?:y|ies)|executables?|files?)\b/i;
/** Words that mark a hex run as a ledger's: a wallet, a transaction (a crypto theft's story gives them). */
const LEDGER_CUE = /\b(?:wallets?|transactions?|tx(?:ids?)?|tx hash|blocks?|addresses|address|contracts?|commits?|keys?|tokens?)\b/i;
/**
 * Words that mark the domains, addresses and web addresses near them as an attacker's. Not a bare
 * "domain", "server", "block", "attack" or "exploited" ("Public Domain", "the 1400 block", "the night
 * before the attack", "Missing and Exploited Children" beside a tip line's site): news texts write
 * those every day beside addresses that are no indicators.
 */
const NETWORK_CUE = /\b(?:command[- ]and[- ]control|C2|C&C|IoCs?|indicators?|malicious|phishing|attacker-controlled|hackers?|exploit kits?|exploit(?:s|ed|ing)?\s+(?:a\s+|the\s+)?(?:flaw|bug|vulnerabilit\w*)|malware|trojan\w*|backdoors?|beacon(?:s|ed|ing)?|exfiltrat\w+|spoofed|typosquat\w*|look-?alike|payloads?|callbacks?|blocklist\w*|(?:registered|used|controlled|operated|hosted on|rented)\s+(?:the\s+|a\s+)?(?:domains?|servers?|IP address(?:es)?|infrastructure))\b/i;
/** How far before and after a network indicator, in its own line, the cue may stand. */
const CUE_BEFORE = 160;
const CUE_AFTER = 80;
/** A heading paragraph over a list of indicators: the paragraphs after it are the list. */
const HEADING = /^\s*(?:(?:technical\s+)?indicators?(?:\s+of\s+compromise)?|IoCs?|IOC list|network indicators|file hashes|hashes)\s*:?\s*$/i;
/** A short paragraph ending with a colon that names its kind ("C2 servers:", "SHA-256 hashes:") heads a list too. */
function isHeading(paragraph: string): boolean {
  return HEADING.test(paragraph) || (paragraph.length <= 60 && /:\s*$/.test(paragraph) && (NETWORK_CUE.test(paragraph) || HASH_CUE.test(paragraph)));
}
/** How many paragraphs a heading covers. */
const HEADED_PARAGRAPHS = 20;
/** Words before a dotted number that make it a version, not an address ("version 1.2.3.4", "v10.0.0.1"). */
const VERSION_BEFORE = /\b(?:versions?|ver\.?|v|release|build|firmware|patch(?:ed)?|update(?:d)?(?: to)?|upgrade(?:d)?(?: to)?|fixed in|version)\s*$/i;

export interface IndicatorOptions {
  /** Host names of the outlet's own site (from the article's address): never an indicator. */
  ownHosts?: readonly string[];
}

/** The host of a web address, lower case without "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase().replace(/^www\./, '') : null;
}

/** A defanged text made plain: "hxxps://evil[.]com" is "https://evil.com". */
export function refang(text: string): string {
  return text
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
    .replace(/\[:\/\/\]/g, '://')
    .replace(/\[:\]/g, ':')
    .replace(/^hxxp/i, 'http')
    .replace(/^fxp/i, 'ftp');
}

interface Paragraph {
  start: number;
  end: number;
  text: string;
  /** Under a heading of indicators. */
  headed: boolean;
}

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let headedLeft = 0;
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const heading = isHeading(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], headed: headedLeft > 0 });
    if (heading) headedLeft = HEADED_PARAGRAPHS;
    else if (headedLeft > 0) headedLeft--;
  }
  return out;
}

function isOwn(host: string, own: readonly string[]): boolean {
  return own.some((o) => host === o || host.endsWith(`.${o}`));
}

/**
 * A government's, an army's, a university's or a treaty body's site ("cisa.gov", "ncsc.gov.uk",
 * "go.kr"): where a text names one undefanged it is where to read or report, not an attacker's.
 */
const PUBLIC_SITE = /(?:^|\.)(?:gov|mil|edu|int|go|govt|gouv|gob|ac)(?:\.[a-z]{2})?$/;

/** A refanged domain with a known top-level domain, lower case; null when it is none. */
function domainValue(written: string, defanged: boolean): string | null {
  const value = refang(written).toLowerCase().replace(/\.$/, '');
  const labels = value.split('.');
  if (labels.length < 2) return null;
  const tld = labels[labels.length - 1]!;
  if (!TLDS.has(tld)) return null;
  if (!defanged && FILE_LIKE_TLDS.has(tld)) return null;
  return value;
}

/**
 * The indicators a text gives, in text order, each value once (the first mention). `text` is the
 * article's headline and body, or any passage.
 */
export function findIndicators(text: string, options: IndicatorOptions = {}): IndicatorMention[] {
  // Nothing shaped like an indicator: most news texts, settled by one cheap test.
  if (!/[0-9a-f]{32}|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|:\/\/|\d\.\d{1,3}\.\d|[a-z0-9]\.[a-z]{2,}|::|[0-9a-f]:[0-9a-f]/i.test(text)) return [];
  const own = (options.ownHosts ?? []).map((h) => h.toLowerCase().replace(/^www\./, ''));
  const found: IndicatorMention[] = [];
  const seen = new Set<string>();
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number): boolean => taken.some(([s, e]) => start < e && end > s);
  const keep = (type: IndicatorType, value: string, start: number, end: number): void => {
    taken.push([start, end]);
    const key = `${type} ${value}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ type, value, text: text.slice(start, end), start, end });
  };

  for (const p of paragraphsOf(text)) {
    /** A word of an attacker's network in the paragraph's list, or near the candidate in its own line. */
    const networkCue = (start: number, end: number): boolean => {
      if (p.headed) return true;
      const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - CUE_BEFORE);
      let lineEnd = text.indexOf('\n', end);
      if (lineEnd < 0 || lineEnd > end + CUE_AFTER) lineEnd = Math.min(text.length, end + CUE_AFTER);
      return NETWORK_CUE.test(text.slice(lineStart, start)) || NETWORK_CUE.test(text.slice(end, lineEnd));
    };
    const at = (re: RegExp): RegExpExecArray[] => {
      re.lastIndex = 0;
      return [...p.text.matchAll(re)];
    };
    // Web addresses first: the host inside one is part of it, not a domain of its own.
    for (const m of at(URL_PATTERN)) {
      const written = m[0].replace(/[.,;:!?)\]}'"\u2019]+$/, '');
      const start = p.start + m.index!;
      const defanged = DEFANGED.test(written) || /\[\.\]|\(\.\)|\[dot\]/i.test(written);
      const value = refang(written);
      const host = hostOf(value);
      if (!host || isOwn(host, own) || (!defanged && PUBLIC_SITE.test(host))) {
        taken.push([start, start + written.length]);
        continue;
      }
      const hostOk = isIPv4(host) || domainValue(host, true) !== null;
      if (hostOk && (defanged || networkCue(start, start + written.length))) keep('url', value, start, start + written.length);
      else taken.push([start, start + written.length]);
    }
    for (const m of at(HEX_PATTERN)) {
      const start = p.start + m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end) || m[0].toLowerCase().startsWith('0x')) continue;
      const type = HASH_LENGTH[m[0].length];
      if (!type || !/[a-f]/i.test(m[0]) || !/\d/.test(m[0])) continue;
      // The words of its own line, else of its paragraph or heading.
      const lineStart = text.lastIndexOf('\n', start) + 1;
      const before = text.slice(Math.max(lineStart, start - 120), start);
      const named = /\b(SHA-?256|SHA-?1|MD5)\b/i.exec(before);
      if (named) {
        const wants = named[1]!.replace('-', '').toUpperCase();
        if ({ SHA256: 'sha256', SHA1: 'sha1', MD5: 'md5' }[wants] !== type) continue;
      } else {
        if (LEDGER_CUE.test(before)) continue;
        if (!p.headed && !HASH_CUE.test(p.text)) continue;
      }
      keep(type, m[0].toLowerCase(), start, end);
    }
    for (const m of at(IPV4_PATTERN)) {
      const start = p.start + m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const value = refang(m[0]);
      if (!isIPv4(value) || value.split('.').some((o) => o.length > 1 && o.startsWith('0'))) continue;
      const defanged = value !== m[0];
      if (!defanged && (!networkCue(start, end) || VERSION_BEFORE.test(text.slice(Math.max(0, start - 24), start)))) continue;
      keep('ipv4', value, start, end);
    }
    for (const m of at(IPV6_PATTERN)) {
      const start = p.start + m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const value = refang(m[0]).toLowerCase();
      const groups = value.split(':').filter(Boolean);
      // A clock time ("10:30:45") is no address: a "::" or all eight groups, and a group of three digits or a letter.
      if (!isIPv6(value) || !(value.includes('::') || groups.length === 8) || groups.length < 2 || !groups.some((g) => g.length >= 3 || /[a-f]/.test(g))) continue;
      if (value === m[0].toLowerCase() && !networkCue(start, end)) continue;
      keep('ipv6', value, start, end);
    }
    for (const m of at(DOMAIN_PATTERN)) {
      const start = p.start + m.index!;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const defanged = DEFANGED.test(m[0]);
      // An undefanged name: lower case only ("Amazon.com" is a company) and with a word of its kind.
      if (!defanged && (m[0] !== m[0].toLowerCase() || !networkCue(start, end))) continue;
      const value = domainValue(m[0], defanged);
      if (!value || isOwn(value, own) || (!defanged && PUBLIC_SITE.test(value))) continue;
      keep('domain', value, start, end);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
